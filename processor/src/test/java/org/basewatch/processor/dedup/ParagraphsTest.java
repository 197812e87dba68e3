package org.basewatch.processor.dedup;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ParagraphsTest {

    @Test
    void shouldKeepOnlyTheFirstCopyOfAPastedParagraph() {
        String text = "الفقرة الأولى.\nالفقرة الثانية.\nالفقرة الأولى.\nالخاتمة.";
        assertEquals("الفقرة الأولى.\nالفقرة الثانية.\nالخاتمة.", Paragraphs.collapseRepeats(text).text());
    }

    @Test
    void shouldTreatARepeatWithOtherPunctuationAndSpellingAsTheSameParagraph() {
        String text = "قال الكاظمي، إن القوات غادرت.\nتفاصيل.\nقال الكاظمي, ان القوات غادرت...";
        assertEquals("قال الكاظمي، إن القوات غادرت.\nتفاصيل.\n", Paragraphs.collapseRepeats(text).text());
    }

    @Test
    void shouldMapCollapsedOffsetsBackToTheOriginal() {
        String text = "أ\nب\nأ\nالخاتمة";
        Paragraphs.CollapsedText collapsed = Paragraphs.collapseRepeats(text);
        int inCollapsed = collapsed.text().indexOf("الخاتمة");
        assertEquals(text.indexOf("الخاتمة"), collapsed.originalIndex(inCollapsed));
        assertEquals(text.length(), collapsed.originalIndex(collapsed.text().length()));
    }

    @Test
    void shouldKeepBlankLinesAndTextsWithoutRepeats() {
        String text = "سطر\n\nسطر آخر\n\n";
        assertEquals(text, Paragraphs.collapseRepeats(text).text());
        assertEquals("", Paragraphs.collapseRepeats(null).text());
    }
}
