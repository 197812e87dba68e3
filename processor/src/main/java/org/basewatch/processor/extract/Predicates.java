package org.basewatch.processor.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/** Finds the phrases that state or deny coalition presence, withdrawal, handover or an advisory role. */
final class Predicates {
    /** A cue pattern, its trigger words and how far before one of them a match may start (see {@link Scan}). */
    record Rule(Cue.Kind kind, Pattern pattern, String[] triggers, int reach) {
    }

    private static final String W = Rx.W;
    private static final String E = "\\p{L}{0,4}(?![\\p{L}])";
    private static final String GAP = "(?:\\s+\\S+){0,4}\\s+";

    static final List<Rule> RULES = List.of(
            rule(Cue.Kind.END_COMBAT, W + "(?:ال)?(?:انتهاء|انهاء|انتهت|انتهي|انهت|انهي|تنهي|ينهي|نهايه)" + GAP
                    + "(?:ال)?(?:مهام|مهمه|مهمتها|مهمته|مهامه|مهامها|دور|دورها)\\s*(?:ال)?قتالي" + E, 5, Scan.triggers("انتهاء", "انهاء", "انتهت", "انتهي", "انهت", "انهي", "تنهي", "ينهي", "نهايه")),
            rule(Cue.Kind.END_COMBAT, W + "(?:ال)?(?:مهام|مهمه|مهمتها|مهمته)\\s+(?:ال)?قتاليه\\s+(?:قد\\s+)?(?:انتهت|انتهي)" + E, 14, Scan.triggers("قتالي")),
            rule(Cue.Kind.END_COMBAT, W + "(?:لن\\s+\\S+" + GAP + "(?:في\\s+)?مهمه\\s+قتاليه|(?:مهمه|المهام|مهام)\\s+غير\\s+(?:ال)?قتالي" + E + ")", 5, Scan.triggers("لن", "مهمه", "مهام")),
            rule(Cue.Kind.END_COMBAT, "(?<![\\p{L}])(?:combat (?:mission|role)s?(?: in iraq)?(?:\\s+\\S+){0,4}\\s+(?:be |is |was )?(?:over|end|ended|ends|ending)"
                    + "|(?:end|ended|ending) (?:of )?(?:its |the |their )?combat (?:mission|role)|no longer (?:be )?(?:engaged )?in (?:a )?combat|non-combat)", 26, Scan.triggers("combat")),
            rule(Cue.Kind.ADVISORY, W + "(?:ال)?(?:تحول|تتحول|يتحول|تحولت|التحول|تنتقل|ينتقل|انتقال|الانتقال)\\S*" + "(?:\\s+\\S+){0,8}\\s+(?:الي|نحو)\\s+(?:ال)?(?:استشار|مشوره|تدريب|مهمه\\s+غير|مهام\\s+غير|المهام\\s+غير)\\S*", 7, Scan.triggers("تحول", "تنتقل", "ينتقل", "انتقال")),
            rule(Cue.Kind.ADVISORY, W + "(?:يقتصر|تقتصر|يقتصر|مقتصرا|مقتصره|اقتصار)\\S*\\s+علي\\s+(?:ال)?(?:مشوره|استشار|تدريب)\\S*", 4, Scan.triggers("قتصر", "اقتصار")),
            rule(Cue.Kind.ADVISORY, W + "(?:بقاء|ابقاء|الابقاء|البقاء|يبقي|تبقي|سيبقي|ستبقي|يبق)(?:\\s+علي)?(?:\\s+\\S+){0,3}\\s+(?:ال)?(?:مستشار|بعثات\\s+\\S*استشاري|بعثاتها\\s+الاستشاري)\\S*", 6, Scan.triggers("بقاء", "بقي", "يبق")),
            rule(Cue.Kind.ADVISORY, W + "(?:لم\\s+يبق|لم\\s+يتبق|لا\\s+يبقي)\\s+(?:\\S+\\s+)?(?:الا|سوي)\\s+(?:ال)?مستشار\\S*", 6, Scan.triggers("يبق", "يتبق")),
            rule(Cue.Kind.ADVISORY, W + "(?:ستستمر|تستمر|يستمر|سيستمر|مستمر)\\S*(?:\\s+\\S+){0,4}\\s+(?:في\\s+)?(?:مجال|مجالات|علي\\s+سبيل)\\s+(?:ال)?(?:تدريب|استشار|مشوره)\\S*", 5, Scan.triggers("ستمر")),
            rule(Cue.Kind.ADVISORY, "(?<![\\p{L}])(?:advis[eo]rs? (?:remain|stay|will remain|would remain)|leaving advisers|limited to training|advisory (?:capacity|role|mission)|advise(?:,| and) assist)", 11, Scan.triggers("advis", "training")),
            rule(Cue.Kind.RELOCATE, W + "(?:نقل|نقلت|نقلهم|نقلها|ينقل|تنقل|ونقل|انتقال|تنتقل|ستنتقل|ينتقل|سينتقل|اعاده\\s+انتشار|اعاده\\s+التموضع|اعاده\\s+تموضع)" + E, 11, Scan.triggers("نقل", "انتقال", "تنتقل", "ينتقل", "انتشار", "تموضع")),
            rule(Cue.Kind.RELOCATE, "(?<![\\p{L}])(?:moved|relocat\\w*|redeploy\\w*|shifted)", 0, Scan.triggers("move", "relocat", "redeploy", "shifted")),
            rule(Cue.Kind.ABSENCE, W + "(?:لا\\s+(?:يوجد|توجد)|لم\\s+يعد|لن\\s+يكون|لم\\s+يبق|لم\\s+يتبق|لا\\s+يتواجد)(?:\\s+\\S+){0,2}\\s+(?:اي|احد)" + E, 3, Scan.triggers("لا يوجد", "لا توجد", "لم يعد", "لن يكون", "لم يبق", "لم يتبق", "لا يتواجد")),
            rule(Cue.Kind.ABSENCE, W + "(?:خال|خاليه|خاليا|تخلو|ستخلو|يخلو)" + E + "(?:\\s+\\S+)?\\s+(?:من|تماما)", 4, Scan.triggers("خال", "تخلو", "يخلو")),
            rule(Cue.Kind.ABSENCE, "(?<![\\p{L}])no (?:\\S+ ){0,2}(?:forces|troops|soldiers|personnel|advisers) (?:\\S+ ){0,2}(?:would |will )?(?:remain|left|stay)\\w*", 0, Scan.triggers("no ")),
            rule(Cue.Kind.CONTROL, W + "(?:سيطرتها\\s+الكامله|السيطره\\s+الكامله|سيطره\\s+كامله|تحت\\s+الاداره\\s+الكامله|بعهده|عراقيه\\s+بالكامل|بالكامل\\s+بعهده|باداره\\s+\\S+(?:\\s+\\S+)?\\s+بالكامل)", 5, Scan.triggers("سيطر", "تحت", "بعهده", "عراقيه", "بالكامل", "باداره")),
            rule(Cue.Kind.CONTROL, "(?<![\\p{L}])(?:under (?:full )?iraqi control|to iraqi control)", 11, Scan.triggers("iraqi control")),
            rule(Cue.Kind.END_PRESENCE, W + "(?:ال)?(?:انهاء|انتهاء|انهى|انهت|ينهي|ستنهي|انتهت|انتهي|تنتهي|ينتهي|ستنتهي|سينتهي)\\s+(?:ال)?(?:وجود|تواجد|مهمه|مهمته|مهمتها|المهمه)" + E
                    + "(?:\\s+(?:ال)?(?:عسكري\\S*|التحالف|قوات|القوات|الاجنبي\\S*|الامريكي\\S*|الاميركي\\S*))?", 6, Scan.triggers("انهاء", "انتهاء", "انهي", "انهت", "ينهي", "تنهي", "انتهت", "انتهي", "تنتهي", "ينتهي")),
            rule(Cue.Kind.END_PRESENCE, W + "(?:مهمه|مهام)\\s+التحالف(?:\\s+\\S+){0,4}\\s+(?:اكتملت|انتهت)", 3, Scan.triggers("مهمه", "مهام")),
            rule(Cue.Kind.END_PRESENCE, "(?<![\\p{L}])(?:mission (?:\\S+ ){0,4}(?:will )?(?:end|wind down)|end (?:their|its|the) (?:presence|mission))", 0, Scan.triggers("mission", "end ")),
            rule(Cue.Kind.END_PRESENCE, W + "(?:ال)?(?:انسحاب|الانسحاب)\\s+(?:ال)?كامل" + E, 16, Scan.triggers("كامل")),
            rule(Cue.Kind.EVACUATE, W + "(?:ال)?(?:اخلاء|اخليت|اخلت|يخلي|تخلي)" + E, 5, Scan.triggers("اخلاء", "اخليت", "اخلت", "يخلي", "تخلي")),
            rule(Cue.Kind.EVACUATE, "(?<![\\p{L}])(?:evacuat\\w*|vacated|vacate)", 0, Scan.triggers("evacuat", "vacate")),
            rule(Cue.Kind.HANDOVER, W + "(?:ال)?(?:تسليم|تسليمها|تسلم|تسلمت|تسلمتا|تتسلم|يتسلم|استلام|استلمت|تستلم|يستلم|سلم|سلمت|يسلم|تسلم|ستسلم|ستسلم|سلمها)" + E, 7, Scan.triggers("سلم", "تسليم", "استلام", "استلم", "تستلم", "يستلم")),
            rule(Cue.Kind.HANDOVER, "(?<![\\p{L}])(?:hand(?:ed|s|ing)? (?:\\S+ ){0,4}?over|handover|transferr?(?:ed|ing)?)", 0, Scan.triggers("hand", "transfer")),
            rule(Cue.Kind.LEAVE, W + "(?:ال)?(?:مغادره|مغادرتها|مغادرتهم|غادر|غادرت|غادروا|يغادر|تغادر|يغادرون|سيغادر|سيغادرون|ستغادر|يغادره|غادرها|المغادرون|خروج|اخراج|خرجت|خرج|يخرج|تخرج|رحيل)" + E, 7, Scan.triggers("غادر", "مغادر", "خروج", "اخراج", "خرج", "رحيل")),
            rule(Cue.Kind.LEAVE, "(?<![\\p{L}])(?:left|leave|leaves|leaving|depart\\w*|exit|pull(?:ed|ing|s)? out(?! of)|pull(?:ed|ing|s)? out of)", 0, Scan.triggers("left", "leav", "depart", "exit", "pull")),
            rule(Cue.Kind.WITHDRAW, W + "(?:ال)?(?:انسحاب|انسحابها|انسحابه|انسحابا|انسحب|انسحبت|ينسحب|تنسحب|سحب|يسحب|تسحب|سحبت|سحبهم|سحبها)" + E, 7, Scan.triggers("سحب", "سحاب")),
            rule(Cue.Kind.WITHDRAW, "(?<![\\p{L}])(?:withdr[ae]w\\w*|drawdown|draw down)", 0, Scan.triggers("withdr", "draw")),
            rule(Cue.Kind.PRESENT, W + "(?:ال)?(?:تواجد|تواجدهم|تتواجد|يتواجد|يتواجدون|سيتواجدون|وجود|وجوده|وجودها|يوجد|توجد|موجود|موجودون|موجوده|متمركز|متمركزه|يتمركزون|تتمركز|تمركزت|تمركز|يتوزعون|يتوزع|تتوزع|ستتوزع|سيتوزعون|تستضيف|استضافت|يستضيف|ينتشر|تنتشر|انتشار|مراكز\\s+القوات|تضم\\s+جنودا|تتجمع|يتجمع|تجمع)" + E, 7, Scan.triggers("تواجد", "وجود", "يوجد", "توجد", "موجود", "تمركز", "توزع", "ستضيف", "ستضاف", "نتشر", "انتشار", "مراكز", "تضم", "تجمع")),
            rule(Cue.Kind.PRESENT, W + "(?:بقاء|البقاء|يبقي|تبقي|ستبقي|سيبقي|سيبقون|يبقون|باقون|تستمر|يستمر|سيستمر|ستستمر)" + E, 5, Scan.triggers("بقاء", "بقي", "بقون", "باقون", "ستمر")),
            rule(Cue.Kind.PRESENT, W + "(?:يضم|تضم|يستضيف|تستضيف)(?:\\s+\\S+){0,2}\\s+(?:ال)?(?:جنود|قوات|مستشار|عسكري|عدد)\\S*", 3, Scan.triggers("يضم", "تضم")),
            rule(Cue.Kind.PRESENT, W + "(?:بقي|بقيت|ظل|ظلت)(?![\\p{L}])", 3, Scan.triggers("بقي", "ظل")),
            rule(Cue.Kind.PRESENT, W + "(?:عدد\\s+(?:ال)?(?:جنود|قوات|عسكريين|القوات|العسكريين)(?:\\s+\\S+){0,4}\\s+(?:يبلغ|نحو|بنحو|يقدر))", 3, Scan.triggers("عدد")),
            rule(Cue.Kind.PRESENT, "(?<![\\p{L}])(?:troops (?:are |were )?(?:deployed|stationed|based|currently in|in iraq)|are (?:currently |now )?(?:deployed|stationed|based) |most of them at|continue to operate|hosting|presence|concentrat\\w*)", 14, Scan.triggers("troops", "deployed", "stationed", "based", "most of them", "continue to operate", "hosting", "presence", "concentrat")));

