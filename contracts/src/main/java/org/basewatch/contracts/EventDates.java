package org.basewatch.contracts;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Reading and ordering the partial ISO dates of the contracts ({@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD}). */
public final class EventDates {
    private EventDates() {
    }

    /** The day of an ISO date or date-time, or null when absent or unreadable. */
    public static LocalDate parseDay(String iso) {
        if (iso == null || iso.isBlank()) {
            return null;
        }
        String s = iso.trim();
        try {
            if (s.length() == 10) {
                return LocalDate.parse(s);
            }
            if (s.length() > 10 && s.charAt(10) == 'T') {
                try {
                    return OffsetDateTime.parse(s).toLocalDate();
                } catch (DateTimeParseException e) {
                    return LocalDate.parse(s.substring(0, 10));
                }
            }
        } catch (DateTimeParseException e) {
            return null;
        }
        return null;
    }

    /**
     * The last day a partial date can mean ({@code 2021-12} → 2021-12-31), so that a month-level
     * statement sorts after every day-level one inside it; null when absent or unreadable.
     */
    public static LocalDate latestDay(String partial) {
        if (partial == null || partial.isBlank()) {
            return null;
        }
        try {
            return switch (partial.length()) {
                case 4 -> LocalDate.of(Integer.parseInt(partial), 12, 31);
                case 7 -> {
                    LocalDate first = LocalDate.parse(partial + "-01");
                    yield first.withDayOfMonth(first.lengthOfMonth());
                }
                default -> parseDay(partial);
            };
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The first day a partial date can mean ({@code 2021-12} → 2021-12-01). */
    public static LocalDate earliestDay(String partial) {
        if (partial == null || partial.isBlank()) {
            return null;
        }
        try {
            return switch (partial.length()) {
                case 4 -> LocalDate.of(Integer.parseInt(partial), 1, 1);
                case 7 -> LocalDate.parse(partial + "-01");
                default -> parseDay(partial);
            };
        } catch (RuntimeException e) {
            return null;
        }
    }
}
