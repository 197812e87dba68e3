package org.basewatch.sink.http;

import org.basewatch.contracts.StatusChange;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@code GET /api/changes} was asked for: one place or all, changes effective on or after a day, and a page of
 * them ({@code limit}, {@code offset}). A change dated only to a year or month counts from the last day it may mean;
 * an undated change is left out once {@code since} is given.
 */
record ChangeQuery(String place, LocalDate since, int limit, int offset) {
    static final Set<String> PARAMETERS = Set.of("place", "since", "limit", "offset");
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;
    private static final String LAST_MONTH = "-12";
    private static final String LAST_DAY = "-31";

    /** A page of changes and the offset of the next one, or null when this is the last. */
    record Page(List<StatusChange> items, Integer nextOffset) {
    }

    static ChangeQuery parse(Map<String, String> params) {
        String place = params.get("place");
        LocalDate since = null;
        if (params.get("since") != null) {
            try {
                since = LocalDate.parse(params.get("since"));
            } catch (DateTimeParseException e) {
                throw new ApiException(400, "since must be a date YYYY-MM-DD, got: " + params.get("since"));
            }
        }
        int limit = number(params, "limit", DEFAULT_LIMIT);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ApiException(400, "limit must be between 1 and " + MAX_LIMIT + ", got: " + limit);
        }
        int offset = number(params, "offset", 0);
        if (offset < 0) {
            throw new ApiException(400, "offset must not be negative, got: " + offset);
        }
        return new ChangeQuery(place == null || place.isEmpty() ? null : place, since, limit, offset);
    }

    /** This query's page of {@code changes}, which come in the order the pages follow. */
    Page page(List<StatusChange> changes) {
        List<StatusChange> matching = changes.stream().filter(this::matches).toList();
        int from = Math.min(offset, matching.size());
        int to = Math.min(from + limit, matching.size());
        return new Page(matching.subList(from, to), to < matching.size() ? to : null);
    }

    boolean matches(StatusChange c) {
        if (place != null && !place.equals(c.place())) {
            return false;
        }
        return since == null || (c.effectiveDate() != null && latestDay(c.effectiveDate()).compareTo(since.toString()) >= 0);
    }

    /** {@code 2020} → {@code 2020-12-31}, {@code 2020-03} → {@code 2020-03-31}: enough to compare as text with a day. */
    private static String latestDay(String date) {
        return switch (date.length()) {
            case 4 -> date + LAST_MONTH + LAST_DAY;
            case 7 -> date + LAST_DAY;
            default -> date;
        };
    }

    private static int number(Map<String, String> params, String name, int fallback) {
        String text = params.get(name);
        if (text == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new ApiException(400, name + " must be a whole number, got: " + text);
        }
    }
}
