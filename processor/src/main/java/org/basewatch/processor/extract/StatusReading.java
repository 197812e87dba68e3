package org.basewatch.processor.extract;

import org.basewatch.contracts.Modality;
import org.basewatch.contracts.Place;
import org.basewatch.contracts.Status;

import java.util.List;

/**
 * Decides the status a frame says a place has, from the kind of its predicate, the place's direction
 * and the words of degree around it: forces leaving a place make it WITHDRAWN when the departure is
 * done and complete, WITHDRAWING when it has begun, is partial or is a convoy on the road; a place
 * forces moved TO is PRESENT; combat forces leaving leave advisers (ADVISORY_ONLY); a negated
 * presence ("لا يوجد أي جندي") is an absence, asserted.
 */
final class StatusReading {
    /** How many tokens around a predicate words of degree ("آخر", "بعض", "began") still qualify it. */
    static final int DEGREE_REACH = 6;
    /** How many tokens after a predicate a word of part or beginning still qualifies it. */
    static final int PARTIAL_AFTER = 2;
    /** How close to a presence its advisers stand ("بقاء مستشارين", "advisers remain"). */
    static final int ADVISERS_REACH = 3;
    /** How many tokens before a predicate a word of beginning governs it ("بدأت بسحب", "began withdrawing"). */
    static final int ONGOING_BEFORE = 3;
    /** How many tokens after "سوى", "except" the place it excepts may begin ("إلا في قاعدة حرير"). */
    static final int EXCEPTION_REACH = 3;

    /** A status with the modality it is put in (which the reading may change: a negated presence is an asserted absence). */
    record Reading(Status status, Modality modality) {
    }

    private StatusReading() {
    }

    /**
     * What {@code f} says of {@code role}'s place under {@code stance}: nothing, one status, or — for a
     * presence with a deadline ("ستبقى في حرير حتى نهاية العام", "operate from Kurdistan until September
     * 2026") — the presence now and the departure planned for the deadline.
     */
    static List<Reading> readAll(Frame f, Frame.Role role, ModalityReading.Stance stance, ArticleReading r) {
        Reading one = read(f, role, stance, r);
        if (one == null) {
            return List.of();
        }
        if ((f.predicate().kind() == CueKind.PRESENCE || f.predicate().kind() == CueKind.REMAINING)
                && one.status() != Status.WITHDRAWN
                && (one.modality() == Modality.ASSERTED || one.modality() == Modality.PLANNED)
                && r.has(CueKind.UNTIL, f.predicate().first(), f.clause().end()) && EventDating.hasDeadline(f, r)) {
            return List.of(new Reading(one.status(), Modality.ASSERTED), new Reading(Status.WITHDRAWN, Modality.PLANNED));
        }
        return List.of(one);
    }

    /** What {@code f} says of {@code role}'s place under {@code stance}, or null when it says nothing of it. */
    static Reading read(Frame f, Frame.Role role, ModalityReading.Stance stance, ArticleReading r) {
        Cue p = f.predicate();
        Modality m = stance.modality();
        if (role.exception()) {
            Reading kept = exception(p, stance);
            return kept != null && r.has(CueKind.ADVISERS, f.clause().first(), role.place().first())
                    ? new Reading(Status.ADVISORY_ONLY, kept.modality()) : kept;
        }
        switch (p.kind()) {
            case WITHDRAW, LEAVE, HANDOVER, EVACUATE, END_PRESENCE, REDUCE: {
                if (role.direction() == Direction.TO) {
                    return movedTo(role, m);
                }
                if (stance.refused()) {
                    return new Reading(Status.PRESENT, Modality.DEMANDED);
                }
                Status behind = leftBehind(f, role, r);
                if (behind != null) {
                    return new Reading(behind, m);
                }
                return new Reading(departure(f, r, m), m);
            }
            case RELOCATE: {
                if (role.direction() == Direction.TO || role.direction() == Direction.AT && p.aspect() == Cue.Aspect.PAST) {
                    return movedTo(role, m);
                }
                if (role.direction() == Direction.FROM) {
                    return new Reading(degree(f, r) == Degree.COMPLETE ? Status.WITHDRAWN : Status.WITHDRAWING, m);
                }
                return null;
            }
            case ARRIVE, RETURN: {
                if (role.direction() == Direction.FROM) {
                    return m == Modality.ASSERTED ? new Reading(Status.WITHDRAWING, m) : null;
                }
                return movedTo(role, m);
            }
            case PRESENCE, REMAINING: {
                Status here = advisersOnly(f, r) ? Status.ADVISORY_ONLY : Status.PRESENT;
                if (stance.negated()) {
                    if (!namesForces(f, r)) {
                        return null; // "لا توجد أي ثغرات أمنية": there being no gaps says nothing of the forces
                    }
                    if (someLeft(f, role, r)) {
                        return onlyAdvisersLeft(f, r) ? new Reading(Status.ADVISORY_ONLY, m == Modality.DENIED ? Modality.ASSERTED : m) : null;
                    }
                    // "لن تكون هناك قوات ذات دور قتالي": no combat forces is advisers only
                    Status gone = combatForcesOnly(f, r) ? Status.ADVISORY_ONLY : Status.WITHDRAWN;
                    return new Reading(gone, m == Modality.DENIED ? Modality.ASSERTED : m);
                }
                if (stance.refused()) {
                    return new Reading(Status.WITHDRAWN, Modality.DEMANDED);
                }
                return new Reading(here, m);
            }
            case ABSENCE:
                if (stance.negated()) {
                    return null;
                }
                // "لم يبق إلا المستشارون": nothing but advisers is left
                if (onlyAdvisersLeft(f, r)) {
                    return new Reading(Status.ADVISORY_ONLY, m);
                }
                return someLeft(f, role, r) ? null : new Reading(Status.WITHDRAWN, m);
            case END_COMBAT:
                return new Reading(Status.ADVISORY_ONLY, m);
            case ATTACK:
                // an attack that happened on a base: forces were there; one feared, denied or from the base says nothing
                return m == Modality.ASSERTED && !stance.negated() && role.direction() != Direction.FROM
                        && role.place().kind() == Place.Kind.BASE ? new Reading(Status.PRESENT, m) : null;
            default:
                return null;
        }
    }

