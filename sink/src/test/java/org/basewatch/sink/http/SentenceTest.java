package org.basewatch.sink.http;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SentenceTest {
    private static final String TEXT = "بدأ الاجتماع صباحا. وقال المتحدث إن القوات غادرت قاعدة عين الأسد أمس؟ ثم انتهى\nسطر آخر";

    @Test
    void shouldCutTheSentenceAroundTheSpanAndPlaceTheSpanInsideIt() {
        String span = "القوات غادرت قاعدة عين الأسد";
        int start = TEXT.indexOf(span);

        Sentence s = Sentence.around(TEXT, start, start + span.length());

        assertEquals("وقال المتحدث إن القوات غادرت قاعدة عين الأسد أمس؟", s.text());
        assertEquals(span, s.text().substring(s.spanStart(), s.spanEnd()));
    }

    @Test
    void shouldStopAtALineBreak() {
        String span = "ثم انتهى";
        int start = TEXT.indexOf(span);

        assertEquals("ثم انتهى", Sentence.around(TEXT, start, start + span.length()).text());
    }

    @Test
    void shouldCutARunOnSentenceAroundTheSpan() {
        String filler = "كلمة ".repeat(200);
        String text = filler + "الهدف" + " " + filler;

        Sentence s = Sentence.around(text, filler.length(), filler.length() + 5);

        assertEquals("الهدف", s.text().substring(s.spanStart(), s.spanEnd()));
        assertEquals(true, s.text().length() <= 2 * Sentence.MAX_CONTEXT_CHARS + 5, "length " + s.text().length());
    }

    @Test
    void shouldFindAQuoteWhoseOffsetsNoLongerFitTheText() {
        Sentence s = Sentence.find(TEXT, "قاعدة عين الأسد", 3);

        assertEquals("وقال المتحدث إن القوات غادرت قاعدة عين الأسد أمس؟", s.text());
        assertEquals("قاعدة عين الأسد", s.text().substring(s.spanStart(), s.spanEnd()));
    }

    @Test
    void shouldGiveNothingForAQuoteAbsentFromTheText() {
        assertNull(Sentence.find(TEXT, "قاعدة حرير", 0));
        assertNull(Sentence.around(TEXT, 10, 5000));
    }
}
