package org.basewatch.processor.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArabicWordTest {

    @ParameterizedTest(name = "{0} reads as {1}")
    @CsvSource({
            "وبالقاعدة, القاعدة",
            "للقاعدة, القاعدة",
            "فسينسحبون, ينسحبون",
            "وانسحبت, انسحبت",
            "كالعادة, العادة",
            "بقاعدة, قاعدة"})
    void shouldReadAWordWithoutItsProclitics(String word, String reading) {
        assertTrue(ArabicWord.readings(norm(word)).contains(norm(reading)), ArabicWord.readings(norm(word)).toString());
    }

    @Test
    void shouldKeepEveryWordAmongItsOwnReadingsAndNeverReadOneLetter() {
        for (String w : new String[]{"لا", "لم", "كي", "وان", "بلد", "سلم"}) {
            assertTrue(ArabicWord.readings(w).contains(w), w);
            assertTrue(ArabicWord.readings(w).stream().allMatch(r -> r.length() >= 2), w);
        }
    }

    @Test
    void shouldTakeTheFutureSPrefixOnlyBeforeAnImperfect() {
        assertTrue(ArabicWord.isFuture(norm("سينسحب")));
        assertTrue(ArabicWord.isFuture(norm("وستغادر")));
        assertFalse(ArabicWord.isFuture(norm("سلمت")), "سلمت is a perfect verb, its س is a root letter");
        assertFalse(ArabicWord.readings(norm("سلم")).contains("لم"), "سلم is not س + لم");
    }

    private static String norm(String s) {
        return org.basewatch.processor.text.ArabicNormalizer.normalize(s);
    }
}
