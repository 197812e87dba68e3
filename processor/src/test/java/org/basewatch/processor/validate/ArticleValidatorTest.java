package org.basewatch.processor.validate;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleValidatorTest {
    private static final String ARABIC = "أعلنت وزارة الدفاع العراقية أن القوات العراقية تسلمت قاعدة القائم من قوات التحالف الدولي بعد انسحاب آخر المستشارين منها.";
    private final ArticleValidator validator = new ArticleValidator(4096, 1000);

    private Validation check(String json) {
        return validator.validate(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shouldAcceptArabicArticleAndDetectItsLanguage() {
        Validation v = check("{\"id\":\"a1\",\"source\":\"x\",\"text\":\"" + ARABIC + "\",\"extra\":42}");
        assertTrue(v.isValid(), v.reason());
        assertEquals("a1", v.article().id());
        assertEquals("ar", v.article().language());
    }

    @Test
    void shouldAcceptEnglishWireCopy() {
        Validation v = check("{\"text\":\"The coalition handed over the al-Qaim base to Iraqi security forces on Tuesday, officials said.\"}");
        assertTrue(v.isValid(), v.reason());
        assertEquals("en", v.article().language());
        assertNull(v.article().id());
    }

    @Test
    void shouldRejectEmptyRecord() {
        assertEquals(ArticleValidator.EMPTY_RECORD, validator.validate(new byte[0]).reason());
        assertEquals(ArticleValidator.EMPTY_RECORD, validator.validate(null).reason());
    }

    @Test
    void shouldRejectInvalidUtf8() {
        byte[] bad = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        assertEquals(ArticleValidator.INVALID_UTF8, validator.validate(bad).reason());
    }

    @Test
    void shouldRejectCorruptJson() {
        Validation v = check("{\"text\": \"unterminated");
        assertEquals(ArticleValidator.CORRUPT_JSON, v.reason());
        assertFalse(v.detail().isBlank());
    }

    @Test
    void shouldRejectWrongTypes() {
        assertEquals(ArticleValidator.WRONG_TYPE, check("[1,2,3]").reason());
        assertEquals(ArticleValidator.WRONG_TYPE, check("{\"text\": 12}").reason());
        assertEquals(ArticleValidator.WRONG_TYPE, check("{\"text\":\"" + ARABIC + "\",\"publishedAt\":{\"y\":2021}}").reason());
    }

    @Test
    void shouldRejectMissingOrBlankText() {
        assertEquals(ArticleValidator.MISSING_TEXT, check("{\"id\":\"a\"}").reason());
        assertEquals(ArticleValidator.MISSING_TEXT, check("{\"text\":\"   \"}").reason());
    }

    @Test
    void shouldRejectGiganticText() {
        Validation v = check("{\"text\":\"" + "ا".repeat(1500) + "\"}");
        assertEquals(ArticleValidator.TOO_LARGE, v.reason());
        assertEquals(ArticleValidator.TOO_LARGE, validator.validate(new byte[5000]).reason());
    }

    @Test
    void shouldRejectHtmlSoup() {
        String soup = "<div><p>" + ARABIC + "</p><script>x()</script><div class=ad></div><span></span><a href=#>x</a></div>";
        assertEquals(ArticleValidator.HTML_MARKUP, check("{\"text\":\"" + soup.replace("\"", "\\\"") + "\"}").reason());
    }

    @Test
    void shouldRejectTextWithoutWords() {
        assertEquals(ArticleValidator.NO_WORDS, check("{\"text\":\"\uD83D\uDE80\uD83D\uDE80\uD83D\uDE80 !!! 123\"}").reason());
    }

    @Test
    void shouldRejectHebrewAndPersian() {
        String hebrew = "הכוחות האמריקאים החלו לסגת מהבסיס בעיראק לאחר הסכם בין הממשלות השבוע";
        assertEquals(ArticleValidator.UNSUPPORTED_LANGUAGE, check("{\"text\":\"" + hebrew + "\"}").reason());
        String persian = "نیروهای آمریکایی پایگاه عین الاسد را ترک کردند و این پایگاه به نیروهای عراقی تحویل داده شد";
        assertEquals(ArticleValidator.UNSUPPORTED_LANGUAGE, check("{\"text\":\"" + persian + "\"}").reason());
    }

    @Test
    void shouldStripNullBytesAndBidiControls() {
        Validation v = check("{\"text\":\"\\u0000\\u202B" + ARABIC + "\\u202C\"}");
        assertTrue(v.isValid(), v.reason());
        assertEquals(ARABIC, v.article().text());
    }
}
