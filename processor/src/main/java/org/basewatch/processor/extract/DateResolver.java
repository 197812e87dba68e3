package org.basewatch.processor.extract;

import org.basewatch.contracts.DatePrecision;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds date expressions in normalized Arabic or English news text and resolves them to ISO partial
 * dates: both Arabic month systems, numeric dates, ordinal days, weekdays and relative phrases
 * ("امس", "الأحد الماضي", "نهاية العام الحالي"), relative to the publication date. An expression
 * that cannot be resolved is left out; the current time is never used.
 */
final class DateResolver {
    private static final Map<String, Integer> MONTHS = new LinkedHashMap<>();
    private static final Map<String, Integer> ORDINALS = new LinkedHashMap<>();
    private static final Map<String, DayOfWeek> WEEKDAYS = new LinkedHashMap<>();

    static {
        String[][] months = {
                {"كانون الثاني", "1"}, {"شباط", "2"}, {"اذار", "3"}, {"نيسان", "4"}, {"ايار", "5"}, {"حزيران", "6"},
                {"تموز", "7"}, {"اب", "8"}, {"ايلول", "9"}, {"تشرين الاول", "10"}, {"تشرين الثاني", "11"},
                {"كانون الاول", "12"}, {"يناير", "1"}, {"فبراير", "2"}, {"مارس", "3"}, {"ابريل", "4"}, {"افريل", "4"},
                {"مايو", "5"}, {"يونيو", "6"}, {"يونيه", "6"}, {"يوليو", "7"}, {"يوليه", "7"}, {"اغسطس", "8"},
                {"سبتمبر", "9"}, {"اكتوبر", "10"}, {"نوفمبر", "11"}, {"ديسمبر", "12"},
                {"january", "1"}, {"february", "2"}, {"march", "3"}, {"april", "4"}, {"june", "6"}, {"july", "7"},
                {"august", "8"}, {"september", "9"}, {"october", "10"}, {"november", "11"}, {"december", "12"},
                {"jan", "1"}, {"feb", "2"}, {"mar", "3"}, {"apr", "4"}, {"jun", "6"}, {"jul", "7"}, {"aug", "8"},
                {"sept", "9"}, {"sep", "9"}, {"oct", "10"}, {"nov", "11"}, {"dec", "12"}};
        for (String[] m : months) {
            MONTHS.put(Rx.fold(m[0]), Integer.parseInt(m[1]));
        }
        String[] units = {"الحادي", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"};
        for (int i = 0; i < units.length; i++) {
            ORDINALS.put(units[i] + " والعشرين", 21 + i);
            if (i == 0) {
                ORDINALS.put("الحادي والثلاثين", 31);
            }
            ORDINALS.put(units[i] + " عشر", 11 + i);
        }
        ORDINALS.put("العشرين", 20);
        ORDINALS.put("الثلاثين", 30);
        ORDINALS.put("الاول", 1);
        for (int i = 1; i < units.length; i++) {
            ORDINALS.put(units[i], i + 1);
        }
        ORDINALS.put("العاشر", 10);
        String[][] days = {{"احد", "SUNDAY"}, {"اثنين", "MONDAY"}, {"ثلاثاء", "TUESDAY"}, {"اربعاء", "WEDNESDAY"},
                {"خميس", "THURSDAY"}, {"جمعه", "FRIDAY"}, {"سبت", "SATURDAY"}};
        for (String[] d : days) {
            WEEKDAYS.put(Rx.fold(d[0]), DayOfWeek.valueOf(d[1]));
        }
        for (DayOfWeek d : DayOfWeek.values()) {
            WEEKDAYS.put(d.name().toLowerCase(), d);
        }
    }

    private static final String[] MONTH_TRIGGERS = MONTHS.keySet().toArray(new String[0]);
    private static final String[] YEAR_TRIGGERS = {"19", "20"};
    private static final String B = "(?<![\\p{L}\\p{N}])[وفب]{0,2}";
    // No two month names both match at one place before a non-letter, so once one has matched, trying the
    // others after a later failure cannot succeed: the group is atomic and a failing date costs one pass.
    private static final String MONTH = "(?>" + alternation(MONTHS.keySet()) + ")\\.?";
    private static final String MONTH2 = "(" + MONTH + "(?:\\s*/?\\s*" + MONTH + ")?)";
    private static final String ORD = "(" + alternation(ORDINALS.keySet()) + ")";
    private static final String DAYNUM = "(?:ال)?(\\d{1,2})(?![\\d/.])";
    private static final String REL = "(الماضي|الماضيين|المنصرم|المقبل|القادم|الجاري|الحالي)";
    private static final String EDGE = "(مطلع|بدايه|اوائل|منتصف|اواسط|نهايه|اواخر|خلال)";
    private static final String WEEKDAY = "(" + alternation(WEEKDAYS.keySet().stream()
            .filter(k -> k.charAt(0) > 0x7f).toList()) + ")";
    private static final String EN_WEEKDAY = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)";

