package org.basewatch.ingest.read;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