    /**
     * "لم يبقَ في بغداد سوى أربعة إلى خمسة أشخاص": nobody is left but some people, so the place the
     * absence names after its predicate is not empty. An exception that is a place ("… في أي قاعدة سوى
     * حرير") excepts that place instead, and what stands before the predicate is another statement.
     */
    private static boolean someLeft(Frame f, Frame.Role role, ArticleReading r) {
        Cue p = f.predicate();
        Cue except = r.first(CueKind.EXCEPT, p.end(), Math.min(f.clause().end(), p.end() + DEGREE_REACH));
        return except != null && role.place().first() > p.last() && role.place().first() < except.first()
                && r.places(new Span(except.end(), Math.min(f.clause().end(), except.end() + EXCEPTION_REACH))).isEmpty();
    }

    /**
     * "ended its combat role, leaving advisers at Ain al-Asad and in Erbil": forces right after "leave" are
     * the ones left behind at the place it names with "at" or "in" — advisers only, or forces present. In English,
     * where what follows the verb is its object.
     */
    private static Status leftBehind(Frame f, Frame.Role role, ArticleReading r) {
        Cue p = f.predicate();
        // English only: Arabic puts the subject after the verb («تغادر قوات التحالف المواقع في بغداد»)
        if (p.kind() != CueKind.LEAVE || role.direction() != Direction.AT || role.place().first() < p.end()
                || r.text().token(p.first()).kind() != Token.Kind.LATIN) {
            return null;
        }
        int to = Math.min(role.place().first(), p.end() + PARTIAL_AFTER);
        if (r.has(CueKind.ADVISERS, p.end(), to)) {
            return Status.ADVISORY_ONLY;
        }
        return r.has(CueKind.FORCES, p.end(), to) ? Status.PRESENT : null;
    }

    /** "لم يبق إلا المستشارون", "no one left but advisers": an absence with advisers as its exception. */
    private static boolean onlyAdvisersLeft(Frame f, ArticleReading r) {
        Cue except = r.first(CueKind.EXCEPT, f.predicate().end(), Math.min(f.clause().end(), f.predicate().end() + DEGREE_REACH));
        return except != null && r.has(CueKind.ADVISERS, except.end(), Math.min(f.clause().end(), except.end() + 3));
    }

    /** "No coalition presence anywhere except Harir": the exception keeps what the rest lost. */
    private static Reading exception(Cue p, ModalityReading.Stance stance) {
        boolean rest = p.kind().isDeparture() || p.kind() == CueKind.ABSENCE
                || p.kind() == CueKind.PRESENCE && stance.negated();
        if (!rest || stance.modality() == Modality.DEMANDED) {
            return null;
        }
        // what is left is there now, whatever the sentence goes on to plan for it
        return new Reading(Status.PRESENT, Modality.ASSERTED);
    }

    /** Forces moved to a place of the table: present there, as planned or as done; a denial or demand of that says less. */
    private static Reading movedTo(Frame.Role role, Modality m) {
        if (role.place().kind() == Place.Kind.COUNTRY || m == Modality.DEMANDED) {
            return null;
        }
        return new Reading(Status.PRESENT, m);
    }

    private static Status departure(Frame f, ArticleReading r, Modality m) {
        Cue p = f.predicate();
        if (combatForcesOnly(f, r) && m != Modality.DENIED) {
            return Status.ADVISORY_ONLY;
        }
        if (p.kind() == CueKind.REDUCE) {
            return Status.WITHDRAWING;
        }
        Degree d = degree(f, r);
        if (d == Degree.COMPLETE) {
            return Status.WITHDRAWN;
        }
        if (d == Degree.PARTIAL) {
            return Status.WITHDRAWING;
        }
        if (m != Modality.ASSERTED) {
            return Status.WITHDRAWN;
        }
        return p.aspect() == Cue.Aspect.ONGOING && !p.future() && !isParticipleOfDone(f, r) ? Status.WITHDRAWING : Status.WITHDRAWN;
    }

