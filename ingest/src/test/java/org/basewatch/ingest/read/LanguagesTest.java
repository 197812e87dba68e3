package org.basewatch.ingest.read;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Issue 14, item 5: the language guess reads the letters a text stands for, not the forms it is stored in. */
class LanguagesTest {
    private static final String ARABIC = "انسحبت القوات الأمريكية من قاعدة عين الأسد وسلمتها إلى القوات العراقية يوم أمس";

    @Test
    void shouldReadArabicInPresentationFormsAsArabic() {
        String isolated = isolatedForms(ARABIC);
        assertEquals("ar", Languages.detect(ARABIC));
        assertEquals("ar", Languages.detect(isolated));
        // an English dateline must not outweigh an Arabic body whose letters are all presentation forms
        assertEquals("ar", Languages.detect("BAGHDAD (Reuters) - the story of the day and the night\n" + isolated));
    }

    @Test
    void shouldIgnoreBidiMarksAndOtherInvisibleCharacters() {
        String marked = "\u200F\u2067" + String.join("\u200F \u200F", ARABIC.split(" ")).replace("ح", "ح\u00AD") + "\u2069\u200E";
        assertEquals("ar", Languages.detect(marked));
        assertEquals("en", Languages.detect("\u202AThe coalition handed over the base to the Iraqi forces on Sunday\u202C"));
    }

    @Test
    void shouldNameNoLanguageForTheNeighboursOfArabicNorForBinaryNoise() {
        // issue 14, item 6: sentences written for this test
        assertNull(Languages.detect("نیروهای آمریکایی امروز پایگاه عین الاسد را ترک کردند و ارتش عراق آن را تحویل گرفت"));
        assertNull(Languages.detect("هێزەکانی هاوپەیمانی ئەمڕۆ بنکەی عەین ئەلئەسەدیان جێهێشت و سوپای عێراق بنکەکەی وەرگرت"));
        assertNull(Languages.detect("امریکی فوج نے آج عین الاسد کا اڈہ خالی کر دیا اور عراقی فوج نے اسے سنبھال لیا ہے"));
        // a PNG read as text: its header, then bytes that happen to include a few English words
        StringBuilder png = new StringBuilder("\u0089PNG\r\n\u001a\n IHDR sRGB IDATx");
        Random random = new Random(6);
        for (int i = 0; i < 2000; i++) {
            png.append((char) random.nextInt(256));
            if (i % 200 == 0) {
                png.append(" the and of to in ");
            }
        }
        assertNull(Languages.detect(png.toString()));
    }

    /** Each letter as its isolated presentation form (U+FE70–FEFF), as some PDF extractors give it. */
    private static String isolatedForms(String text) {
        Map<Character, Character> forms = new HashMap<>();
        for (char c = '\uFE70'; c <= '\uFEFC'; c++) {
            String name = Character.getName(c);
            String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
            if (name != null && name.endsWith("ISOLATED FORM") && base.length() == 1) {
                forms.putIfAbsent(base.charAt(0), c);
            }
        }
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(forms.getOrDefault(c, c));
        }
        return out.toString();
    }
}