    private enum Kind { DMY, NUMERIC, ISO, DAY_OF_THIS_MONTH, DM, EN_MDY, EN_MD, EDGE_MONTH, EDGE_THIS_MONTH,
        EDGE_YEAR, EDGE_YEAR_NUM, EN_END_YEAR, EN_END_YEAR_NUM, MONTH_YEAR, MONTH_OF_YEAR, EN_MONTH_REL_YEAR,
        MONTH_REL, EN_MONTH_YEAR, WEEKDAY, EN_WEEKDAY, TODAY, YESTERDAY, TOMORROW, WEEK_REL, MONTH_WORD_REL,
        YEAR_WORD_REL, EN_REL, AGO_FROM, YEAR, MONTH_BARE }

    /** A date pattern, the words one of which each match holds, and how far before that word a match may start. */
    record Rule(Kind kind, Pattern pattern, String[] triggers, int reach) {
    }

    /**
     * What stands in for the publication year of an undated article: {@code current} for "this year"
     * phrases, {@code written} (the largest year written) for a month named without its year, because
     * a month is placed relative to the unknown day of writing, of which {@code current} is only a
     * lower bound. Either may be null.
     */
    record UndatedYears(Integer current, Integer written) {
        static final UndatedYears NONE = new UndatedYears(null, null);
    }

