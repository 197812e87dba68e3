package org.basewatch.ingest.read;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication times as the article contract wants them (ISO date or date-time): from machine
 * values (ISO-8601, RFC 822 feed dates) and from a dateline at the top of an article's text
 * ("بغداد 29 كانون الأول 2021", "21 ديسمبر ٢٠٢١", "31/12/2021").
 */
final class Dates {
    /** A dateline sits in the first lines; dates further down are usually background. */
    private static final int DATELINE_WINDOW = 300;
    private static final Map<String, Integer> MONTHS = months();
    private static final String MONTH = alternatives();
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<![0-9])([0-9]{1,2})\\s*(?:من\\s+)?(" + MONTH + ")(?:\\s*[/(\\-]?\\s*(?:" + MONTH + ")\\s*\\)?)?\\s*,?\\s*([0-9]{4})(?![0-9])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<![a-z])(" + MONTH + ")\\s+([0-9]{1,2}),?\\s+([0-9]{4})(?![0-9])", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![0-9/])([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})(?![0-9])|(?<![0-9])([0-9]{4})-([0-9]{2})-([0-9]{2})(?![0-9])");

    private Dates() {
    }

    /** {@code raw} as an ISO date or date-time, or null when it is not a date this reads. */
    static String normalise(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.trim();
        String iso = s.length() > 10 && s.charAt(10) == ' ' ? s.substring(0, 10) + "T" + s.substring(11) : s;
        try {
            return OffsetDateTime.parse(iso).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return OffsetDateTime.parse(iso, DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm[:ss][.SSS]xx"))
                    .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(iso).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDate.parse(iso).toString();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return ZonedDateTime.parse(s.replaceAll("\\s+", " "), DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException ignored) {
            return null;
        }
    }

    /** The date of a dateline near the start of {@code text} as {@code YYYY-MM-DD}, or null. */
    static String dateline(String text) {
        if (text == null) {
            return null;
        }
        String head = fold(text.substring(0, Math.min(text.length(), DATELINE_WINDOW)));
        List<Candidate> found = new ArrayList<>();
        Matcher m = DAY_MONTH_YEAR.matcher(head);
        if (m.find()) {
            found.add(new Candidate(m.start(), day(m.group(3), MONTHS.get(m.group(2).toLowerCase(Locale.ROOT)), m.group(1))));
        }
        m = MONTH_DAY_YEAR.matcher(head);
        if (m.find()) {
            found.add(new Candidate(m.start(), day(m.group(3), MONTHS.get(m.group(1).toLowerCase(Locale.ROOT)), m.group(2))));
        }
        m = NUMERIC.matcher(head);
        if (m.find()) {
            LocalDate date = m.group(1) != null
                    ? day(m.group(3), Integer.parseInt(m.group(2)), m.group(1))
                    : day(m.group(4), Integer.parseInt(m.group(5)), m.group(6));
            found.add(new Candidate(m.start(), date));
        }
        return found.stream().filter(c -> c.date() != null)
                .min(Comparator.comparingInt(Candidate::at))
                .map(c -> c.date().toString()).orElse(null);
    }

    private record Candidate(int at, LocalDate date) {
    }

    private static LocalDate day(String year, Integer month, String day) {
        try {
            return month == null ? null : LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Arabic-Indic digits to ASCII and alef/yeh/teh-marbuta variants folded, keeping every offset. */
    static String fold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u0660' && c <= '\u0669') {
                c = (char) ('0' + (c - '\u0660'));
            } else if (c >= '\u06F0' && c <= '\u06F9') {
                c = (char) ('0' + (c - '\u06F0'));
            } else if (c == 'أ' || c == 'إ' || c == 'آ') {
                c = 'ا';
            } else if (c == 'ى') {
                c = 'ي';
            } else if (c == 'ة') {
                c = 'ه';
            } else if (c == 'ـ') {
                c = ' ';
            }
            out.append(c);
        }
        return out.toString();
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> m = new LinkedHashMap<>();
        String[][] names = {
                {"يناير", "كانون الثاني", "january", "jan"},
                {"فبراير", "شباط", "february", "feb"},
                {"مارس", "اذار", "march", "mar"},
                {"ابريل", "نيسان", "april", "apr"},
                {"مايو", "ايار", "may"},
                {"يونيو", "يونيه", "حزيران", "june", "jun"},
                {"يوليو", "يوليه", "تموز", "july", "jul"},
                {"اغسطس", "اب", "august", "aug"},
                {"سبتمبر", "ايلول", "september", "sep", "sept"},
                {"اكتوبر", "تشرين الاول", "october", "oct"},
                {"نوفمبر", "تشرين الثاني", "november", "nov"},
                {"ديسمبر", "كانون الاول", "december", "dec"},
        };
        for (int i = 0; i < names.length; i++) {
            for (String name : names[i]) {
                m.put(fold(name), i + 1);
            }
        }
        return m;
    }

    private static String alternatives() {
        // longest first, so that "ابريل" is not read as "اب" (August) and "september" not as "sep"
        return MONTHS.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .reduce((a, b) -> a + "|" + b).orElseThrow();
    }
}