    /**
     * An English participle right after a comma tells the same event as the verb before it, and so takes
     * its tense: "the coalition has quietly consolidated, turning over al-Qaim, Qayyarah and K1" is done.
     */
    private static boolean isParticipleOfDone(Frame f, ArticleReading r) {
        Cue p = f.predicate();
        Token t = r.text().token(p.first());
        if (t.kind() != Token.Kind.LATIN || !t.form().endsWith("ing") || p.first() == 0 || !r.text().token(p.first() - 1).is(",")) {
            return false;
        }
        Cue before = null;
        for (Cue c : r.cues(new Span(f.sentence().first(), p.first() - 1))) {
            if (c.kind().isPredicate()) {
                before = c;
            }
        }
        return before != null && before.aspect() == Cue.Aspect.PAST && !before.future();
    }

    private enum Degree { COMPLETE, PARTIAL, UNSAID }

    /** "آخر", "بالكامل", "completed" make it complete; "بدأ", "بعض", "convoys" partial; complete wins. */
    private static Degree degree(Frame f, ArticleReading r) {
        Cue p = f.predicate();
        int from = Math.max(f.clause().first(), p.first() - DEGREE_REACH);
        int to = Math.min(f.clause().end(), p.end() + DEGREE_REACH);
        if (r.has(CueKind.COMPLETE, from, to)) {
            return Degree.COMPLETE;
        }
        // after the predicate only its subject or object can be partial: "غادرت بعض القوات", not "leave at some point"
        int partialTo = Math.min(f.clause().end(), p.end() + PARTIAL_AFTER);
        int ongoingFrom = Math.max(f.clause().first(), p.first() - ONGOING_BEFORE);
        // a verbal noun is the subject of what says it goes on: "انسحاب القوات الأمريكية من العراق جارٍ", "the drawdown is under way"
        int ongoingTo = p.aspect() == Cue.Aspect.NOUN ? to : partialTo;
        if (isGoingOn(r, ongoingFrom, ongoingTo) || r.has(CueKind.PARTIAL, from, partialTo)
                || r.has(CueKind.CONVOY, from, to)) {
            return Degree.PARTIAL;
        }
        return Degree.UNSAID;
    }

    /** A word of going on in tokens {@code [from, to)}, not one in the future ("سيجري" is a plan, "يجري" is under way). */
    private static boolean isGoingOn(ArticleReading r, int from, int to) {
        return r.cues(new Span(from, Math.max(from, to))).stream().anyMatch(c -> c.kind() == CueKind.ONGOING && !c.future());
    }

    /** "القوات القتالية", "combat troops": combat forces leave, advisers stay. */
    /**
     * Whether the forces (or the coalition) a denied presence is about are named next to it: its subject before it
     * ("القوات لم تعد موجودة") or what is not there after it ("لا توجد أي قوة قتالية").
     */
    private static boolean namesForces(Frame f, ArticleReading r) {
        int from = Math.max(f.clause().first(), f.predicate().first() - Actors.ACTOR_REACH);
        int to = f.clause().end();
        return r.has(CueKind.FORCES, from, to) || r.has(CueKind.ADVISERS, from, to) || r.has(CueKind.COALITION, from, to);
    }

    private static boolean combatForcesOnly(Frame f, ArticleReading r) {
        Cue p = f.predicate();
        int from = Math.max(f.clause().first(), p.first() - DEGREE_REACH);
        int to = Math.min(f.clause().end(), p.end() + DEGREE_REACH);
        // advisers as the ones leaving ("the last advisers left", "غادر آخر المستشارين"), not those who stay after them
        int subjectTo = Math.min(f.clause().end(), p.end() + PARTIAL_AFTER);
        return r.has(CueKind.COMBAT, from, to) && !r.has(CueKind.ADVISERS, from, subjectTo);
    }

    /**
     * Advisers, not troops, are the ones present ("بقاء مستشارين في …", "advisers remain at …"): of the
     * words of advisers and of combat around the predicate, the nearest is of advisers ("خروج آخر
     * القوات القتالية، مع بقاء مستشارين" keeps advisers; "بقاء قوات قتالية ومستشارين" does not).
     */
    private static boolean advisersOnly(Frame f, ArticleReading r) {
        Cue p = f.predicate();
        int from = Math.max(f.clause().first(), p.first() - ADVISERS_REACH);
        int to = Math.min(f.clause().end(), p.end() + ADVISERS_REACH);
        Cue nearest = null;
        int best = Integer.MAX_VALUE;
        for (Cue c : r.cues(new Span(from, to))) {
            if (c.kind() != CueKind.ADVISERS && c.kind() != CueKind.COMBAT) {
                continue;
            }
            int d = c.first() >= p.end() ? c.first() - p.last() : p.first() - c.last();
            if (d < best) {
                nearest = c;
                best = d;
            }
        }
        return nearest != null && nearest.kind() == CueKind.ADVISERS;
    }
}
