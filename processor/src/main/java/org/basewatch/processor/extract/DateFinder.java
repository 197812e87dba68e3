package org.basewatch.processor.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the date expressions of an article from its tokens, with the words of {@link Calendar}:
 * "18 كانون الأول 2021", "السابع عشر من آذار", "يوم 18 من الشهر الجاري", "أيلول/سبتمبر 2025",
 * "الأحد الماضي", "أمس السبت", "نهاية العام الحالي", "الأسبوع المقبل", "خلال أيام", "31/12/2021",
 * "Jan 18, 2026", "on Saturday", "by the end of 2026", "two weeks ago". What the text leaves open
 * (which year a month falls in) stays open in the {@link DateExpression} until a claim places it.
 */
final class DateFinder {
    private static final Set<String> UNTIL_WORDS = Set.copyOf(List.of("حتي", "بحلول", "قبل", "لغايه", "اقصاه", "مع", "until", "till",
            "by", "before", "through", "than"));
    private static final Set<String> SINCE_WORDS = Set.copyOf(List.of("منذ", "since"));
    private static final Set<String> DEADLINE_AFTER = Set.copyOf(List.of("موعدا", "موعد", "كموعد", "deadline", "موعدا نهائيا"));
    /** Words before a bare month name that make it a date ("في أيلول", "by March"). */
    private static final Set<String> MONTH_LEADS = Set.copyOf(List.of("في", "منذ", "خلال", "حتي", "بحلول", "قبل", "بعد", "شهر", "شهري",
            "in", "since", "by", "until", "before", "after", "during", "early", "late", "mid", "last", "next", "this", "of",
            "from", "till", "through", "في شهر"));
    private static final Set<String> NOT_AFTER_YEAR = Set.copyOf(List.of("جندي", "جنود", "عسكري", "عسكريين", "عنصر", "مستشار", "كيلومتر",
            "كلم", "دولار", "troops", "soldiers", "personnel", "km", "kilometres", "kilometers", "dollars", "people", "members"));
    /** Nouns of a deadline whose date follows them within {@link #DEADLINE_NOUN_REACH} tokens. */
    private static final Set<String> DEADLINE_NOUNS = Set.copyOf(List.of("الموعد", "موعد", "المهله", "مهله", "deadline"));
    static final int DEADLINE_NOUN_REACH = 4;
    /** How many tokens after a dated event a month without its year is read in the story's year (for the past). */
    static final int NARRATIVE_REACH = 60;
    /** "العام نفسه", "العام ذاته": the same year as the date before. */
    private static final Set<String> SAME = Set.copyOf(List.of("نفسه", "ذاته", "عينه"));
    private static final int FIRST_YEAR = 1990;
    private static final int LAST_YEAR = 2039;

    private final Calendar calendar;

    DateFinder(Calendar calendar) {
        this.calendar = calendar;
    }

    List<DateMention> find(TokenizedText text) {
        Calendar.Word[] words = calendar.label(text);
        List<DateMention> out = new ArrayList<>();
        Integer lastMonth = null;
        Integer lastYear = null;
        int lastYearAt = Integer.MIN_VALUE / 2;
        int i = 0;
        while (i < text.size()) {
            Parse p = new Parse(text, words, i, lastMonth, lastYear).run();
            if (p.expression == null) {
                i++;
                continue;
            }
            DateExpression e = p.expression;
            if (e.kind() == DateExpression.Kind.MONTH_DAY && e.shift() == null && lastYear != null
                    && p.first - lastYearAt <= NARRATIVE_REACH) {
                // "في تموز 2021 … وفي التاسع من كانون الأول": a story told in order stays in its year
                e = e.inYear(lastMonth != null && e.month() < lastMonth ? lastYear + 1 : lastYear);
            }
            out.add(new DateMention(p.first, p.end, e, role(text, words, p.first, p.end)));
            if (p.expression.month() != null) {
                lastMonth = p.expression.month();
            }
            if (p.expression.year() != null) {
                lastYear = p.expression.year();
                lastYearAt = p.end;
            }
            i = p.end;
        }
        return out;
    }

