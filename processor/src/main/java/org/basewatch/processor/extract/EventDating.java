package org.basewatch.processor.extract;

import org.basewatch.contracts.DatePrecision;
import org.basewatch.contracts.EventDates;
import org.basewatch.contracts.Modality;

import java.util.List;
import java.util.Set;

/**
 * Dates a claim: the date written in its clause (else its sentence) nearest its predicate — for a plan
 * or a demand, the deadline ("حتى أيلول 2026", "by the end of 2026") — placed against the publication
 * date; a statement of fact without a date of its own is dated by the publication date. A date that
 * belongs to a document ("الاتفاق المعلن في 27 أيلول 2024") dates the claim only when nothing else does.
 */
final class EventDating {
    /** Words that make the date after them the date of a document, not of the claim. */
    private static final Set<String> DOCUMENT_WORDS = Set.copyOf(List.of("الصادر", "المعلن", "الموقع", "المبرم", "المؤرخ", "issued",
            "signed", "dated"));
    /** How many tokens before a date a document word still claims it. */
    static final int DOCUMENT_REACH = 4;

    /** A claim's date and whether it was written for it (false: the publication date stands in). */
    record Dated(String iso, DatePrecision precision, boolean written) {
        static final Dated NONE = new Dated(null, null, false);
    }

    private EventDating() {
    }

    static Dated date(Frame f, Frame.Role role, Modality m, ArticleReading r, Integer fallbackYear) {
        boolean ahead = m == Modality.PLANNED || m == Modality.DEMANDED;
        DateMention best = best(f, role, m, r, f.clause());
        if (best == null && f.clause().first() > f.sentence().first()) {
            // a date earlier in the sentence ("أعلنت القيادة، أمس، أن ..."), not one of a later statement
            best = best(f, role, m, r, new Span(f.sentence().first(), f.clause().first()));
        }
        if (best != null) {
            DateExpression.Resolved d = best.expression().resolve(r.published(), fallbackYear, ahead);
            if (d != null) {
                return new Dated(d.iso(), d.precision(), true);
            }
        }
        if (m == Modality.ASSERTED) {
            Dated continued = continued(f.predicate(), r, fallbackYear);
            if (continued != null) {
                return continued;
            }
        }
        if ((m == Modality.ASSERTED || m == Modality.DENIED) && r.published() != null) {
            return new Dated(r.published().toString(), DatePrecision.DAY, false);
        }
        return Dated.NONE;
    }

    /** How many departures back a sequence of successions is followed for a date ("al-Qaim on 17 March; Qayyarah followed; K1 too"). */
    static final int SUCCESSIONS_BACK = 3;

    /**
     * A succession with no date of its own ("Qayyarah and K-1 followed within two weeks") happened after the
     * departure it continues, in its month as far as the text says: that departure's date, to the month.
     */
    private static Dated continued(Cue p, ArticleReading r, Integer fallbackYear) {
        Cue before = r.continues().get(p);
        for (int step = 0; before != null && step < SUCCESSIONS_BACK; step++) {
            DateMention d = nearestPoint(before, r);
            DateExpression.Resolved at = d == null ? null : d.expression().resolve(r.published(), fallbackYear, false);
            if (at != null) {
                return at.precision() == DatePrecision.DAY
                        ? new Dated(at.iso().substring(0, 7), DatePrecision.MONTH, true)
                        : new Dated(at.iso(), at.precision(), true);
            }
            before = r.continues().get(before);
        }
        return null;
    }