    static final List<Rule> RULES = List.of(
            rule(Kind.DMY, B + "(?:" + DAYNUM + "|" + ORD + "\\s+من)\\s*(?:من\\s+)?(?:شهر\\s+)?" + MONTH2
                    + "\\s*(?:من\\s+)?(?:عام\\s+|العام\\s+|سنه\\s+)?,?\\s*(\\d{4})(?!\\d)"),
            rule(Kind.ISO, "(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)"),
            rule(Kind.NUMERIC, "(?<![\\d/])(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?!\\d)"),
            rule(Kind.EN_MDY, "(?<![\\p{L}])" + MONTH2 + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)"),
            rule(Kind.MONTH_YEAR, B + "(?:شهر\\s+)?" + MONTH2 + "\\s*(?:من\\s+)?(?:عام\\s+|العام\\s+|سنه\\s+)?,?\\s*(\\d{4})(?!\\d)"),
            rule(Kind.DAY_OF_THIS_MONTH, B + "(?:يوم\\s+)?(?:" + DAYNUM + "|" + ORD
                    + ")\\s+من\\s+(?:هذا\\s+)?الشهر(?:\\s+" + REL + ")?"),
            rule(Kind.DM, B + "(?:" + DAYNUM + "|" + ORD + "\\s+من)\\s*(?:من\\s+)?(?:شهر\\s+)?" + MONTH2
                    + "(?:\\s+" + REL + ")?"),
            rule(Kind.EN_MD, "(?<![\\p{L}])" + MONTH2 + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d])"),
            rule(Kind.EDGE_MONTH, B + EDGE + "\\s+(?:شهر\\s+|شهري\\s+)?" + MONTH2
                    + "(?:\\s+(?:من\\s+)?(?:عام\\s+|العام\\s+)?(\\d{4})|\\s+" + REL + ")?"),
            rule(Kind.EDGE_THIS_MONTH, B + EDGE + "\\s+(?:هذا\\s+)?الشهر(?:\\s+" + REL + ")?"),
            rule(Kind.EDGE_YEAR_NUM, B + EDGE + "\\s+(?:عام|العام|سنه)?\\s*(\\d{4})(?!\\d)"),
            rule(Kind.EDGE_YEAR, B + EDGE + "\\s+(?:هذا\\s+)?(?:العام|السنه)(?:\\s+" + REL + ")?"),
            rule(Kind.EN_END_YEAR_NUM, "(?<![\\p{L}])(end|beginning|start|middle|late|early|mid)(?: of|-)\\s*(\\d{4})"),
            rule(Kind.EN_END_YEAR, "(?<![\\p{L}])(?:(end|beginning|start|middle) of (?:the |this )?(year|month)"
                    + "|(year)-end|(year)'s end)"),
            rule(Kind.MONTH_OF_YEAR, B + "(?:شهر\\s+)?" + MONTH2 + "\\s+(?:من\\s+)?(?:هذا\\s+)?(?:العام|السنه)(?:\\s+" + REL + ")?"),
            rule(Kind.EN_MONTH_REL_YEAR, "(?<![\\p{L}])" + MONTH2 + "\\s+(last|this|next) year"),
            rule(Kind.MONTH_REL, B + "(?:شهر\\s+|شهري\\s+)?" + MONTH2 + "(?:\\s*و\\s*" + MONTH + ")?\\s+" + REL),
            rule(Kind.EN_REL, "(?<![\\p{L}])(?:(last|this|next|coming) (week|month|year)|(today|yesterday|tomorrow))"),
            rule(Kind.WEEKDAY, B + "(?:(اليوم|امس|يوم)\\s+)?ال" + WEEKDAY + "(?![\\p{L}])(?:\\s+" + REL + ")?"),
            rule(Kind.EN_WEEKDAY, "(?<![\\p{L}])(?:on |last |next )?" + EN_WEEKDAY),
            rule(Kind.TODAY, B + "(?:صباح\\s+|مساء\\s+|ظهر\\s+|فجر\\s+)?(?:ال)?يوم(?![\\p{L}])(?!\\s+(?:التالي|السابق|الواحد))"),
            rule(Kind.YESTERDAY, B + "(?:امس|البارحه)(?![\\p{L}])"),
            rule(Kind.TOMORROW, B + "غدا(?![\\p{L}])"),
            rule(Kind.WEEK_REL, B + "(?:ال)?اسبوع\\s+" + REL),
            rule(Kind.MONTH_WORD_REL, B + "(?:ال)?شهر\\s+" + REL),
            rule(Kind.YEAR_WORD_REL, B + "(?:(?:ال)?(?:عام|سنه)\\s+" + REL + "|(هذا) العام|(هذه) السنه)"),
            rule(Kind.AGO_FROM, B + "بعد\\s+(?:نحو\\s+|قرابه\\s+|حوالي\\s+)?(شهر|شهرين|اسبوع|اسبوعين|يومين|(\\d{1,2})\\s+(?:اشهر|ايام|اسابيع))\\s+من"),
            rule(Kind.YEAR, "(?<![\\p{N},.\\d])(199\\d|20[0-3]\\d)(?![\\p{N}])(?!\\s*(?:جندي|عنصر|عسكري|troops|soldiers|personnel))"),
            rule(Kind.EN_MONTH_YEAR, "(?<![\\p{L}])(?:in |since |last |this )" + MONTH2 + "(?![\\p{L}])"),
            rule(Kind.MONTH_BARE, "(?<![\\p{L}])(?:في|منذ|خلال)\\s+(?:شهر\\s+|شهري\\s+)?" + MONTH2 + "(?![\\p{L}])"));

    static final Scan.Dictionary TRIGGERS = new Scan.Dictionary(RULES.stream().map(Rule::triggers).toList());
    /** The trigger ids of each rule; rules that share a trigger array share its ids, so a text finds their positions once. */
    private static final int[][] TRIGGER_IDS = sharedIds();

    private static int[][] sharedIds() {
        java.util.IdentityHashMap<String[], int[]> shared = new java.util.IdentityHashMap<>();
        return RULES.stream().map(r -> shared.computeIfAbsent(r.triggers(), TRIGGERS::ids)).toArray(int[][]::new);
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final String AUGUST = Rx.fold("اب");
    private static final String YESTERDAY_WORD = Rx.fold("امس");
    private static final String TODAY_WORD = Rx.fold("اليوم");
    private static final String MONTHS_WORD = Rx.fold("اشهر");
    private static final String WEEKS_WORD = Rx.fold("اسابيع");
    private static final String MONTH_WORD = Rx.fold("شهر");
    private static final String TWO_MONTHS = Rx.fold("شهرين");
    private static final String WEEK_WORD = Rx.fold("اسبوع");
    private static final String TWO_WEEKS = Rx.fold("اسبوعين");
    private static final String LAST = Rx.fold("الماضي");
    private static final String PAST = Rx.fold("المنصرم");
    private static final String NEXT = Rx.fold("المقبل");
    private static final String COMING = Rx.fold("القادم");
    private static final String END = Rx.fold("نهايه");
    private static final String LATE = Rx.fold("اواخر");
    private static final String START = Rx.fold("مطلع");
    private static final String BEGINNING = Rx.fold("بدايه");
    private static final String EARLY = Rx.fold("اوائل");
    private static final Pattern SINCE = Rx.compile("(?:منذ|since)\\s*\\S*\\s*$");
    private static final Pattern WITH_BEFORE = Rx.compile("(?<![\\p{L}])مع\\s*$");
    private static final String END_WORD = Rx.fold("نهايه");
    private static final Pattern UNTIL = Rx.compile("(?:حتى|بحلول|قبل|لغايه|until|by|before|no later than|till)\\s*(?:\\S+\\s*)?$");

    private DateResolver() {
    }

    /** "مع نهاية العام": "with the end of" a period is a deadline, as "بحلول" is ("مع مطلع" is not: that dates an event). */
    private static boolean endOfPeriodDeadline(String before, String norm, int start) {
        return WITH_BEFORE.matcher(before).find() && norm.startsWith(END_WORD, start);
    }

    private static Rule rule(Kind kind, String regex) {
        return new Rule(kind, Rx.compile(regex), triggersOf(kind), reachOf(kind));
    }


    /** The words one of which every match of a rule of this kind contains (see {@link Scan}). */
    private static String[] triggersOf(Kind kind) {
        return switch (kind) {
            case DMY, EN_MDY, MONTH_YEAR, DM, EN_MD, EDGE_MONTH, MONTH_OF_YEAR, EN_MONTH_REL_YEAR, MONTH_REL,
                 EN_MONTH_YEAR, MONTH_BARE -> MONTH_TRIGGERS;
            case ISO -> new String[]{"-"};
            case NUMERIC -> new String[]{"/", "-", "."};
            case DAY_OF_THIS_MONTH, EDGE_THIS_MONTH -> Scan.triggers("الشهر");
            case EDGE_YEAR_NUM, EN_END_YEAR_NUM, YEAR -> YEAR_TRIGGERS;
            case EDGE_YEAR -> Scan.triggers("العام", "السنه");
            case EN_END_YEAR -> Scan.triggers("end", "beginning", "start", "middle", "year");
            case EN_REL -> Scan.triggers("last", "this", "next", "coming", "today", "yesterday", "tomorrow");
            case WEEKDAY -> WEEKDAYS.keySet().stream().filter(k -> k.charAt(0) > 0x7f).toArray(String[]::new);
            case EN_WEEKDAY -> Scan.triggers("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
            case TODAY -> Scan.triggers("يوم");
            case YESTERDAY -> Scan.triggers("امس", "البارحه");
            case TOMORROW -> Scan.triggers("غدا");
            case WEEK_REL -> Scan.triggers("اسبوع");
            case MONTH_WORD_REL -> Scan.triggers("شهر");
            case YEAR_WORD_REL -> Scan.triggers("عام", "سنه");
            case AGO_FROM -> Scan.triggers("بعد");
        };
    }

    /**
     * How far before its trigger a match of a rule of this kind may start: the longest text its pattern
     * allows there, in normalized text (one space between words): up to two clitics, then for instance
     * "الحادي والثلاثين من من شهر" before a month name, "يوم " and "ال" before a weekday, "نهايه العام " before a year.
     */
    private static int reachOf(Kind kind) {
        return switch (kind) {
            case EN_MDY, EN_MD, EN_END_YEAR, EN_MONTH_REL_YEAR, EN_REL, YEAR -> 0;
            case NUMERIC, YESTERDAY, TOMORROW, AGO_FROM -> 2;
            case ISO, WEEK_REL, MONTH_WORD_REL -> 4;
            case EN_WEEKDAY -> 5;
            case MONTH_YEAR, MONTH_OF_YEAR, EN_MONTH_YEAR -> 6;
            case MONTH_REL -> 7;
            case YEAR_WORD_REL -> 8;
            case TODAY -> 9;
            case WEEKDAY, MONTH_BARE -> 10;
            case EDGE_THIS_MONTH, EDGE_YEAR -> 12;
            case EDGE_MONTH, EN_END_YEAR_NUM -> 13;
            case EDGE_YEAR_NUM -> 14;
            case DMY, DM, DAY_OF_THIS_MONTH -> 30;
        };
    }

    /**
     * The words, longest first, followed by a non-letter. A look-ahead for their common beginning and the
     * letters that may follow it comes first ("(?=ال[حثر…])" for the ordinals): it fails at once on most words
     * of a text, where the alternation would compare every one of its words.
     */
    private static String alternation(Iterable<String> words) {
        List<String> list = new ArrayList<>();
        words.forEach(w -> list.add(Rx.fold(w)));
        list.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder sb = new StringBuilder(guard(list)).append("(?:");
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                sb.append('|');
            }
            sb.append(list.get(i).replace(" ", "\\s+"));
        }
        return sb.append(")(?![\\p{L}])").toString();
    }

    /** A look-ahead every one of {@code words} satisfies: their common beginning and one of the letters after it. */
    private static String guard(List<String> words) {
        String common = words.get(0);
        for (String w : words) {
            while (!w.startsWith(common)) {
                common = common.substring(0, common.length() - 1);
            }
        }
        StringBuilder next = new StringBuilder();
        for (String w : words) {
            if (w.length() == common.length()) {
                return "";
            }
            char c = w.charAt(common.length());
            if (!Character.isLetter(c)) {
                return "";
            }
            if (next.indexOf(String.valueOf(c)) < 0) {
                next.append(c);
            }
        }
        return "(?=" + common + "[" + next + "])";
    }

    /**
     * The resolved date expressions of {@code norm}, ordered by position. {@code published} may be null;
     * {@code approxYear} (may be null) stands in for the publication year in year- and month-level phrases.
     */
    static List<DateMention> find(String norm, LocalDate published, Integer approxYear) {
        return find(norm, published, new UndatedYears(approxYear, approxYear), null);
    }

    /**
     * Like {@link #find(String, LocalDate, Integer)}, with the stand-in years of an undated article, looking
     * only inside {@code only} (all text when null).
     */
    static List<DateMention> find(String norm, LocalDate published, UndatedYears approx, List<Span> only) {
        return find(new Scan.Text(norm), published, approx, only);
    }

    /** Like {@link #find(String, LocalDate, UndatedYears, List)} over a text whose trigger words may already have been found. */
    static List<DateMention> find(Scan.Text text, LocalDate published, UndatedYears approx, List<Span> only) {
        String norm = text.text();
        List<DateMention> out = new ArrayList<>();
        boolean[] taken = new boolean[norm.length() + 1];
        for (int ri = 0; ri < RULES.size(); ri++) {
            Rule r = RULES.get(ri);
            for (MatchResult m : Scan.find(r.pattern, text, TRIGGERS, TRIGGER_IDS[ri], r.reach(), true, only, false)) {
                if (overlaps(taken, m.start(), m.end())) {
                    continue;
                }
                Resolved v = resolve(r.kind, m, published, approx);
                if (v == NONE) {
                    continue;
                }
                for (int i = m.start(); i < m.end(); i++) {
                    taken[i] = true;
                }
                String before = norm.substring(Math.max(0, m.start() - 16), m.start());
                out.add(new DateMention(m.start(), m.end(), v == null ? null : v.iso(), v == null ? null : v.precision(),
                        SINCE.matcher(before).find(), UNTIL.matcher(before).find() || endOfPeriodDeadline(before, norm, m.start())));
            }
        }
        out.sort(Comparator.comparingInt(DateMention::start));
        return out;
    }

    /** The largest plausible year written in {@code norm}, to stand in for a missing publication date. */
    private static final Pattern YEAR_NUMBER = Rx.compile("(?<![\\p{N}])(199\\d|20[0-3]\\d)(?![\\p{N}])");

    static Integer latestYear(String norm) {
        Matcher m = YEAR_NUMBER.matcher(norm);
        Integer best = null;
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            if (best == null || y > best) {
                best = y;
            }
        }
        return best;
    }

    private static boolean overlaps(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    private record Resolved(String iso, DatePrecision precision) {
    }

    /** Marks a match that is not a date after all (its text stays free for other rules). */
    private static final Resolved NONE = new Resolved("", DatePrecision.YEAR);

    private static Resolved day(LocalDate d) {
        return d == null ? null : new Resolved(d.toString(), DatePrecision.DAY);
    }

    private static Resolved month(int year, int month) {
        return new Resolved(YearMonth.of(year, month).toString(), DatePrecision.MONTH);
    }

    private static Resolved year(int year) {
        return new Resolved(String.format("%04d", year), DatePrecision.YEAR);
    }

    private static Resolved resolve(Kind kind, MatchResult m, LocalDate pub, UndatedYears undated) {
        Integer refYear = pub != null ? Integer.valueOf(pub.getYear()) : undated.current();
        Integer approx = undated.written();
        try {
            switch (kind) {
                case DMY: {
                    int d = dayOf(m.group(1), m.group(2));
                    return day(safeDate(Integer.parseInt(m.group(4)), monthOf(m.group(3)), d));
                }
                case ISO:
                    return day(safeDate(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3))));
                case NUMERIC:
                    return day(safeDate(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(1))));
                case EN_MDY:
                    return day(safeDate(Integer.parseInt(m.group(3)), monthOf(m.group(1)), Integer.parseInt(m.group(2))));
                case DAY_OF_THIS_MONTH: {
                    if (pub == null) {
                        return null;
                    }
                    int d = dayOf(m.group(1), m.group(2));
                    YearMonth ym = YearMonth.from(pub).plusMonths(shift(m.group(3)));
                    return day(safeDate(ym.getYear(), ym.getMonthValue(), d));
                }
                case DM: {
                    int d = dayOf(m.group(1), m.group(2));
                    return day(dayMonth(pub, monthOf(m.group(3)), d, m.group(4)));
                }
                case EN_MD: {
                    int d = Integer.parseInt(m.group(2));
                    if (d < 1 || d > 31) {
                        return NONE;
                    }
                    return day(dayMonth(pub, monthOf(m.group(1)), d, null));
                }
                case EDGE_MONTH: {
                    int mo = monthOf(m.group(2));
                    Integer y = m.group(3) != null ? Integer.valueOf(m.group(3)) : yearOfMonth(pub, approx, mo, m.group(4));
                    return y == null ? null : edgeOfMonth(m.group(1), y, mo);
                }
                case EDGE_THIS_MONTH: {
                    if (pub == null) {
                        return null;
                    }
                    YearMonth ym = YearMonth.from(pub).plusMonths(shift(m.group(2)));
                    return edgeOfMonth(m.group(1), ym.getYear(), ym.getMonthValue());
                }
                case EDGE_YEAR_NUM:
                    return edgeOfYear(m.group(1), Integer.parseInt(m.group(2)));
                case EDGE_YEAR:
                    return refYear == null ? null : edgeOfYear(m.group(1), refYear + shift(m.group(2)));
                case EN_END_YEAR_NUM:
                    return edgeOfYear(englishEdge(m.group(1)), Integer.parseInt(m.group(2)));
                case EN_END_YEAR: {
                    if (m.group(2) != null && m.group(2).equals("month")) {
                        return pub == null ? null : edgeOfMonth(englishEdge(m.group(1)), pub.getYear(), pub.getMonthValue());
                    }
                    String edge = m.group(1) != null ? englishEdge(m.group(1)) : "نهايه";
                    return refYear == null ? null : edgeOfYear(edge, refYear);
                }
                case MONTH_YEAR:
                    return month(Integer.parseInt(m.group(2)), monthOf(m.group(1)));
                case MONTH_OF_YEAR:
                    return refYear == null ? null : month(refYear + shift(m.group(2)), monthOf(m.group(1)));
                case EN_MONTH_REL_YEAR:
                    return refYear == null ? null : month(refYear + englishShift(m.group(2)), monthOf(m.group(1)));
                case MONTH_REL: {
                    int mo = monthOf(m.group(1));
                    Integer y = yearOfMonth(pub, approx, mo, m.group(2));
                    return y == null ? null : month(y, mo);
                }
                case EN_MONTH_YEAR: {
                    int mo = monthOf(m.group(1));
                    Integer y = yearOfMonth(pub, approx, mo, m.group(0).startsWith("next") ? "المقبل" : null);
                    return y == null ? null : month(y, mo);
                }
                case MONTH_BARE: {
                    String word = m.group(1).trim();
                    if (AUGUST.equals(word)) {
                        return NONE;
                    }
                    int mo = monthOf(word);
                    Integer y = yearOfMonth(pub, approx, mo, null);
                    return y == null ? null : month(y, mo);
                }
                case WEEKDAY: {
                    if (pub == null) {
                        return null;
                    }
                    String lead = m.group(1);
                    if (lead != null && lead.equals(YESTERDAY_WORD)) {
                        return day(pub.minusDays(1));
                    }
                    if (lead != null && lead.equals(TODAY_WORD)) {
                        return day(pub);
                    }
                    return day(weekday(pub, WEEKDAYS.get(m.group(2)), m.group(3)));
                }
                case EN_WEEKDAY: {
                    if (pub == null) {
                        return null;
                    }
                    String rel = m.group(0).startsWith("next") ? "المقبل" : m.group(0).startsWith("last") ? "الماضي" : null;
                    return day(weekday(pub, WEEKDAYS.get(m.group(1)), rel == null ? null : Rx.fold(rel)));
                }
                case TODAY:
                    return pub == null ? null : day(pub);
                case YESTERDAY:
                    return pub == null ? null : day(pub.minusDays(1));
                case TOMORROW:
                    return pub == null ? null : day(pub.plusDays(1));
                case WEEK_REL: {
                    if (pub == null) {
                        return null;
                    }
                    LocalDate d = pub.plusWeeks(shift(m.group(1)));
                    return month(d.getYear(), d.getMonthValue());
                }
                case MONTH_WORD_REL: {
                    if (pub == null) {
                        return null;
                    }
                    YearMonth ym = YearMonth.from(pub).plusMonths(shift(m.group(1)));
                    return month(ym.getYear(), ym.getMonthValue());
                }
                case YEAR_WORD_REL: {
                    if (refYear == null) {
                        return null;
                    }
                    return year(refYear + (m.group(1) != null ? shift(m.group(1)) : 0));
                }
                case EN_REL: {
                    if (m.group(3) != null) {
                        if (pub == null) {
                            return null;
                        }
                        return switch (m.group(3)) {
                            case "today" -> day(pub);
                            case "yesterday" -> day(pub.minusDays(1));
                            default -> day(pub.plusDays(1));
                        };
                    }
                    int s = englishShift(m.group(1));
                    switch (m.group(2)) {
                        case "week": {
                            if (pub == null) {
                                return null;
                            }
                            LocalDate d = pub.plusWeeks(s);
                            return month(d.getYear(), d.getMonthValue());
                        }
                        case "month": {
                            if (pub == null) {
                                return null;
                            }
                            YearMonth ym = YearMonth.from(pub).plusMonths(s);
                            return month(ym.getYear(), ym.getMonthValue());
                        }
                        default:
                            return refYear == null ? null : year(refYear + s);
                    }
                }
                case AGO_FROM: {
                    if (pub == null) {
                        return null;
                    }
                    String unit = m.group(1);
                    LocalDate d;
                    if (m.group(2) != null) {
                        int n = Integer.parseInt(m.group(2));
                        d = unit.contains(MONTHS_WORD) ? pub.minusMonths(n)
                                : unit.contains(WEEKS_WORD) ? pub.minusWeeks(n) : pub.minusDays(n);
                    } else if (unit.equals(MONTH_WORD)) {
                        d = pub.minusMonths(1);
                    } else if (unit.equals(TWO_MONTHS)) {
                        d = pub.minusMonths(2);
                    } else if (unit.equals(WEEK_WORD)) {
                        d = pub.minusWeeks(1);
                    } else if (unit.equals(TWO_WEEKS)) {
                        d = pub.minusWeeks(2);
                    } else {
                        d = pub.minusDays(2);
                    }
                    return month(d.getYear(), d.getMonthValue());
                }
                case YEAR:
                    return year(Integer.parseInt(m.group(1)));
                default:
                    return null;
            }
        } catch (RuntimeException e) {
            return NONE;
        }
    }

    private static int dayOf(String digits, String ordinal) {
        if (digits != null) {
            int d = Integer.parseInt(digits);
            if (d < 1 || d > 31) {
                throw new IllegalArgumentException("day " + d);
            }
            return d;
        }
        Integer d = ORDINALS.get(SPACES.matcher(ordinal).replaceAll(" "));
        if (d == null) {
            throw new IllegalArgumentException("ordinal " + ordinal);
        }
        return d;
    }

    /** The month of the first month name in {@code words} (the second, when two are written, is a gloss). */
    private static int monthOf(String words) {
        String w = SPACES.matcher(words.replace(".", "")).replaceAll(" ").trim();
        int best = -1;
        int bestLen = 0;
        for (Map.Entry<String, Integer> e : MONTHS.entrySet()) {
            if (w.startsWith(e.getKey()) && e.getKey().length() > bestLen
                    && (w.length() == e.getKey().length() || !Character.isLetter(w.charAt(e.getKey().length())))) {
                best = e.getValue();
                bestLen = e.getKey().length();
            }
        }
        if (best < 0) {
            throw new IllegalArgumentException("month " + words);
        }
        return best;
    }

    private static LocalDate safeDate(int y, int mo, int d) {
        if (y < 1900 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31) {
            throw new IllegalArgumentException("date");
        }
        return YearMonth.of(y, mo).isValidDay(d) ? LocalDate.of(y, mo, d) : YearMonth.of(y, mo).atEndOfMonth();
    }

    private static int shift(String rel) {
        if (rel == null) {
            return 0;
        }
        if (rel.startsWith(LAST) || rel.equals(PAST)) {
            return -1;
        }
        if (rel.equals(NEXT) || rel.equals(COMING)) {
            return 1;
        }
        return 0;
    }

    private static int englishShift(String rel) {
        return switch (rel) {
            case "last" -> -1;
            case "next", "coming" -> 1;
            default -> 0;
        };
    }

    private static LocalDate dayMonth(LocalDate pub, int month, int day, String rel) {
        if (pub == null) {
            return null;
        }
        LocalDate candidate = safeDate(pub.getYear(), month, day);
        int s = shift(rel);
        if (s < 0 && candidate.isAfter(pub)) {
            return candidate.minusYears(1);
        }
        if (s > 0 && candidate.isBefore(pub)) {
            return candidate.plusYears(1);
        }
        if (s == 0 && rel == null && candidate.isAfter(pub.plusDays(183))) {
            return candidate.minusYears(1);
        }
        return candidate;
    }

    private static Integer yearOfMonth(LocalDate pub, Integer approx, int month, String rel) {
        int s = shift(rel);
        if (pub == null) {
            return approx;
        }
        if (s < 0) {
            return month < pub.getMonthValue() ? pub.getYear() : pub.getYear() - 1;
        }
        if (s > 0) {
            return month > pub.getMonthValue() ? pub.getYear() : pub.getYear() + 1;
        }
        if (rel != null) {
            return pub.getYear();
        }
        return month <= pub.getMonthValue() + 2 ? pub.getYear() : pub.getYear() - 1;
    }

    private static LocalDate weekday(LocalDate pub, DayOfWeek dow, String rel) {
        int s = shift(rel);
        if (s > 0) {
            LocalDate d = pub.plusDays(1);
            while (d.getDayOfWeek() != dow) {
                d = d.plusDays(1);
            }
            return d;
        }
        LocalDate d = s < 0 ? pub.minusDays(1) : pub;
        while (d.getDayOfWeek() != dow) {
            d = d.minusDays(1);
        }
        return d;
    }

    private static String englishEdge(String word) {
        return switch (word) {
            case "end", "late" -> "نهايه";
            case "beginning", "start", "early" -> "مطلع";
            default -> "منتصف";
        };
    }

    private static Resolved edgeOfMonth(String edge, int y, int mo) {
        String e = Rx.fold(edge);
        if (e.equals(END) || e.equals(LATE)) {
            return day(YearMonth.of(y, mo).atEndOfMonth());
        }
        return month(y, mo);
    }

    private static Resolved edgeOfYear(String edge, int y) {
        String e = Rx.fold(edge);
        if (e.equals(END) || e.equals(LATE)) {
            return day(LocalDate.of(y, 12, 31));
        }
        if (e.equals(START) || e.equals(BEGINNING) || e.equals(EARLY)) {
            return month(y, 1);
        }
        return year(y);
    }
}
