package org.basewatch.processor.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the phrases that state or deny coalition presence, withdrawal, handover or an advisory role. */
final class Predicates {
    private record Rule(Cue.Kind kind, Pattern pattern) {
    }

    private static final String W = Rx.W;
    private static final String E = "\\p{L}{0,4}(?![\\p{L}])";
    private static final String GAP = "(?:\\s+\\S+){0,4}\\s+";

    private static final List<Rule> RULES = List.of(
            rule(Cue.Kind.END_COMBAT, W + "(?:ال)?(?:انتهاء|انهاء|انتهت|انتهي|انهت|انهي|تنهي|ينهي|نهايه)" + GAP
                    + "(?:ال)?(?:مهام|مهمه|مهمتها|مهمته|مهامه|مهامها|دور|دورها)\\s*(?:ال)?قتالي" + E),
            rule(Cue.Kind.END_COMBAT, W + "(?:ال)?(?:مهام|مهمه|مهمتها|مهمته)\\s+(?:ال)?قتاليه\\s+(?:قد\\s+)?(?:انتهت|انتهي)" + E),
            rule(Cue.Kind.END_COMBAT, W + "(?:لن\\s+\\S+" + GAP + "(?:في\\s+)?مهمه\\s+قتاليه|(?:مهمه|المهام|مهام)\\s+غير\\s+(?:ال)?قتالي" + E + ")"),
            rule(Cue.Kind.END_COMBAT, "(?<![\\p{L}])(?:combat (?:mission|role)s?(?: in iraq)?(?:\\s+\\S+){0,4}\\s+(?:be |is |was )?(?:over|end|ended|ends|ending)"
                    + "|(?:end|ended|ending) (?:of )?(?:its |the |their )?combat (?:mission|role)|no longer (?:be )?(?:engaged )?in (?:a )?combat|non-combat)"),
            rule(Cue.Kind.ADVISORY, W + "(?:ال)?(?:تحول|تتحول|يتحول|تحولت|التحول|تنتقل|ينتقل|انتقال|الانتقال)\\S*" + "(?:\\s+\\S+){0,8}\\s+(?:الي|نحو)\\s+(?:ال)?(?:استشار|مشوره|تدريب|مهمه\\s+غير|مهام\\s+غير|المهام\\s+غير)\\S*"),
            rule(Cue.Kind.ADVISORY, W + "(?:يقتصر|تقتصر|يقتصر|مقتصرا|مقتصره|اقتصار)\\S*\\s+علي\\s+(?:ال)?(?:مشوره|استشار|تدريب)\\S*"),
            rule(Cue.Kind.ADVISORY, W + "(?:بقاء|ابقاء|الابقاء|البقاء|يبقي|تبقي|سيبقي|ستبقي|يبق)(?:\\s+علي)?(?:\\s+\\S+){0,3}\\s+(?:ال)?(?:مستشار|بعثات\\s+\\S*استشاري|بعثاتها\\s+الاستشاري)\\S*"),
            rule(Cue.Kind.ADVISORY, W + "(?:لم\\s+يبق|لم\\s+يتبق|لا\\s+يبقي)\\s+(?:\\S+\\s+)?(?:الا|سوي)\\s+(?:ال)?مستشار\\S*"),
            rule(Cue.Kind.ADVISORY, W + "(?:ستستمر|تستمر|يستمر|سيستمر|مستمر)\\S*(?:\\s+\\S+){0,4}\\s+(?:في\\s+)?(?:مجال|مجالات|علي\\s+سبيل)\\s+(?:ال)?(?:تدريب|استشار|مشوره)\\S*"),
            rule(Cue.Kind.ADVISORY, "(?<![\\p{L}])(?:advis[eo]rs? (?:remain|stay|will remain|would remain)|leaving advisers|limited to training|advisory (?:capacity|role|mission)|advise(?:,| and) assist)"),
            rule(Cue.Kind.RELOCATE, W + "(?:نقل|نقلت|نقلهم|نقلها|ينقل|تنقل|ونقل|انتقال|تنتقل|ستنتقل|ينتقل|سينتقل|اعاده\\s+انتشار|اعاده\\s+التموضع|اعاده\\s+تموضع)" + E),
            rule(Cue.Kind.RELOCATE, "(?<![\\p{L}])(?:moved|relocat\\w*|redeploy\\w*|shifted)"),
            rule(Cue.Kind.ABSENCE, W + "(?:لا\\s+(?:يوجد|توجد)|لم\\s+يعد|لن\\s+يكون|لم\\s+يبق|لم\\s+يتبق|لا\\s+يتواجد)(?:\\s+\\S+){0,2}\\s+(?:اي|احد)" + E),
            rule(Cue.Kind.ABSENCE, W + "(?:خال|خاليه|خاليا|تخلو|ستخلو|يخلو)" + E + "(?:\\s+\\S+)?\\s+(?:من|تماما)"),
            rule(Cue.Kind.ABSENCE, "(?<![\\p{L}])no (?:\\S+ ){0,2}(?:forces|troops|soldiers|personnel|advisers) (?:\\S+ ){0,2}(?:would |will )?(?:remain|left|stay)\\w*"),
            rule(Cue.Kind.CONTROL, W + "(?:سيطرتها\\s+الكامله|السيطره\\s+الكامله|سيطره\\s+كامله|تحت\\s+الاداره\\s+الكامله|بعهده|عراقيه\\s+بالكامل|بالكامل\\s+بعهده|باداره\\s+\\S+(?:\\s+\\S+)?\\s+بالكامل)"),
            rule(Cue.Kind.CONTROL, "(?<![\\p{L}])(?:under (?:full )?iraqi control|to iraqi control)"),
            rule(Cue.Kind.END_PRESENCE, W + "(?:ال)?(?:انهاء|انتهاء|انهى|انهت|ينهي|ستنهي|انتهت|انتهي|تنتهي|ينتهي|ستنتهي|سينتهي)\\s+(?:ال)?(?:وجود|تواجد|مهمه|مهمته|مهمتها|المهمه)" + E
                    + "(?:\\s+(?:ال)?(?:عسكري\\S*|التحالف|قوات|القوات|الاجنبي\\S*|الامريكي\\S*|الاميركي\\S*))?"),
            rule(Cue.Kind.END_PRESENCE, W + "(?:مهمه|مهام)\\s+التحالف(?:\\s+\\S+){0,4}\\s+(?:اكتملت|انتهت)"),
            rule(Cue.Kind.END_PRESENCE, "(?<![\\p{L}])(?:mission (?:\\S+ ){0,4}(?:will )?(?:end|wind down)|end (?:their|its|the) (?:presence|mission))"),
            rule(Cue.Kind.END_PRESENCE, W + "(?:ال)?(?:انسحاب|الانسحاب)\\s+(?:ال)?كامل" + E),
            rule(Cue.Kind.EVACUATE, W + "(?:ال)?(?:اخلاء|اخليت|اخلت|يخلي|تخلي)" + E),
            rule(Cue.Kind.EVACUATE, "(?<![\\p{L}])(?:evacuat\\w*|vacated|vacate)"),
            rule(Cue.Kind.HANDOVER, W + "(?:ال)?(?:تسليم|تسليمها|تسلم|تسلمت|تسلمتا|تتسلم|يتسلم|استلام|استلمت|تستلم|يستلم|سلم|سلمت|يسلم|تسلم|ستسلم|ستسلم|سلمها)" + E),
            rule(Cue.Kind.HANDOVER, "(?<![\\p{L}])(?:hand(?:ed|s|ing)? (?:\\S+ ){0,4}?over|handover|transferr?(?:ed|ing)?)"),
            rule(Cue.Kind.LEAVE, W + "(?:ال)?(?:مغادره|مغادرتها|مغادرتهم|غادر|غادرت|غادروا|يغادر|تغادر|يغادرون|سيغادر|سيغادرون|ستغادر|يغادره|غادرها|المغادرون|خروج|اخراج|خرجت|خرج|يخرج|تخرج|رحيل)" + E),
            rule(Cue.Kind.LEAVE, "(?<![\\p{L}])(?:left|leave|leaves|leaving|depart\\w*|exit|pull(?:ed|ing|s)? out(?! of)|pull(?:ed|ing|s)? out of)"),
            rule(Cue.Kind.WITHDRAW, W + "(?:ال)?(?:انسحاب|انسحابها|انسحابه|انسحابا|انسحب|انسحبت|ينسحب|تنسحب|المنسحبه|سحب|يسحب|تسحب|سحبت|سحبهم|سحبها)" + E),
            rule(Cue.Kind.WITHDRAW, "(?<![\\p{L}])(?:withdr[ae]w\\w*|drawdown|draw down)"),
            rule(Cue.Kind.PRESENT, W + "(?:ال)?(?:تواجد|تواجدهم|تتواجد|يتواجد|يتواجدون|سيتواجدون|وجود|وجوده|وجودها|يوجد|توجد|موجود|موجودون|موجوده|متمركز|متمركزه|يتمركزون|تتمركز|تمركزت|تمركز|يتوزعون|يتوزع|تتوزع|ستتوزع|سيتوزعون|تستضيف|استضافت|يستضيف|ينتشر|تنتشر|انتشار|مراكز\\s+القوات|تضم\\s+جنودا|تتجمع|يتجمع|تجمع)" + E),
            rule(Cue.Kind.PRESENT, W + "(?:بقاء|البقاء|يبقي|تبقي|ستبقي|سيبقي|سيبقون|يبقون|باقون|المتبقيه|المتبقين|المتبقون|تستمر|يستمر|سيستمر|ستستمر)" + E),
            rule(Cue.Kind.PRESENT, W + "(?:عدد\\s+(?:ال)?(?:جنود|قوات|عسكريين|القوات|العسكريين)(?:\\s+\\S+){0,4}\\s+(?:يبلغ|نحو|بنحو|يقدر))"),
            rule(Cue.Kind.PRESENT, "(?<![\\p{L}])(?:troops (?:are |were )?(?:deployed|stationed|based|currently in|in iraq)|are (?:currently |now )?(?:deployed|stationed|based) |most of them at|continue to operate|hosting|presence|concentrat\\w*)"));

    private static final Pattern FUTURE_PREFIX = Rx.compile("^[وف]?س[يتن](?!طر)");

    private Predicates() {
    }

    private static Rule rule(Cue.Kind kind, String regex) {
        return new Rule(kind, Rx.compile(regex));
    }

    /** Every cue in {@code norm}, ordered by position; a phrase claimed by an earlier rule is not matched again. */
    static List<Cue> find(String norm) {
        List<Cue> out = new ArrayList<>();
        boolean[] taken = new boolean[norm.length() + 1];
        for (Rule r : RULES) {
            Matcher m = r.pattern.matcher(norm);
            while (m.find()) {
                if (taken[m.start()] || taken[Math.max(m.start(), m.end() - 1)]) {
                    continue;
                }
                for (int i = m.start(); i < m.end(); i++) {
                    taken[i] = true;
                }
                String word = m.group();
                boolean future = FUTURE_PREFIX.matcher(word).find() || word.startsWith("will ");
                String before = norm.substring(Math.max(0, m.start() - 8), m.start());
                boolean negated = before.matches("(?s).*(?:^|\\s)[و]?(?:لم|لن|لا)\\s+$");
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
