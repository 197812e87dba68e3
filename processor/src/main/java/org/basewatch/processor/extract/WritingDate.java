package org.basewatch.processor.extract;

import org.basewatch.contracts.DatePrecision;
import org.basewatch.contracts.EventDates;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * For an article without a publication date, what "this year" means: the year of the earliest date
 * the article can plausibly have been written, read from the dates it cites as past events.
 */
final class WritingDate {
    /**
     * How long after a statement an article citing it as background is written, at the least. A report
     * that recalls "the joint statement issued on 6 November" as the ground of today's news is not
     * written the week after: the statement has had its consequences (a committee met, bases were
     * evacuated) by then. Two months is a cautious lower bound; it moves "the end of the current year"
     * into the next year only when the latest cited event falls in the last two months of a year.
     */
    static final int CITATION_LAG_DAYS = 60;

    /** Words that make the date after them a deadline or a schedule, not a past event. */
    private static final Pattern PLANNED_BEFORE = Rx.compile(
            "(?<![\\p{L}])[وف]?(?:موعد|الموعد|المقرر|مقرر|المتوقع|المنتظر|يكون|تكون|سيكون|ستكون|سوف|يتوقع|على ان|اتفقا علي|اتفق علي"
                    + "|deadline|scheduled|expected|will|due|by)\\S*\\s+(?:\\S+\\s+){0,2}$");
    /** Words after a date that make it a deadline: "… هو آخر موعد", "… deadline". */
    private static final Pattern DEADLINE_AFTER = Rx.compile(
            "^\\s*,?\\s*(?:هو\\s+|هي\\s+)?(?:ال)?(?:اخر\\s+|نهائي\\s+)?(?:موعد|مهله|deadline)");

    private WritingDate() {
    }

    /**
     * The earliest plausible writing date: the latest day- or month-precise date written in full
     * ({@code explicit}, found without a reference date) that is not a deadline, plus
     * {@link #CITATION_LAG_DAYS}; null when there is none. A month counts from its first day.
     */
    static LocalDate earliest(String norm, List<DateMention> explicit) {
        LocalDate latest = null;
        for (DateMention d : explicit) {
            if (d.iso() == null || d.until() || d.precision() == DatePrecision.YEAR) {
                continue;
            }
            String before = norm.substring(Math.max(0, d.start() - 30), d.start());
            String after = norm.substring(d.end(), Math.min(norm.length(), d.end() + 24));
            if (PLANNED_BEFORE.matcher(before).find() || DEADLINE_AFTER.matcher(after).find()) {
                continue;
            }
            LocalDate day = EventDates.earliestDay(d.iso());
            if (latest == null || day.isAfter(latest)) {
                latest = day;
            }
        }
        return latest == null ? null : latest.plusDays(CITATION_LAG_DAYS);
    }

    /**
     * The year that stands in for the publication year: the later of the earliest plausible writing
     * date's year and the largest year written (an article names the current year's deadlines more
     * often than years to come); null when the text names no year.
     */
    static Integer referenceYear(String norm, List<DateMention> explicit) {
        Integer written = DateResolver.latestYear(norm);
        LocalDate earliest = earliest(norm, explicit);
        if (earliest == null) {
            return written;
        }
        return written == null ? earliest.getYear() : Math.max(written, earliest.getYear());
    }
}