    private static DateMention.Role role(TokenizedText text, Calendar.Word[] words, int first, int end) {
        for (int k = first - 1; k >= Math.max(0, first - DEADLINE_NOUN_REACH); k--) {
            if (DEADLINE_NOUNS.contains(plain(text.token(k)))) {
                return DateMention.Role.UNTIL; // "الموعد المحدد لذلك في 31 من الشهر": the date of a deadline
            }
        }
        String own = text.token(first).form();
        if (own.startsWith("ب") && words[first] != null && words[first].section() == Calendar.Section.EDGE) {
            return DateMention.Role.UNTIL; // "بنهاية العام": by the end of the year
        }
        for (int k = first - 1; k >= Math.max(0, first - 3); k--) {
            Token t = text.token(k);
            if (t.kind() == Token.Kind.LINE) {
                break;
            }
            String f = plain(t);
            if (SINCE_WORDS.contains(f)) {
                return DateMention.Role.SINCE;
            }
            if (UNTIL_WORDS.contains(f) && !(f.equals("قبل") && k < first - 1)) {
                return DateMention.Role.UNTIL;
            }
            if (!f.equals("في") && !f.equals("the") && !f.equals("of") && !f.equals("end") && !f.equals("نهايه") && !t.is(",")) {
                break;
            }
        }
        if (end < text.size() && (DEADLINE_AFTER.contains(plain(text.token(end)))
                || end + 1 < text.size() && text.token(end).is(",") && DEADLINE_AFTER.contains(plain(text.token(end + 1))))) {
            return DateMention.Role.UNTIL;
        }
        return DateMention.Role.POINT;
    }

    private static String plain(Token t) {
        String f = t.form();
        return t.kind() == Token.Kind.ARABIC && f.length() > 3 && (f.startsWith("و") || f.startsWith("ف")) ? f.substring(1) : f;
    }

    /** One attempt to read a date beginning at a token. */
    private static final class Parse {
        final TokenizedText text;
        final Calendar.Word[] words;
        final int first;
        final Integer previousMonth;
        final Integer previousYear;
        int end;
        DateExpression expression;

        Parse(TokenizedText text, Calendar.Word[] words, int first, Integer previousMonth, Integer previousYear) {
            this.text = text;
            this.words = words;
            this.first = first;
            this.previousMonth = previousMonth;
            this.previousYear = previousYear;
        }

        Parse run() {
            int at = first;
            String edge = null;
            if (is(at, Calendar.Section.EDGE)) {
                edge = words[at].value();
                at = words[at].end();
                at = skip(at, "of", "the");
            }
            if (tryDayWord(at) || tryWeekday(at, edge) || tryNumberLed(at, edge) || tryOrdinalLed(at, edge)
                    || tryMonthLed(at, edge) || tryUnit(at, edge) || trySpan(at)) {
                return this;
            }
            expression = null;
            return this;
        }

        // --- the alternatives, each sets expression and end when it reads a date -------------------

        /** اليوم، أمس، غداً، today (with a weekday after: "اليوم الخميس", "أمس السبت"). */
        boolean tryDayWord(int at) {
            if (at >= text.size() || !is(at, Calendar.Section.DAY_WORD)) {
                return false;
            }
            int after = words[at].end();
            if (after < text.size() && is(after, Calendar.Section.SHIFT)) {
                return false; // "اليوم التالي": the next day of a story, not of publication
            }
            if (is(after, Calendar.Section.WEEKDAY)) {
                after = words[after].end();
            }
            return set(new DateExpression(DateExpression.Kind.DAY_WORD, null, null, null, null, null, null, null,
                    words[at].number()), after);
        }

        /** "الأحد الماضي", "يوم الأحد", "on Sunday", "last Saturday". */
        boolean tryWeekday(int at, String edge) {
            Integer shift = null;
            int k = at;
            if (is(k, Calendar.Section.SHIFT) && isLatin(k)) {
                shift = words[k].number();
                k = words[k].end();
            }
            if (isWord(k, "يوم") || isWord(k, "on")) {
                k++;
            }
            if (!is(k, Calendar.Section.WEEKDAY) || edge != null) {
                return false;
            }
            int wd = words[k].number();
            boolean arabic = text.token(k).kind() == Token.Kind.ARABIC;
            int after = words[k].end();
            if (shift == null && is(after, Calendar.Section.SHIFT) && !isLatin(after)) {
                shift = words[after].number();
                after = words[after].end();
            }
            boolean introduced = k > at || shift != null || previousIs(k, ",") || after < text.size() && text.token(after).is(",")
                    || !arabic;
            if (!introduced) {
                return false;
            }
            return set(new DateExpression(DateExpression.Kind.WEEKDAY, null, null, null, shift, null, wd, null, 0), after);
        }

