package org.basewatch.processor.extract;

import org.basewatch.contracts.Places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * The Arabic and English names and spelling variants of the places basewatch tracks, and the
 * rules that tell a place name from the same word used as a city, a country in a list or a noun.
 */
final class Gazetteer {
    /** A name pattern of a place, with its place's trigger words and how far before one of them a match may start. */
    record Alias(Pattern pattern, int[] triggers, int reach, String place, boolean weak, boolean listOnly) {
    }

    private static final String AL = "(?:ال|لل)";
    private static final Pattern COUNTRY_NEIGHBOUR = Rx.compile(
            "(?:سوريا|الاردن|ايران|تركيا|الكويت|السعوديه|لبنان)\\s*و\\s*$|^\\s*و\\s*(?:سوريا|الاردن|ايران|تركيا|الكويت|السعوديه|لبنان)");
    private static final Pattern CITY_BEFORE = Rx.compile(
            "(?:محافظه|مدينه|مدينتي|محافظتي|عاصمه|حكومه|مطار|جامعه|شمال|جنوب|شرق|غرب|قرب)\\s*$");

    private static final java.util.Map<String, String[]> TRIGGERS = java.util.Map.ofEntries(
            java.util.Map.entry("ain-al-asad", Scan.triggers("اسد", "asad", "البغدادي")),
            java.util.Map.entry("harir", Scan.triggers("حرير", "harir")),
            java.util.Map.entry("erbil-air-base", Scan.triggers("اربيل", "erbil")),
            java.util.Map.entry("joc-hq", Scan.triggers("العمليات", "joint operations", "joc")),
            java.util.Map.entry("victory", Scan.triggers("كتوريا", "النصر", "victory", "airport", "مطار")),
            java.util.Map.entry("union-iii", Scan.triggers("يونيون", "union")),
            java.util.Map.entry("taji", Scan.triggers("تاجي", "taji")),
            java.util.Map.entry("besmaya", Scan.triggers("بسمايه", "besmaya")),
            java.util.Map.entry("balad", Scan.triggers("بلد", "balad")),
            java.util.Map.entry("k1", Scan.triggers("كي", "k1", "k-1")),
            java.util.Map.entry("qayyarah", Scan.triggers("قياره", "qayyar")),
            java.util.Map.entry("al-qaim", Scan.triggers("قائم", "qaim")),
            java.util.Map.entry("taqaddum", Scan.triggers("التقدم", "حبانيه", "taqaddum", "habbaniya")),
            java.util.Map.entry("mosul", Scan.triggers("الموصل", "mosul")),
            java.util.Map.entry(Places.KURDISTAN, Scan.triggers("كردستان", "كوردستان", "اقليم", "kurdistan")),
            java.util.Map.entry(Places.FEDERAL, Scan.triggers("الاتحاديه", "federal")),
            java.util.Map.entry(Places.IRAQ, Scan.triggers("عراق", "iraq", "الاراضي", "البلاد")));
    /**
     * How far before its trigger a name of the place may start: three clitics, then the longest words its
     * names put before the trigger ("القاعده الملحقه بمطار " before "اربيل", "المناطق الرسميه " before "الاتحاديه").
     */
    private static final java.util.Map<String, Integer> REACH = java.util.Map.ofEntries(
            java.util.Map.entry("ain-al-asad", 12), java.util.Map.entry("harir", 7), java.util.Map.entry("erbil-air-base", 27),
            java.util.Map.entry("joc-hq", 15), java.util.Map.entry("victory", 15), java.util.Map.entry("union-iii", 5),
            java.util.Map.entry("taji", 7), java.util.Map.entry("besmaya", 5), java.util.Map.entry("balad", 12),
            java.util.Map.entry("k1", 5), java.util.Map.entry("qayyarah", 7), java.util.Map.entry("al-qaim", 8),
            java.util.Map.entry("taqaddum", 12), java.util.Map.entry("mosul", 11), java.util.Map.entry(Places.KURDISTAN, 11),
            java.util.Map.entry(Places.FEDERAL, 21), java.util.Map.entry(Places.IRAQ, 7));
    static final Scan.Dictionary DICTIONARY = new Scan.Dictionary(List.copyOf(TRIGGERS.values()));
    private static final Pattern TRAILING_PREPOSITION = Rx.compile("\\s*(?:في|الى|و)?\\s*$");