    /** The date of the sentence of {@code cue} nearest it, not a deadline and not a document's date; null for none. */
    private static DateMention nearestPoint(Cue cue, ArticleReading r) {
        int index = r.sentenceOf(cue.first());
        if (index < 0) {
            return null;
        }
        Span sentence = r.sentences().get(index);
        DateMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (DateMention d : r.dates()) {
            if (d.first() < sentence.first() || d.first() >= sentence.end() || isDeadline(r, d) || isDocumentDate(r, d)) {
                continue;
            }
            int distance = distance(d, cue.first(), cue.end());
            if (distance < bestDistance) {
                best = d;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static DateMention best(Frame f, Frame.Role role, Modality m, ArticleReading r, Span span) {
        DateMention best = null;
        int bestScore = Integer.MAX_VALUE;
        for (DateMention d : r.dates()) {
            if (d.first() < span.first()) {
                continue;
            }
            if (d.first() >= span.end()) {
                break;
            }
            if (isDocumentDate(r, d) || belongsToAnother(f, role, d, r)) {
                continue;
            }
            // nearest the place or the predicate; of two as near, the one after the place ("القائم في 17 آذار")
            int score = 2 * Math.min(distance(d, role.place().first(), role.place().end()),
                    distance(d, f.predicate().first(), f.predicate().end())) + (d.first() >= role.place().end() ? 0 : 1)
                    + (behindComma(r, d, f.predicate(), role.place()) ? COMMA_COST : 0);
            boolean deadline = isDeadline(r, d);
            if (m == Modality.PLANNED || m == Modality.DEMANDED) {
                score += deadline ? 0 : 40;
            } else if (deadline) {
                continue; // a deadline dates what is to come, not what is
            }
            if (score < bestScore) {
                best = d;
                bestScore = score;
            }
        }
        if (best != null && (m == Modality.DEMANDED) && !isDeadline(r, best)) {
            return null;
        }
        return best;
    }

    /** Words before a date that make it the line after which a demand or a plan holds ("بعد 31 من الشهر الحالي", "after September"). */
    private static final Set<String> AFTER = Set.copyOf(List.of("بعد", "after", "beyond"));

    /** A date by which something is to be: one of "until" or "by", or after which ("بعد 31 كانون الأول"). */
    private static boolean isDeadline(ArticleReading r, DateMention d) {
        return d.role() == DateMention.Role.UNTIL || d.first() > 0 && Gazetteer.isOneOf(AFTER, r.text(), d.first() - 1);
    }

    /** Whether {@code f}'s clause dates a deadline after its predicate ("حتى أيلول 2026", "until the end of 2026"). */
    static boolean hasDeadline(Frame f, ArticleReading r) {
        for (DateMention d : r.dates()) {
            if (d.first() >= f.predicate().first() && d.first() < f.clause().end() && d.role() == DateMention.Role.UNTIL) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code f}'s clause dates it after the article was written ("في أيلول المقبل", "next week",
     * "in September 2026" in an article of February 2026): a statement in the present about then is a plan.
     */
    static boolean isAhead(Frame f, ArticleReading r) {
        // a verb of the present reaches the deadline of its whole sentence ("تنتهي المرحلة في سبتمبر 2025، ويغادر التحالف خلالها")
        // (a presence in the present is a state now, whatever the rest of the sentence plans: only its own clause's date)
        boolean state = f.predicate().kind() == CueKind.PRESENCE || f.predicate().kind() == CueKind.REMAINING;
        Span span = f.predicate().aspect() == Cue.Aspect.PAST || state ? f.clause() : f.sentence();
        for (DateMention d : r.dates()) {
            if (d.first() < span.first() || d.first() >= span.end() || d.role() == DateMention.Role.SINCE) {
                continue;
            }
            DateExpression e = d.expression();
            if (e.shift() != null && e.shift() > 0 || e.kind() == DateExpression.Kind.WITHIN) {
                return true;
            }
            if (r.published() != null && e.kind() == DateExpression.Kind.ABSOLUTE) {
                DateExpression.Resolved at = e.resolve(r.published(), null, true);
                if (at != null && EventDates.earliestDay(at.iso()).isAfter(r.published())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a predicate of the other sense stands between {@code d} and both the frame's predicate and
     * its place: "إنهاء المهمة في المناطق الاتحادية، على أن تستمر المرحلة الثانية حتى أيلول 2026" — the
     * deadline is the staying's, not the ending's.
     */
    private static boolean belongsToAnother(Frame f, Frame.Role role, DateMention d, ArticleReading r) {
        int before = f.predicate().first() - 1;
        if (before >= 0 && (r.text().token(before).is("مع") || r.text().token(before).is("with"))) {
            return false; // "خروج آخر القوات القتالية، مع بقاء مستشارين": what goes with the other happens with it
        }
        int from = Math.max(f.predicate().end(), role.place().end());
        int to = Math.min(f.predicate().first(), role.place().first());
        boolean departure = f.predicate().kind().isDeparture();
        for (Cue c : r.cues(f.sentence())) {
            if (c.kind().isPredicate() && c.kind().isDeparture() != departure
                    && (c.first() >= from && c.end() <= d.first() || c.end() <= to && c.first() >= d.end())) {
                return true;
            }
        }
        return false;
    }

    /** What a comma between a date and both its predicate and its place costs it: "لم يبدأ اليوم، فقد تسلمت في آذار 2020 …". */
    static final int COMMA_COST = 2;

    /** Whether a comma stands between {@code d} and the predicate, and between it and the place. */
    private static boolean behindComma(ArticleReading r, DateMention d, Cue p, PlaceMention place) {
        return commaBetween(r, d, p.first(), p.end()) && commaBetween(r, d, place.first(), place.end());
    }

    private static boolean commaBetween(ArticleReading r, DateMention d, int first, int end) {
        int from = d.first() >= end ? end : d.end();
        int to = d.first() >= end ? d.first() : first;
        for (int i = from; i < to; i++) {
            if (r.text().token(i).is(",")) {
                return true;
            }
        }
        return false;
    }

    private static int distance(DateMention d, int first, int end) {
        return d.first() >= end ? d.first() - end : d.end() <= first ? first - d.end() : 0;
    }

    private static boolean isDocumentDate(ArticleReading r, DateMention d) {
        for (int k = d.first() - 1; k >= Math.max(0, d.first() - DOCUMENT_REACH); k--) {
            if (Gazetteer.isOneOf(DOCUMENT_WORDS, r.text(), k)) {
                return true;
            }
        }
        return false;
    }
}
