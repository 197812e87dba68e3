package org.basewatch.processor.extract;

import org.basewatch.contracts.DatePrecision;
import org.basewatch.contracts.Modality;

import java.util.Set;

/**
 * Dates a claim: the date written in its clause (else its sentence) nearest its predicate — for a plan
 * or a demand, the deadline ("حتى أيلول 2026", "by the end of 2026") — placed against the publication
 * date; a statement of fact without a date of its own is dated by the publication date. A date that
 * belongs to a document ("الاتفاق المعلن في 27 أيلول 2024") dates the claim only when nothing else does.
 */
final class EventDating {
    /** Words that make the date after them the date of a document, not of the claim. */
    private static final Set<String> DOCUMENT_WORDS = Set.of("الصادر", "المعلن", "الموقع", "المبرم", "المؤرخ", "صدر", "اعلن",
            "issued", "announced", "signed", "dated", "published", "statement", "بيان", "اعلنت", "اعلنه", "اعلنها");
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
        if (best == null) {
            best = best(f, role, m, r, f.sentence());
        }
        if (best != null) {
            DateExpression.Resolved d = best.expression().resolve(r.published(), fallbackYear, ahead);
            if (d != null) {
                return new Dated(d.iso(), d.precision(), true);
            }
        }
        if ((m == Modality.ASSERTED || m == Modality.DENIED) && r.published() != null) {
            return new Dated(r.published().toString(), DatePrecision.DAY, false);
        }
        return Dated.NONE;
    }

    private static DateMention best(Frame f, Frame.Role role, Modality m, ArticleReading r, Span span) {
        int anchor = role.place() != null ? Math.min(f.predicate().first(), role.place().first()) : f.predicate().first();
        int anchorEnd = Math.max(f.predicate().end(), role.place() != null ? role.place().end() : f.predicate().end());
        DateMention best = null;
        int bestScore = Integer.MAX_VALUE;
        for (DateMention d : r.dates()) {
            if (d.first() < span.first()) {
                continue;
            }
            if (d.first() >= span.end()) {
                break;
            }
            int distance = d.first() >= anchorEnd ? d.first() - anchorEnd : d.end() <= anchor ? anchor - d.end() : 0;
            int score = distance;
            boolean deadline = d.role() == DateMention.Role.UNTIL;
            if (m == Modality.PLANNED || m == Modality.DEMANDED) {
                score += deadline ? 0 : 20;
            } else if (deadline) {
                score += 40;
            }
            if (isDocumentDate(r, d)) {
                score += 60;
            }
            if (score < bestScore) {
                best = d;
                bestScore = score;
            }
        }
        if (best != null && (m == Modality.DEMANDED) && best.role() != DateMention.Role.UNTIL) {
            return null;
        }
        return best;
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