    private final List<Alias> aliases = new ArrayList<>();

    Gazetteer() {
        add("ain-al-asad", "عين\\s*" + AL + "اسد", "ain al[- ]?asad", "al[- ]asad air ?base");
        add("ain-al-asad", "قاعده" + "\\s+البغدادي");
        add("harir", AL + "?حرير", "harir");
        add("erbil-air-base", "مطار\\s+اربيل", "قاعده\\s+اربيل", "القاعده\\s+الملحقه\\s+بمطار\\s+اربيل",
                "قاعده\\s+جويه\\s+في\\s+اربيل", "erbil air ?base", "erbil airport", "airport base in erbil",
                "erbil international airport");
        addWeak("erbil-air-base", "(?<=(?:في|الى|و|in|to|and)\\s?)اربيل", "(?<=(?:in|to|and) )erbil");
        add("joc-hq", "مقر\\s+(?:قياده\\s+)?العمليات\\s+المشتركه", "joint operations command (?:hq|headquarters)",
                "joc (?:hq|headquarters)");
        add("victory", "ف[ي]?كتوريا", "(?:قاعده|معسكر)\\s+النصر", "victory base", "camp victory",
                "(?:baghdad|capital's) airport", "مطار\\s+بغداد");
        add("union-iii", "يونيون\\s*(?:3|ثري|iii)", "union (?:iii|3)");
        add("taji", AL + "تاجي", "taji");
        add("besmaya", "بسمايه", "besmaya");
        add("balad", "قاعده\\s+بلد", "قاعدتي\\s+بلد", "balad air ?base");
        add("k1", "كي\\s*وان", "k-?1(?![\\p{N}])");
        add("qayyarah", AL + "قياره", "qayyara[h]?");
        add("al-qaim", AL + "قائم(?!\\s+(?:بال|ب)?اعمال)", "al[- ]qaim");
        add("taqaddum", "قاعده\\s+التقدم", "قاعدتي\\s+التقدم", AL + "حبانيه", "taqaddum", "habbaniya[h]?");
        aliases.add(new Alias(Rx.compile("(?<=و)التقدم" + Rx.E), triggersOf("taqaddum", "التقدم"), REACH.get("taqaddum"), "taqaddum",
                false, true));
        add("mosul", "منشاه\\s+الموصل", "mosul facility");
        add(Places.KURDISTAN, "اقليم\\s+ك[و]?ردستان(?:\\s+العراق)?", "ك[و]?ردستان\\s+العراق", "ك[و]?ردستان",
                AL + "اقليم", "kurdistan(?: region)?", "iraqi kurdistan");
        add(Places.FEDERAL, "المناطق\\s+(?:الرسميه\\s+)?الاتحاديه", "federal (?:iraq|areas|regions)");
        add(Places.IRAQ, AL + "عراق", "iraq(?!i)", "الاراضي\\s+العراقيه", "iraqi soil");
        addWeak(Places.IRAQ, "(?<=(?:من|في|خارج)\\s)البلاد");
    }

    /** The name patterns, in the order they are tried. */
    List<Alias> aliases() {
        return List.copyOf(aliases);
    }

    private static final Pattern LOOK_BEHIND = Pattern.compile("\\(\\?<[=!](?:[^()]|\\([^()]*\\))*\\)");
    /** The trigger ids of each place in Arabic script and in Latin, one array each so that a text finds their positions once. */
    private static final java.util.Map<String, int[]> TRIGGER_IDS = triggerIds();

