package org.basewatch.processor.extract;

import org.basewatch.processor.text.ArabicNormalizer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LexiconTest {
    private static final Lexicon DEMAND = Lexicon.of("(?<![\\p{L}])[وف]?", "طالب|يطالب|urg(?:e|ed)|demand\\w*|completed?", "(?![\\p{L}])");

    @Test
    void shouldSplitOnlyTopLevelBars() {
        assertEquals(List.of("a(?:b|c)", "[|]", "d\\|e"), Lexicon.topLevelAlternatives("a(?:b|c)|[|]|d\\|e"));
    }

    @Test
    void shouldTakeTheLiteralBeginningLessAQuantifiedLetter() {
        assertEquals("urg", Lexicon.literalBeginning("urg(?:e|ed)"));
        assertEquals("demand", Lexicon.literalBeginning("demand\\w*"));
        assertEquals("complete", Lexicon.literalBeginning("completed?"));
        assertEquals("لا تكتمل الا", Lexicon.literalBeginning("لا تكتمل الا"));
        assertEquals("", Lexicon.literalBeginning("(?:ال)?قتالي"));
    }

    @Test
    void shouldAnswerAsItsPatternDoes() {
        for (String text : List.of("وطالب النواب بالانسحاب", "urged the government", "the demands grew", "complete the work",
                "لا شيء هنا", "completion")) {
            String norm = ArabicNormalizer.normalize(text);
            assertEquals(DEMAND.pattern().matcher(norm).find(), DEMAND.find(norm), text);
        }
        assertTrue(DEMAND.find("وطالب النواب"));
        assertFalse(DEMAND.find("completion"));
    }

    @Test
    void shouldTakeEscapedPunctuationAsLiteral() {
        assertEquals("u.s.", Lexicon.literalBeginning("u\\.s\\."));
        assertEquals("start", Lexicon.literalBeginning("start\\w*"));
    }

    @Test
    void shouldAnswerForPlainWordsWithoutThePatternAsThePatternWould() {
        Lexicon forces = Lexicon.of("", "قوات|جنود|u\\.s\\.|troops", "");
        for (String text : List.of("انسحبت القوات الامريكيه", "u.s. troops left", "us forces left", "الجندي", "لا شيء")) {
            String norm = ArabicNormalizer.normalize(text);
            assertEquals(forces.pattern().matcher(norm).find(), forces.find(new Scan.Text(norm), 0, norm.length()), text);
        }
        assertFalse(forces.find("us forces left"));
        assertTrue(forces.find("u.s. forces left"));
    }

    @Test
    void shouldSearchEverythingWhenAnAlternativeHasNoLiteralBeginning() {
        Lexicon loose = Lexicon.of("", "(?:ال)?قتالي|combat", "");
        assertTrue(loose.find("المهام القتاليه"));
    }

    @Test
    void shouldGiveNoMatcherForARegionWithoutItsWords() {
        String text = "نص بلا كلمة ثم طالب النواب";
        Scan.Text t = new Scan.Text(text);
        assertNull(DEMAND.matcher(t, 0, 10));
        assertFalse(DEMAND.find(t, 0, 16));
        Matcher m = DEMAND.matcher(t, 0, text.length());
        assertNotNull(m);
        assertTrue(m.find());
    }

    @Test
    void shouldSearchARegionAsIfItWereTheWholeText() {
        // "يطالب" cut after its first letter: inside the region "طالب" stands at the region's start, as in a substring
        String text = "ثم يطالب النواب";
        Scan.Text t = new Scan.Text(text);
        assertEquals(DEMAND.find(text.substring(4)), DEMAND.find(t, 4, text.length()));
        assertTrue(DEMAND.find(t, 4, text.length()));
        assertEquals(DEMAND.lastEnd(text.substring(3)), DEMAND.lastEnd(t, 3, text.length()));
    }

    @Test
    void shouldGiveTheEndOfTheLastMatch() {
        String text = "طالب ثم يطالب";
        assertEquals(text.length(), DEMAND.lastEnd(text));
        assertEquals(-1, DEMAND.lastEnd("لا شيء"));
    }
}
