package org.basewatch.processor.extract;

import org.basewatch.contracts.Article;
import org.basewatch.processor.text.ArabicNormalizer;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The date and place patterns are tried only from {@code reach} characters before one of their trigger
 * words (see {@link Scan}); every match found by an unrestricted search must hold a trigger that close
 * to its start, or the restricted search would miss it.
 */
class ScanReachTest {
    /** Our own sentences with the longest forms the patterns allow before their trigger words. */
    private static final List<String> LONG_FORMS = List.of(
            "وفي الحادي والثلاثين من من شهر كانون الأول 2021 أعلنت اللجنة",
            "وبالحادي والثلاثين من هذا الشهر الجاري تنتهي المهمة ويوم الحادي والثلاثين من هذا الشهر",
            "وبنهاية العام 2026 وفي نهاية هذا العام الحالي ومنتصف شهري آب وأيلول وخلال هذا الشهر",
            "وباليوم الأحد الماضي وصباح اليوم وهذا العام وبعد نحو شهرين من التسليم وفي شهري آب",
            "end of 2025, by the end of this year, on last Monday, since March 2020, in the coming year",
            "وبالقاعدة الملحقة بمطار أربيل وبقاعدة جوية في أربيل والمناطق الرسمية الاتحادية ومقر قيادة العمليات المشتركة",
            "airport base in Erbil, the capital's airport, Ain al-Asad, iraqi kurdistan, camp victory",
            "وبعين الأسد وقاعدتي بلد والتقدم وللقيارة وكي وان وبالحبانية ومنشأة الموصل وفكتوريا وبغداد والعراق",
            "الموعد 31/12/2021 و2021-12-31 وفي 6 تشرين الثاني 2025",
            "وبالانتهاء الرسمي من كل المهام القتالية وللتحول الكامل في طبيعة عمل القوات الى الاستشارة",
            "وبالابقاء على عدد من المستشارين ولم يتبق هناك سوى المستشارين وستستمر القوات في مجال التدريب",
            "وبالسيطرة الكاملة وتحت الإدارة الكاملة وبإدارة القوات العراقية بالكامل وللانسحاب الكامل",
            "وسينتهي وجود القوات ومهمة التحالف في العراق قد انتهت وبالمهام غير القتالية ولن تكون هناك مهمة قتالية",
            "وسيتواجدون وسيبقون وللمغادرين وستتسلم وسيغادرون ولن يكون هناك أي جندي وستخلو القاعدة من القوات",
            "under full Iraqi control, troops are currently deployed, limited to training, no longer engaged in a combat role");
    private static final List<String> DICTIONARY_WORDS = Gazetteer.DICTIONARY.words();

    private final List<String> texts = texts();

    @Test
    void shouldFindEveryDateMatchWithinReachOfItsTrigger() {
        for (DateResolver.Rule r : DateResolver.RULES) {
            assertWithinReach("date " + r.kind(), r.pattern(), r.triggers(), r.reach());
        }
    }

    @Test
    void shouldFindEveryCueMatchWithinReachOfItsTrigger() {
        for (Predicates.Rule r : Predicates.RULES) {
            assertWithinReach("cue " + r.kind(), r.pattern(), r.triggers(), r.reach());
        }
    }

    @Test
    void shouldFindEveryPlaceMatchWithinReachOfItsTrigger() {
        for (Gazetteer.Alias a : new Gazetteer().aliases()) {
            String[] words = new String[a.triggers().length];
            for (int i = 0; i < words.length; i++) {
                words[i] = DICTIONARY_WORDS.get(a.triggers()[i]);
            }
            assertWithinReach("place " + a.place(), a.pattern(), words, a.reach());
        }
    }

    @Test
    void shouldHaveTextsToCheck() {
        assertTrue(texts.size() > LONG_FORMS.size(), "the sample articles are missing");
    }

    private void assertWithinReach(String name, Pattern pattern, String[] triggers, int reach) {
        for (String text : texts) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                if (!triggerWithin(text, triggers, m.start(), Math.min(m.start() + reach, m.end() - 1))) {
                    fail(name + " matched \"" + m.group() + "\" with no trigger within "
                            + reach + " characters of its start");
                }
            }
        }
    }

    private static boolean triggerWithin(String text, String[] triggers, int from, int to) {
        for (String t : triggers) {
            int at = text.indexOf(t, from);
            if (at >= 0 && at <= to) {
                return true;
            }
        }
        return false;
    }


    private static List<String> texts() {
        List<String> out = new ArrayList<>();
        LONG_FORMS.forEach(t -> out.add(ArabicNormalizer.normalize(t)));
        List<Path> files = new ArrayList<>(List.of(Path.of("../samples/articles.jsonl"), Path.of("samples/articles.jsonl")));
        Path corpus = Corpus.dir();
        if (corpus != null) {
            files.add(corpus.resolve("seeds.jsonl"));
            files.add(corpus.resolve("dev.jsonl"));
        }
        for (Path f : files) {
            if (Files.exists(f)) {
                for (Article a : Corpus.articles(f)) {
                    out.add(ArabicNormalizer.withOffsets(a.text()).text());
                }
            }
        }
        return out;
    }
}