        /** "18 كانون الأول 2021", "يوم 18 من الشهر الجاري", "31/12/2021", "2020-03-26", "عام 2016", "2016". */
        boolean tryNumberLed(int at, String edge) {
            int k = at;
            boolean yearWord = false;
            if (isWord(k, "يوم")) {
                k++;
            }
            if (isYearWord(k)) {
                yearWord = true;
                k++;
            }
            if (!isNumber(k)) {
                return false;
            }
            int n = number(k);
            Token t = text.token(k);
            // numeric dates: 31/12/2021, 2021-12-31 (the tokenizer drops the hyphens)
            if (t.form().length() <= 2 && k + 4 < text.size() && text.token(k + 1).is("/") && isNumber(k + 2)
                    && text.token(k + 3).is("/") && isNumber(k + 4) && text.token(k + 4).form().length() == 4) {
                return set(DateExpression.absolute(number(k + 4), number(k + 2), n, null), k + 5);
            }
            if (t.form().length() == 4 && k + 2 < text.size() && isNumber(k + 1) && isNumber(k + 2)
                    && adjacent(k, k + 1) && adjacent(k + 1, k + 2)) {
                return set(DateExpression.absolute(n, number(k + 1), number(k + 2), null), k + 3);
            }
            if (t.form().length() == 4) {
                if (n < FIRST_YEAR || n > LAST_YEAR || k + 1 < text.size() && NOT_AFTER_YEAR.contains(plain(text.token(k + 1)))
                        || k > 0 && text.token(k - 1).is(",") && k > 1 && text.token(k - 2).kind() == Token.Kind.NUMBER) {
                    return false;
                }
                return set(DateExpression.absolute(n, null, null, edge), k + 1);
            }
            if (yearWord || n < 1 || n > 31) {
                return false;
            }
            return dayThenMonth(k + 1, n, edge);
        }

        /** "السابع عشر من آذار", "السادس والعشرين منه", "the 17th" is not read. */
        boolean tryOrdinalLed(int at, String edge) {
            int k = at;
            if (isWord(k, "يوم")) {
                k++;
            }
            if (!is(k, Calendar.Section.ORDINAL) || isLatin(k)) {
                return false;
            }
            int d = words[k].number();
            int after = words[k].end();
            if (isWord(after, "منه") && previousMonth != null) {
                // "في السادس والعشرين منه": of the month just named, in its year when that was written
                DateExpression e = previousYear != null ? DateExpression.absolute(previousYear, previousMonth, d, edge)
                        : new DateExpression(DateExpression.Kind.MONTH_DAY, null, previousMonth, d, null, edge, null, null, 0);
                return set(e, after + 1);
            }
            return dayThenMonth(after, d, edge);
        }

        /** After a day: "من شهر أيلول 2024", "كانون الأول", "من الشهر الجاري", "January 2026". */
        boolean dayThenMonth(int k, int day, String edge) {
            k = skip(k, "من", "of", "شهر");
            if (isWord(k, "الشهر") && SAME.contains(plainAt(k + 1)) && previousMonth != null) {
                // "في التاسع والعشرين من الشهر ذاته": of the month named last
                DateExpression e = previousYear != null ? DateExpression.absolute(previousYear, previousMonth, day, edge)
                        : new DateExpression(DateExpression.Kind.MONTH_DAY, null, previousMonth, day, null, edge, null, null, 0);
                return set(e, k + 2);
            }
            if (isWord(k, "الشهر") || isWord(k, "هذا") && isWord(k + 1, "الشهر")) {
                int after = isWord(k, "هذا") ? k + 2 : k + 1;
                Integer shift = 0;
                if (is(after, Calendar.Section.SHIFT)) {
                    shift = words[after].number();
                    after = words[after].end();
                }
                return set(new DateExpression(DateExpression.Kind.DAY_OF_MONTH, null, null, day, shift, null, null, null, 0), after);
            }
            if (!is(k, Calendar.Section.MONTH)) {
                return false;
            }
            int month = words[k].number();
            int after = afterGloss(words[k].end());
            return monthTail(after, month, day, edge);
        }