    static final Scan.Dictionary TRIGGERS = new Scan.Dictionary(RULES.stream().map(Rule::triggers).toList());
    private static final int[][] TRIGGER_IDS = RULES.stream().map(r -> TRIGGERS.ids(r.triggers())).toArray(int[][]::new);

    private static final Pattern FUTURE_PREFIX = Rx.compile("^[وف]?س[يتن](?!طر)");
    private static final Pattern NEGATION_BEFORE = Rx.compile("(?s).*(?:^|\\s)[و]?(?:لم|لن|لا)\\s+$");

    private Predicates() {
    }

    /**
     * A cue pattern with the words one of which each match holds, at most {@code reach} characters after
     * the match start: the stem of a verb or noun after up to three clitics and the article, or for a
     * phrase of several words, a word near its beginning, since the words after it may vary in number.
     */
    private static Rule rule(Cue.Kind kind, String regex, int reach, String[] triggers) {
        return new Rule(kind, Rx.compile(regex), triggers, reach);
    }

    /** Every cue in {@code norm}, ordered by position; a phrase claimed by an earlier rule is not matched again. */
    static List<Cue> find(String norm) {
        return find(new Scan.Text(norm));
    }

    /** Like {@link #find(String)} over a text whose trigger words may already have been found. */
    static List<Cue> find(Scan.Text text) {
        String norm = text.text();
        List<Cue> out = new ArrayList<>();
        boolean[] taken = new boolean[norm.length() + 1];
        for (int ri = 0; ri < RULES.size(); ri++) {
            Rule r = RULES.get(ri);
            for (MatchResult m : Scan.find(r.pattern, text, TRIGGERS, TRIGGER_IDS[ri], r.reach, false, null, false)) {
                if (taken[m.start()] || taken[Math.max(m.start(), m.end() - 1)]) {
                    continue;
                }
                for (int i = m.start(); i < m.end(); i++) {
                    taken[i] = true;
                }
                String word = m.group();
                boolean future = FUTURE_PREFIX.matcher(word).find() || word.startsWith("will ");
                String before = norm.substring(Math.max(0, m.start() - 8), m.start());
                boolean negated = NEGATION_BEFORE.matcher(before).matches();
                out.add(new Cue(m.start(), m.end(), r.kind, future, negated));
            }
        }
        out.sort(Comparator.comparingInt(Cue::start));
        return merged(out);
    }

    /** Joins a cue to the next one of the same kind when only a space separates them ("يستمر وجوده"). */
    private static List<Cue> merged(List<Cue> cues) {
        List<Cue> out = new ArrayList<>();
        for (Cue c : cues) {
            if (!out.isEmpty()) {
                Cue last = out.get(out.size() - 1);
                if (last.kind() == c.kind() && c.start() - last.end() <= 2 && c.start() >= last.end()) {
                    out.set(out.size() - 1, new Cue(last.start(), c.end(), c.kind(), last.future() || c.future(),
                            last.negated()));
                    continue;
                }
            }
            out.add(c);
        }
        return out;
    }
}