    private static java.util.Map<String, int[]> triggerIds() {
        java.util.Map<String, int[]> out = new java.util.HashMap<>();
        TRIGGERS.forEach((place, words) -> {
            for (boolean arabic : new boolean[]{true, false}) {
                String[] same = java.util.Arrays.stream(words).filter(w -> isArabic(w) == arabic).toArray(String[]::new);
                out.put(place + (arabic ? "|ar" : "|latin"), DICTIONARY.ids(same));
            }
        });
        return java.util.Map.copyOf(out);
    }

    /**
     * The triggers of {@code place} written in the script of {@code pattern}'s first letter (after any
     * look-behind): a name written in Arabic holds an Arabic trigger, one in Latin letters a Latin one,
     * so an Arabic text does not try the English names at every "اربيل".
     */
    private static int[] triggersOf(String place, String pattern) {
        String body = LOOK_BEHIND.matcher(pattern).replaceAll("");
        for (char c : body.toCharArray()) {
            if (Character.isLetter(c)) {
                return TRIGGER_IDS.get(place + (isArabic(String.valueOf(c)) ? "|ar" : "|latin"));
            }
        }
        throw new IllegalArgumentException("a place name without letters: " + pattern);
    }

    private static boolean isArabic(String word) {
        return word.charAt(0) >= 0x0600 && word.charAt(0) <= 0x06FF;
    }

    private void add(String place, String... patterns) {
        for (String p : patterns) {
            aliases.add(new Alias(Rx.compile(Rx.W + "(?:" + p + ")" + Rx.E), triggersOf(place, p), REACH.get(place), place, false,
                    false));
        }
    }

    private void addWeak(String place, String... patterns) {
        for (String p : patterns) {
            aliases.add(new Alias(Rx.compile("(?:" + p + ")" + Rx.E), triggersOf(place, p), REACH.get(place), place, true, false));
        }
    }

    /** Every place mention in {@code norm}, ordered by position, overlaps resolved in favour of the longest. */
    List<PlaceMention> find(String norm) {
        return find(new Scan.Text(norm));
    }

    /** Like {@link #find(String)} over a text whose trigger words may already have been found. */
    List<PlaceMention> find(Scan.Text text) {
        String norm = text.text();
        List<PlaceMention> raw = new ArrayList<>();
        for (Alias a : aliases) {
            for (MatchResult m : Scan.find(a.pattern, text, DICTIONARY, a.triggers, a.reach, false, null, a.weak || a.listOnly)) {
                if (accept(a, norm, m.start(), m.end(), raw)) {
                    raw.add(new PlaceMention(m.start(), m.end(), a.place, a.weak));
                }
            }
        }
        raw.sort(Comparator.comparingInt(PlaceMention::start).thenComparing(p -> -(p.end() - p.start())));
        List<PlaceMention> out = new ArrayList<>();
        int covered = -1;
        for (PlaceMention p : raw) {
            if (p.start() >= covered) {
                out.add(p);
                covered = p.end();
            } else if (!out.isEmpty() && out.get(out.size() - 1).place().equals(p.place())) {
                continue;
            }
        }
        return out;
    }

    private boolean accept(Alias a, String norm, int start, int end, List<PlaceMention> found) {
        String before = norm.substring(Math.max(0, start - 14), start);
        if (a.listOnly) {
            for (PlaceMention p : found) {
                if (p.end() <= start && start - p.end() <= 3) {
                    return true;
                }
            }
            return false;
        }
        if (a.place.equals(Places.IRAQ)) {
            String after = norm.substring(end, Math.min(norm.length(), end + 14));
            if (COUNTRY_NEIGHBOUR.matcher(before).find() || COUNTRY_NEIGHBOUR.matcher(after).find()) {
                return false;
            }
        }
        if (a.weak && a.place.equals("erbil-air-base")) {
            return !CITY_BEFORE.matcher(TRAILING_PREPOSITION.matcher(before).replaceAll("")).find();
        }
        return true;
    }
}
