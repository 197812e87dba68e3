package org.basewatch.processor.extract;

import org.basewatch.contracts.DatePrecision;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/**
 * A date as the text writes it, before it is placed in time: what is known of year, month and day,
 * a relative shift ("الماضي", "next"), the edge of a period ("نهاية", "early"), a weekday, a unit
 * ("الأسبوع", "year") or an offset in days. {@link #resolve} places it against the publication date,
 * looking back for past events and forward for plans when the text leaves the year open.
 */
record DateExpression(Kind kind, Integer year, Integer month, Integer day, Integer shift, String edge,
                      Integer weekday, String unit, int amount, Integer storyYear) {

    DateExpression(Kind kind, Integer year, Integer month, Integer day, Integer shift, String edge, Integer weekday,
                   String unit, int amount) {
        this(kind, year, month, day, shift, edge, weekday, unit, amount, null);
    }

    /** This month without a year, read in the year of the story around it when it speaks of the past. */
    DateExpression inYear(int story) {
        return new DateExpression(kind, year, month, day, shift, edge, weekday, unit, amount, story);
    }

    enum Kind {
        /** The year is written: "18 كانون الأول 2021", "September 2026", "2016". */
        ABSOLUTE,
        /** A month, maybe a day, without the year: "في السابع عشر من آذار", "Jan 18", "أيلول المقبل". */
        MONTH_DAY,
        /** A day of the current (or a shifted) month: "يوم 18 من الشهر الجاري". */
        DAY_OF_MONTH,
        /** "الأحد الماضي", "on Saturday", "اليوم الخميس". */
        WEEKDAY,
        /** today, yesterday, tomorrow: {@code amount} days from publication. */
        DAY_WORD,
        /** A unit relative to publication: "الأسبوع المقبل", "this year", "نهاية العام الحالي". */
        UNIT,
        /** A span ahead: "خلال أيام", "in the coming weeks". */
        WITHIN,
        /** A span back: "قبل أسبوعين", "two weeks ago". */
        AGO
    }

    /** A place in time at the precision the text gives. */
    record Resolved(String iso, DatePrecision precision) {
        static Resolved day(LocalDate d) {
            return new Resolved(d.toString(), DatePrecision.DAY);
        }

        static Resolved month(YearMonth m) {
            return new Resolved(m.toString(), DatePrecision.MONTH);
        }

        static Resolved year(int y) {
            return new Resolved(String.format("%04d", y), DatePrecision.YEAR);
        }
    }

    /** How far around publication a date without its year is still read as the same year. */
    static final int SAME_YEAR_SLACK_DAYS = 10;
    /** What "within days", "within weeks", "within months" mean in days. */
    static final int DAYS_AHEAD = 5;
    static final int WEEKS_AHEAD_DAYS = 14;
    static final int MONTHS_AHEAD_DAYS = 60;

    static DateExpression absolute(int year, Integer month, Integer day, String edge) {
        return new DateExpression(Kind.ABSOLUTE, year, month, day, null, edge, null, null, 0);
    }

    /**
     * The date this expression names, given the publication date ({@code published}, may be null), a year
     * that stands in for it when it is null ({@code fallbackYear}, may be null), and whether the statement
     * looks ahead ({@code future}: a plan or deadline) or back; null when it cannot be placed.
     */
    Resolved resolve(LocalDate published, Integer fallbackYear, boolean future) {
        try {
            return switch (kind) {
                case ABSOLUTE -> withEdge(year, month, day);
                case MONTH_DAY -> monthDay(published, fallbackYear, future);
                case DAY_OF_MONTH -> published == null ? null
                        : Resolved.day(clampDay(YearMonth.from(published).plusMonths(shift == null ? 0 : shift), day));
                case WEEKDAY -> published == null ? null : Resolved.day(weekday(published, future));
                case DAY_WORD -> published == null ? null : Resolved.day(published.plusDays(amount));
                case UNIT -> unit(published, fallbackYear);
                case WITHIN -> published == null ? null : Resolved.month(YearMonth.from(published.plusDays(ahead())));
                case AGO -> published == null ? null : ago(published);
            };
        } catch (RuntimeException e) {
            return null;
        }
    }

    private Resolved withEdge(int y, Integer m, Integer d) {
        if (y < 1900 || y > 2100) {
            return null;
        }
        if (m != null && d != null) {
            return Resolved.day(clampDay(YearMonth.of(y, m), d));
        }
        if (m != null) {
            YearMonth ym = YearMonth.of(y, m);
            return "end".equals(edge) ? Resolved.day(ym.atEndOfMonth()) : Resolved.month(ym);
        }
        if ("end".equals(edge)) {
            return Resolved.day(LocalDate.of(y, 12, 31));
        }
        if ("start".equals(edge)) {
            return Resolved.month(YearMonth.of(y, 1));
        }
        return Resolved.year(y);
    }

    private Resolved monthDay(LocalDate published, Integer fallbackYear, boolean future) {
        if (storyYear != null && !future) {
            return withEdge(storyYear, month, day);
        }
        if (published == null) {
            return fallbackYear == null ? null : withEdge(fallbackYear, month, day);
        }
        int y = published.getYear();
        LocalDate candidate = clampDay(YearMonth.of(y, month), day == null ? 1 : day);
        LocalDate last = day == null ? YearMonth.of(y, month).atEndOfMonth() : candidate;
        if (shift != null && shift < 0) {
            if (!candidate.isBefore(published)) {
                y--;
            }
        } else if (shift != null && shift > 0) {
            // "أيلول المقبل" written in September is next year's; "17 أيلول المقبل" written on the 14th, this month's
            if (day == null ? month <= published.getMonthValue() : !last.isAfter(published)) {
                y++;
            }
        } else if (shift == null) {
            if (future && last.isBefore(published.minusDays(SAME_YEAR_SLACK_DAYS))) {
                y++;
            } else if (!future && candidate.isAfter(published.plusDays(SAME_YEAR_SLACK_DAYS))) {
                y--;
            }
        }
        return withEdge(y, month, day);
    }

    private LocalDate weekday(LocalDate published, boolean future) {
        DayOfWeek dow = DayOfWeek.of(weekday);
        if (amount != 0) {
            return published.plusDays(amount);
        }
        if (shift != null && shift > 0 || shift == null && future) {
            return published.with(shift != null ? TemporalAdjusters.next(dow) : TemporalAdjusters.nextOrSame(dow));
        }
        return published.with(shift != null && shift < 0 ? TemporalAdjusters.previous(dow) : TemporalAdjusters.previousOrSame(dow));
    }

    private Resolved unit(LocalDate published, Integer fallbackYear) {
        int s = shift == null ? 0 : shift;
        switch (unit) {
            case "year": {
                Integer base = published != null ? Integer.valueOf(published.getYear()) : fallbackYear;
                return base == null ? null : withEdge(base + s, null, null);
            }
            case "month": {
                if (published == null) {
                    return null;
                }
                YearMonth ym = YearMonth.from(published).plusMonths(s);
                return withEdge(ym.getYear(), ym.getMonthValue(), null);
            }
            case "week":
                return published == null ? null : Resolved.month(YearMonth.from(published.plusWeeks(s)));
            default:
                return published == null ? null : Resolved.day(published.plusDays(s));
        }
    }

    private int ahead() {
        return switch (unit) {
            case "week" -> WEEKS_AHEAD_DAYS;
            case "month", "year" -> MONTHS_AHEAD_DAYS;
            default -> DAYS_AHEAD;
        };
    }

    private Resolved ago(LocalDate published) {
        int n = Math.max(1, amount);
        return switch (unit) {
            case "day" -> Resolved.day(published.minusDays(n));
            case "week" -> Resolved.month(YearMonth.from(published.minusWeeks(n)));
            case "month" -> Resolved.month(YearMonth.from(published.minusMonths(n)));
            default -> Resolved.year(published.getYear() - n);
        };
    }

    private static LocalDate clampDay(YearMonth ym, int d) {
        if (d < 1 || d > 31) {
            throw new IllegalArgumentException("day " + d);
        }
        return ym.isValidDay(d) ? ym.atDay(d) : ym.atEndOfMonth();
    }
}
