package org.basewatch.processor.extract;

import org.basewatch.contracts.Claim;
import org.basewatch.contracts.EventDates;
import org.basewatch.contracts.Modality;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * For an article without a publication date, the year that stands in for it in "this year", "نهاية
 * العام الجاري" and months named without a year: the later of the largest year it writes outside a
 * deadline, and the year of the earliest day it can have been written — the latest day or month it
 * cites as past, plus {@link #CITATION_LAG_DAYS}.
 */
final class WritingDate {
    /**
     * How long after a statement an article citing it as background is written, at the least. A report
     * that recalls "the joint statement issued on 6 November" as the ground of today's news is not
     * written the week after: the statement has had its consequences by then. Two months is a cautious
     * lower bound; it moves "the end of the current year" into the next year only when the latest cited
     * event falls in the last two months of a year.
     */
    static final int CITATION_LAG_DAYS = 60;

    private WritingDate() {
    }

    /**
     * The latest date an undated article writes in full as past — not a deadline, not the date of one of
     * its own plans — or null: the article was written after it.
     */
    static String latestReported(ArticleReading r, List<Claim> claims) {
        Set<String> planned = new HashSet<>();
        claims.stream().filter(c -> c.modality() != Modality.ASSERTED && c.eventDate() != null)
                .forEach(c -> planned.add(c.eventDate()));
        String latest = null;
        LocalDate latestDay = null;
        for (DateMention d : cited(r)) {
            DateExpression.Resolved at = d.expression().resolve(null, null, false);
            if (at == null || planned.contains(at.iso())) {
                continue;
            }
            LocalDate day = EventDates.latestDay(at.iso());
            if (day != null && (latestDay == null || day.isAfter(latestDay))) {
                latest = at.iso();
                latestDay = day;
            }
        }
        return latest;
    }

    static Integer referenceYear(ArticleReading r) {
        Integer latestYear = null;
        LocalDate latestDay = null;
        for (DateMention d : cited(r)) {
            DateExpression e = d.expression();
            if (latestYear == null || e.year() > latestYear) {
                latestYear = e.year();
            }
            if (e.month() != null) {
                DateExpression.Resolved at = e.resolve(null, null, false);
                LocalDate day = at == null ? null : EventDates.earliestDay(at.iso());
                if (day != null && (latestDay == null || day.isAfter(latestDay))) {
                    latestDay = day;
                }
            }
        }
        if (latestDay == null) {
            return latestYear;
        }
        int written = latestDay.plusDays(CITATION_LAG_DAYS).getYear();
        return latestYear == null ? written : Math.max(latestYear, written);
    }

    /** The dates an article cites as events: absolute ones, not deadlines. */
    private static List<DateMention> cited(ArticleReading r) {
        return r.dates().stream().filter(d -> d.expression().kind() == DateExpression.Kind.ABSOLUTE
                && d.role() != DateMention.Role.UNTIL).toList();
    }
}
