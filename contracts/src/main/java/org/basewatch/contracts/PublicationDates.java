package org.basewatch.contracts;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * The bounds of a publication date, checked at every door an article comes in by (ingest, and the processor's
 * validation, since other producers write to {@code articles}): one date far in the future would otherwise pin a
 * place's status "since 9999-01-01", where no later true report can move it.
 * <ul>
 * <li>{@value #INVALID_DATE}: not a date ({@code 2020-02-30}, {@code 99999-01-01}, "last Sunday");</li>
 * <li>{@value #PUBLISHED_IN_FUTURE}: after the time of ingest plus {@link #FUTURE_TOLERANCE} (a day covers time
 * zones and clocks a little ahead; an article cannot be published later than it is read);</li>
 * <li>{@value #PUBLISHED_TOO_EARLY}: before {@link #ERA_START}.</li>
 * </ul>
 * A partial date ({@code YYYY}, {@code YYYY-MM}) is in the future when its first day is, and too early when its
 * last day is.
 */
public final class PublicationDates {
    public static final String INVALID_DATE = "invalid-date";
    public static final String PUBLISHED_IN_FUTURE = "published-in-future";
    public static final String PUBLISHED_TOO_EARLY = "published-too-early";
    /** How far past the time of ingest a publication date may be: time zones and clocks slightly ahead. */
    public static final Duration FUTURE_TOLERANCE = Duration.ofDays(1);
    /**
     * The earliest publication date basewatch reads. The gazetteer's places are sites of foreign presence since the
     * 2003 invasion (the Victory Base Complex at Baghdad airport, Balad, Taji, al-Asad, the Green Zone's Union III);
     * the coalition of DOMAIN.md came back to them in 2014 and its timeline of handovers runs from 2020. An article
     * published before 2003 cannot be about any of them, so its date is a typo or a placeholder (0000-01-01,
     * 1970-01-01), and 2003 keeps every real archive article, including reports of the first occupation.
     */
    public static final LocalDate ERA_START = LocalDate.of(2003, 1, 1);

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");

    /** The outcome of a check: {@code reason} is null when the date is fine (or absent). */
    public record Check(String reason, String detail) {
        public static final Check OK = new Check(null, null);

        public boolean ok() {
            return reason == null;
        }
    }

    private PublicationDates() {
    }

    /** Checks {@code publishedAt} (null or blank is fine: an article may have no date) against {@code now}. */
    public static Check check(String publishedAt, Instant now) {
        if (publishedAt == null || publishedAt.isBlank()) {
            return Check.OK;
        }
        String s = publishedAt.trim();
        Instant first = firstInstant(s);
        LocalDate lastDay = lastDay(s);
        if (first == null || lastDay == null) {
            return new Check(INVALID_DATE, "publishedAt '" + publishedAt
                    + "' is not a date (ISO YYYY, YYYY-MM, YYYY-MM-DD or a date-time)");
        }
        Instant latestAllowed = now.plus(FUTURE_TOLERANCE);
        if (first.isAfter(latestAllowed)) {
            return new Check(PUBLISHED_IN_FUTURE, "publishedAt " + s + " is after the time of ingest ("
                    + now + ") plus " + FUTURE_TOLERANCE.toDays() + " day");
        }
        if (lastDay.isBefore(ERA_START)) {
            return new Check(PUBLISHED_TOO_EARLY, "publishedAt " + s + " is before " + ERA_START
                    + ", earlier than any foreign presence at the places basewatch follows");
        }
        return Check.OK;
    }

    /** The first instant {@code s} can mean (UTC for a date without offset), or null when it is not a date. */
    private static Instant firstInstant(String s) {
        try {
            if (YEAR.matcher(s).matches()) {
                return LocalDate.of(Integer.parseInt(s), 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            if (YEAR_MONTH.matcher(s).matches()) {
                return LocalDate.parse(s + "-01").atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            if (s.length() == 10) {
                return LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            try {
                return OffsetDateTime.parse(s).toInstant();
            } catch (DateTimeParseException e) {
                return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate lastDay(String s) {
        if (YEAR.matcher(s).matches() || YEAR_MONTH.matcher(s).matches()) {
            return EventDates.latestDay(s);
        }
        Instant first = firstInstant(s);
        return first == null ? null : LocalDate.ofInstant(first, ZoneOffset.UTC);
    }
}
