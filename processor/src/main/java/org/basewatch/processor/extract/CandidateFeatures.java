package org.basewatch.processor.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The features the {@link Ranker} weighs for a candidate: the rules' own readings, the predicate's
 * kind and form, the place's kind and direction, which kinds of words stand before and after the
 * predicate, what the clause dates, and the words right around the predicate.
 */
final class CandidateFeatures {
    /** How many tokens before a predicate its "before" window reaches. */
    static final int BEFORE = 8;
    /** How many tokens after a predicate its "after" window reaches. */
    static final int AFTER = 6;
    private static final Set<CueKind> CONTEXT = EnumSet.complementOf(EnumSet.of(CueKind.WITHDRAW, CueKind.LEAVE,
            CueKind.HANDOVER, CueKind.EVACUATE, CueKind.END_PRESENCE, CueKind.REDUCE, CueKind.END_COMBAT, CueKind.RELOCATE,
            CueKind.ARRIVE, CueKind.RETURN, CueKind.PRESENCE, CueKind.REMAINING, CueKind.ABSENCE, CueKind.ATTACK));

    private CandidateFeatures() {
    }

    /** The features of candidate {@code c}, whatever it is read as. */
    static List<String> of(Candidate c, ArticleReading r) {
        List<String> out = new ArrayList<>(64);
        out.add(Ranker.READING);
        Frame f = c.frame();
        Cue p = f.predicate();
        Frame.Role role = c.role();
        String kind = p.kind().name();
        out.add("k=" + kind);
        out.add("a=" + p.aspect());
        out.add("k|a=" + kind + "|" + p.aspect());
        if (p.future()) {
            out.add("future");
        }
        out.add("e=" + p.entry());
        out.add("dir=" + role.direction());
        out.add("k|dir=" + kind + "|" + role.direction());
        out.add("place=" + role.place().kind());
        if (role.place().weak()) {
            out.add("weakplace");
        }
        if (role.exception()) {
            out.add("exception");
        }
        out.add(switch (c.found()) {
            case NAMED -> "named";
            case ANAPHOR -> "referred=anaphor";
            case PRONOUN -> "referred=pronoun";
            case COUNTRY -> "referred=country";
        });
        boolean before = role.place().end() <= p.first();
        out.add(before ? "place<pred" : "pred<place");
        int distance = before ? p.first() - role.place().last() : Math.max(0, role.place().first() - p.last());
        out.add("dist=" + (distance <= 2 ? "0-2" : distance <= 5 ? "3-5" : distance <= 9 ? "6-9" : "10+"));
        if (role.exception()) {
            // the negation and stance around the frame speak of the rest, which the exception is not
            out.add("exception|k=" + kind);
            return out;
        }
        ModalityReading.Stance s = c.stance();
        out.add("stance=" + (s == null ? "none" : s.modality()));
        if (s != null && s.negated()) {
            out.add("negated");
        }
        if (s != null && s.refused()) {
            out.add("refused");
        }
        out.add(c.coalition() ? "coalition" : "not-coalition");
        out.add("readings=" + c.readings().size());
        Span clause = f.clause();
        int from = Math.max(clause.first(), p.first() - BEFORE);
        int to = Math.min(clause.end(), p.end() + AFTER);
        for (Cue cue : r.cues(f.sentence())) {
            if (!CONTEXT.contains(cue.kind()) && cue != p) {
                if (cue.first() >= from && cue.end() <= p.first()) {
                    out.add("b-pred=" + cue.kind());
                }
                continue;
            }
            if (!CONTEXT.contains(cue.kind())) {
                continue;
            }
            if (cue.first() >= from && cue.first() < p.first()) {
                out.add("b:" + cue.kind());
                if (p.first() - cue.last() <= 2) {
                    out.add("adj:" + cue.kind());
                }
            } else if (cue.first() >= p.end() && cue.first() < to) {
                out.add("a:" + cue.kind());
            } else if (clause.contains(cue.first())) {
                out.add("c:" + cue.kind());
            } else {
                out.add("s:" + cue.kind());
            }
        }
        for (int i = f.sentence().first(); i < f.sentence().end(); i++) {
            if (r.text().token(i).is("?")) {
                out.add("question-mark");
                break;
            }
        }
        if (r.published() == null) {
            out.add("undated-article");
        }
        boolean dated = false;
        for (DateMention d : r.dates()) {
            if (clause.contains(d.first())) {
                dated = true;
                out.add("date:" + d.role() + (d.first() < p.first() ? "<" : ">"));
                out.add("date-kind:" + d.expression().kind());
            }
        }
        if (!dated) {
            out.add("date:none");
        }
        if (EventDating.isAhead(f, r)) {
            out.add("date-ahead");
        }
        return out;
    }
}