        /** "أيلول 2026", "September 27, 2024", "آذار الماضي", "Jan 18", "in May", "أيلول من هذا العام". */
        boolean tryMonthLed(int at, String edge) {
            int k = at;
            Integer shift = null;
            if (is(k, Calendar.Section.SHIFT) && isLatin(k)) {
                shift = words[k].number();
                k = words[k].end();
            }
            if (isWord(k, "شهر") || isWord(k, "شهري")) {
                k++;
            }
            if (!is(k, Calendar.Section.MONTH)) {
                return false;
            }
            int month = words[k].number();
            int after = afterGloss(words[k].end());
            if (after < text.size() && text.token(after).is(".")) {
                after++;
            }
            // English: "September 27, 2024", "Jan 18"
            if (isLatin(k) && isNumber(after) && text.token(after).form().length() <= 2) {
                int day = number(after);
                if (day >= 1 && day <= 31) {
                    int y = after + 1;
                    if (y < text.size() && text.token(y).is(",")) {
                        y++;
                    }
                    if (isNumber(y) && text.token(y).form().length() == 4) {
                        return set(DateExpression.absolute(number(y), month, day, edge), y + 1);
                    }
                    return set(new DateExpression(DateExpression.Kind.MONTH_DAY, null, month, day, shift, edge, null, null, 0),
                            after + 1);
                }
            }
            if (shift != null) {
                return set(new DateExpression(DateExpression.Kind.MONTH_DAY, null, month, null, shift, edge, null, null, 0), after);
            }
            int before = k - 1;
            boolean led = edge != null || k > at || before >= 0 && (MONTH_LEADS.contains(plain(text.token(before)))
                    || text.token(k).form().length() > 3 && isLatin(k) && !text.token(k).is("march") && !text.token(k).is("may"));
            return monthTail(after, month, null, edge, led);
        }

        boolean monthTail(int k, int month, Integer day, String edge) {
            return monthTail(k, month, day, edge, true);
        }

        /** After a month: its year, a relative word, "من هذا العام", or nothing. */
        boolean monthTail(int k, int month, Integer day, String edge, boolean standsAlone) {
            int y = k;
            if (y < text.size() && text.token(y).is(",")) {
                y++;
            }
            y = skip(y, "من", "of");
            if (isYearWord(y)) {
                y++;
            }
            if (isNumber(y) && text.token(y).form().length() == 4 && number(y) >= FIRST_YEAR && number(y) <= LAST_YEAR) {
                return set(DateExpression.absolute(number(y), month, day, edge), y + 1);
            }
            if (is(k, Calendar.Section.SHIFT) && !isLatin(k)) {
                return set(new DateExpression(DateExpression.Kind.MONTH_DAY, null, month, day, words[k].number(), edge, null, null, 0),
                        words[k].end());
            }
            int u = skip(k, "من");
            if (isWord(u, "هذا")) {
                u++;
            }
            if (isUnit(u, "year") && previousYear != null && SAME.contains(plainAt(u + 1))) {
                // "في آب من العام نفسه": the year named last
                return set(DateExpression.absolute(previousYear, month, day, edge), u + 2);
            }
            int e = skip(k, "of", "the");
            if (previousYear != null && (isWord(e, "that") && isUnit(e + 1, "year") || isWord(e, "same") && isUnit(e + 1, "year"))) {
                return set(DateExpression.absolute(previousYear, month, day, edge), e + 2); // "in August of that year"
            }
            if (isUnit(u, "year")) {
                int after = u + 1;
                int shift = 0;
                if (is(after, Calendar.Section.SHIFT)) {
                    shift = words[after].number();
                    after = words[after].end();
                }
                return set(new DateExpression(DateExpression.Kind.MONTH_DAY, null, month, day, shift, edge, null, null, 0), after);
            }
            if (day == null && !standsAlone) {
                return false;
            }
            return set(new DateExpression(DateExpression.Kind.MONTH_DAY, null, month, day, null, edge, null, null, 0), k);
        }

        /** "الأسبوع الماضي", "العام المقبل", "هذا العام", "next month", "نهاية العام الحالي", "the end of the year". */
        boolean tryUnit(int at, String edge) {
            int k = at;
            Integer shift = null;
            if (is(k, Calendar.Section.SHIFT)) {
                shift = words[k].number();
                k = words[k].end();
            }
            if (!is(k, Calendar.Section.UNIT) || words[k].value().equals("day")) {
                return false;
            }
            String unit = words[k].value();
            int after = words[k].end();
            if (shift == null && is(after, Calendar.Section.SHIFT) && !isLatin(after)) {
                shift = words[after].number();
                after = words[after].end();
            }
            if (shift == null && edge != null && text.token(k).form().startsWith("ال")) {
                shift = 0; // "نهاية العام": the current one
            }
            if (shift == null && edge != null && isLatin(k) && k > at) {
                shift = 0; // "the end of the year"
            }
            if (shift == null) {
                // "year-end": the unit, then the edge
                if (isLatin(k) && is(after, Calendar.Section.EDGE) && words[after].value().equals("end")) {
                    return set(new DateExpression(DateExpression.Kind.UNIT, null, null, null, 0, "end", null, unit, 0),
                            words[after].end());
                }
                return false;
            }
            return set(new DateExpression(DateExpression.Kind.UNIT, null, null, null, shift, edge, null, unit, 0), after);
        }

