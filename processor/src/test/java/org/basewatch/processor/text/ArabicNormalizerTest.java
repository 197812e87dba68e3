package org.basewatch.processor.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ArabicNormalizerTest {

    @Test
    void shouldFoldHamzaAlefForms() {
        assertEquals("عين الاسد", ArabicNormalizer.normalize("عين الأسد"));
        assertEquals("اعلن انسحاب ال", ArabicNormalizer.normalize("أعلن إنسحاب آل"));
        assertEquals("الاسد", ArabicNormalizer.normalize("ٱلأسد"));
    }

    @Test
    void shouldFoldTaMarbutaAndAlefMaqsura() {
        assertEquals("قاعده علي", ArabicNormalizer.normalize("قاعدة على"));
    }

    @Test
    void shouldStripDiacriticsAndTatweel() {
        assertEquals("قاعده", ArabicNormalizer.normalize("قَاعِدَةٌ"));
        assertEquals("العراق", ArabicNormalizer.normalize("العـــراق"));
        assertEquals("هذا", ArabicNormalizer.normalize("هٰذا"));
    }

    @Test
    void shouldMapArabicIndicAndPersianDigits() {
        assertEquals("31/12/2021", ArabicNormalizer.normalize("٣١/١٢/٢٠٢١"));
        assertEquals("2024", ArabicNormalizer.normalize("۲۰۲۴"));
    }

    @Test
    void shouldMapPunctuationVariants() {
        assertEquals("قال, \"نعم\"; لماذا?", ArabicNormalizer.normalize("قال، «نعم»؛ لماذا؟"));
        assertEquals("\"x\"", ArabicNormalizer.normalize("“X”"));
    }

    @Test
    void shouldLowercaseLatinAndCollapseWhitespace() {
        assertEquals("ain al-asad air base", ArabicNormalizer.normalize("  Ain   al-Asad\n\tAir Base  "));
    }

    @Test
    void shouldKeepLineBreaksInOffsetVariantOnly() {
        String original = "عنوان الخبر  \n\n  نص الخبر";
        assertEquals("عنوان الخبر\nنص الخبر", ArabicNormalizer.withOffsets(original).text());
        assertEquals("عنوان الخبر نص الخبر", ArabicNormalizer.normalize(original));
    }

    @Test
    void shouldStripInvisibleDirectionMarks() {
        assertEquals("حرير", ArabicNormalizer.normalize("\u200fحرير\u200e"));
    }

    @Test
    void shouldReturnEmptyForNull() {
        assertEquals("", ArabicNormalizer.normalize(null));
    }

    @Test
    void shouldMapEveryNormalizedCharacterBackToItsOriginal() {
        String original = "  قاعـدة  عَيْن الأسد\n٢٠٢١ Base";
        NormalizedText n = ArabicNormalizer.withOffsets(original);
        assertEquals(ArabicNormalizer.normalize(original), n.text().replace('\n', ' '));
        for (int i = 0; i < n.length(); i++) {
            char expected = n.text().charAt(i) == '\n' ? ' ' : n.text().charAt(i);
            assertEquals(expected, ArabicNormalizer.foldChar(original.charAt(n.originalIndex(i))), "index " + i);
        }
        int at = n.text().indexOf("عين الاسد");
        String span = original.substring(n.originalStart(at), n.originalEnd(at + "عين الاسد".length()));
        assertEquals("عَيْن الأسد", span);
    }

    @Test
    void shouldFoldPresentationFormsToTheLettersTheyStandFor() {
        String plain = "انسحبت القوات الأمريكية من قاعدة عين الأسد";
        String shaped = PresentationForms.of(plain);
        assertEquals(ArabicNormalizer.normalize(plain), ArabicNormalizer.normalize(shaped));
        assertEquals(ArabicNormalizer.withOffsets(plain).text(), ArabicNormalizer.withOffsets(shaped).text());
        // a phrase ligature is its words; an isolated vowel mark (a space and a fathatan) does not split a word
        assertEquals("صلي الله عليه وسلم", ArabicNormalizer.normalize("\uFDFA"));
        assertEquals("شكرا", ArabicNormalizer.normalize("شكر\uFE70ا"));
    }

    @Test
    void shouldMapEachLetterOfALigatureToTheLigature() {
        String original = "\u200Fقاعدة \uFEF7\uFEB3\uFEAA\u200F";   // «أسد» with a lam-alef-hamza ligature: «لأسد»
        NormalizedText n = ArabicNormalizer.withOffsets(original);
        assertEquals("قاعده لاسد", n.text());
        int lam = n.text().indexOf('ل');
        assertEquals(7, n.originalStart(lam));
        assertEquals(7, n.originalStart(lam + 1));
        assertEquals(8, n.originalEnd(lam + 1), "a span ending on the alef of the ligature ends after the ligature");
        assertEquals(original.length() - 1, n.originalEnd(n.length()));
    }

    @Test
    void shouldDropFormatCharactersInsideWords() {
        for (char c : new char[] {'\u00AD', '\u200C', '\u200D', '\u0640', '\u2060', '\u200E', '\u200F', '\u061C',
                '\u202B', '\u202C', '\u2066', '\u2067', '\u2068', '\u2069', '\uFEFF'}) {
            assertEquals("قاعده حرير", ArabicNormalizer.normalize("قاعدة ح" + c + "رير"), String.format("U+%04X", (int) c));
            NormalizedText n = ArabicNormalizer.withOffsets("ح" + c + "رير");
            assertEquals("حرير", n.text());
            assertEquals(5, n.originalEnd(4));
        }
    }
}