        /** "خلال أيام", "خلال الأسابيع المقبلة", "within days", "in the coming weeks", "قبل أسبوعين", "two weeks ago". */
        boolean trySpan(int at) {
            int k = at;
            if (k >= text.size()) {
                return false;
            }
            String lead = plain(text.token(k));
            if (lead.equals("خلال") || lead.equals("within") || lead.equals("in")) {
                int u = skip(k + 1, "the", "next", "few", "coming");
                if (isUnitWord(u) && (lead.equals("خلال") || lead.equals("within") || u > k + 1)) {
                    String unit = words[u].value();
                    int after = words[u].end();
                    boolean ahead = lead.equals("within") || u > k + 1
                            || is(after, Calendar.Section.SHIFT) && words[after].number() > 0;
                    if (is(after, Calendar.Section.SHIFT)) {
                        after = words[after].end();
                    }
                    if (ahead) {
                        return set(new DateExpression(DateExpression.Kind.WITHIN, null, null, null, null, null, null, unit, 0), after);
                    }
                }
                return false;
            }
            if (lead.equals("قبل")) {
                int u = k + 1;
                int n = 1;
                if (isNumber(u)) {
                    n = number(u);
                    u++;
                }
                if (isUnitWord(u)) {
                    String f = text.token(u).form();
                    if (f.endsWith("ين")) {
                        n = 2;
                    }
                    return set(new DateExpression(DateExpression.Kind.AGO, null, null, null, null, null, null, words[u].value(), n),
                            words[u].end());
                }
                return false;
            }
            if (isNumber(k) && isUnitWord(k + 1) && isWord(words[k + 1].end(), "ago")) {
                return set(new DateExpression(DateExpression.Kind.AGO, null, null, null, null, null, null, words[k + 1].value(),
                        number(k)), words[k + 1].end() + 1);
            }
            return false;
        }

        // --- helpers --------------------------------------------------------------------------------

        String plainAt(int k) {
            return k < text.size() ? plain(text.token(k)) : "";
        }

        boolean set(DateExpression e, int after) {
            expression = e;
            end = after;
            return true;
        }

        boolean is(int k, Calendar.Section s) {
            return k >= 0 && k < words.length && words[k] != null && words[k].section() == s;
        }

        boolean isUnit(int k, String unit) {
            return is(k, Calendar.Section.UNIT) && words[k].value().equals(unit);
        }

        boolean isUnitWord(int k) {
            return is(k, Calendar.Section.UNIT);
        }

        boolean isYearWord(int k) {
            if (k >= text.size()) {
                return false;
            }
            String f = plain(text.token(k));
            return f.equals("عام") || f.equals("العام") || f.equals("سنه") || f.equals("السنه") || f.equals("year");
        }

        boolean isWord(int k, String form) {
            return k >= 0 && k < text.size() && plain(text.token(k)).equals(form);
        }

        boolean isLatin(int k) {
            return k < text.size() && text.token(k).kind() == Token.Kind.LATIN;
        }

        boolean isNumber(int k) {
            return k >= 0 && k < text.size() && text.token(k).kind() == Token.Kind.NUMBER && text.token(k).form().length() <= 4;
        }

        int number(int k) {
            return Integer.parseInt(text.token(k).form());
        }

        boolean adjacent(int a, int b) {
            return text.token(b).start() - text.token(a).end() == 1;
        }

        boolean previousIs(int k, String form) {
            return k > 0 && text.token(k - 1).is(form);
        }

        int skip(int k, String... fillers) {
            while (k < text.size()) {
                String f = plain(text.token(k));
                boolean filler = false;
                for (String s : fillers) {
                    filler |= f.equals(s);
                }
                if (!filler) {
                    break;
                }
                k++;
            }
            return k;
        }

        /** Past a second month name that glosses the first: "أيلول/سبتمبر", "أيلول (سبتمبر)", "تشرين الأول أكتوبر". */
        int afterGloss(int k) {
            int g = k;
            if (g < text.size() && (text.token(g).is("/") || text.token(g).is("(") || text.token(g).is("-"))) {
                g++;
            }
            if (is(g, Calendar.Section.MONTH)) {
                g = words[g].end();
                if (g < text.size() && text.token(g).is(")")) {
                    g++;
                }
                return g;
            }
            return k;
        }
    }
}
