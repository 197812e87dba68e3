package org.basewatch.processor.validate;

import org.junit.jupiter.api.Test;

import org.basewatch.contracts.Article;
import org.basewatch.contracts.Json;
import org.basewatch.contracts.PublicationDates;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

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
    void shouldDeadLetterTheLanguagesThatShareTheScriptOfArabicOrEnglish() {
        // issue 14, item 6: written for this test; Persian typed on an Arabic keyboard (ي and ك, none of پ چ ژ گ ک ی)
        // has no letter of its own, and French has the letters of English
        List<String> neighbours = List.of(
                "نيروهاي آمريكايي امروز از عين الاسد رفتند و ارتش عراق اكنون همه ساختمانها را در دست دارد",
                "هێزەکانی هاوپەیمانی ئەمڕۆ بنکەی عەین ئەلئەسەدیان جێهێشت و سوپای عێراق بنکەکەی وەرگرت",
                "امریکی فوج نے آج عین الاسد کا اڈہ خالی کر دیا اور عراقی فوج نے اسے سنبھال لیا ہے",
                "Les soldats de la coalition ont quitté la base d'Aïn al-Asad dimanche, selon l'armée irakienne.");
        for (String text : neighbours) {
            Validation v = check("{\"text\":\"" + text + "\"}");
            assertEquals(ArticleValidator.UNSUPPORTED_LANGUAGE, v.reason(), text);
            assertTrue(v.detail().startsWith("the text reads as "), v.detail());
        }
    }

    @Test
    void shouldStripNullBytesAndBidiControls() {
        Validation v = check("{\"text\":\"\\u0000\\u202B" + ARABIC + "\\u202C\"}");
        assertTrue(v.isValid(), v.reason());
        assertEquals(ARABIC, v.article().text());
    }

    @Test
    void shouldDecideTheLanguageWithoutTheBidiMarksAroundTheText() {
        // issue 14, item 5: marks, embeddings and isolates around a sentence (or around each of its words) are not
        // letters of any script and must not move the decision
        String[][] wraps = {{"\u200F", "\u200F"}, {"\u200E", "\u200E"}, {"\u061C", "\u061C"}, {"\u202B", "\u202C"},
                {"\u202E", "\u202C"}, {"\u2067", "\u2069"}, {"\u2068", "\u2069"}, {"\u200E\u2066\u200F", "\u200F\u2069\u200E"}};
        for (String[] wrap : wraps) {
            String around = wrap[0] + ARABIC + wrap[1];
            String eachWord = wrap[0] + String.join(wrap[1] + " " + wrap[0], ARABIC.split(" ")) + wrap[1];
            for (String text : List.of(around, eachWord)) {
                Validation v = validator.validate(Json.write(new Article(null, null, null, null, null, null, text))
                        .getBytes(StandardCharsets.UTF_8));
                assertTrue(v.isValid(), v.reason() + ": " + v.detail());
                assertEquals("ar", v.article().language());
            }
        }
    }

    @Test
    void shouldDecideTheLanguageOfPresentationFormsAsOfThePlainLetters() {
        Validation arabic = check("{\"text\":\"" + org.basewatch.processor.text.PresentationForms.of(ARABIC) + "\"}");
        assertTrue(arabic.isValid(), arabic.reason());
        assertEquals("ar", arabic.article().language());
        // Persian set in presentation forms is still Persian (its پ چ گ ی are presentation forms too)
        String persian = "نیروهای آمریکایی پایگاه عین الاسد را ترک کردند و این پایگاه به نیروهای عراقی تحویل داده شد";
        String shaped = presentationFormsWithFarsiYeh(persian);
        assertTrue(shaped.chars().noneMatch(c -> c >= 0x0600 && c <= 0x06FF), shaped);
        assertEquals(ArticleValidator.UNSUPPORTED_LANGUAGE, check("{\"text\":\"" + shaped + "\"}").reason());
    }

    /** Persian letters outside U+FE70–FEFF have their isolated forms in U+FB50–FBFF. */
    private static String presentationFormsWithFarsiYeh(String text) {
        String shaped = org.basewatch.processor.text.PresentationForms.of(text);
        StringBuilder out = new StringBuilder();
        for (char c : shaped.toCharArray()) {
            out.append(switch (c) {
                case '\u06CC' -> '\uFBFC';
                case '\u067E' -> '\uFB56';
                case '\u06A9' -> '\uFB8E';
                case '\u06AF' -> '\uFB92';
                case '\u0686' -> '\uFB7A';
                default -> c;
            });
        }
        return out.toString();
    }

    @Test
    void shouldDeadLetterUtf8ArabicThatWasDecodedAsWindows1256() throws Exception {
        String mojibake = new String(ARABIC.getBytes(StandardCharsets.UTF_8), "windows-1256");

        Validation v = check("{\"text\":\"" + mojibake + "\"}");

        assertEquals(ArticleValidator.GARBLED_TEXT, v.reason());
        assertTrue(v.detail().contains("windows-1256"), v.detail());
    }

    @Test
    void shouldDeadLetterUtf8ArabicThatWasDecodedAsLatin1() {
        String mojibake = new String(ARABIC.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);

        assertEquals(ArticleValidator.GARBLED_TEXT, check(Json.write(java.util.Map.of("text", mojibake))).reason());
    }

    @Test
    void shouldDeadLetterTextFullOfReplacementCharactersButNotAStrayOne() {
        String lossy = ARABIC.replace('ا', '\uFFFD').replace('ل', '\uFFFD');
        String stray = ARABIC + " \uFFFD";

        assertEquals(ArticleValidator.GARBLED_TEXT, check("{\"text\":\"" + lossy + "\"}").reason());
        assertTrue(check("{\"text\":\"" + stray + "\"}").isValid());
    }

    @Test
    void shouldFindNoMojibakeInRealArabicPress() throws Exception {
        // every article of the samples and the shared corpora is real-looking Arabic or English prose
        List<Path> sets = new java.util.ArrayList<>(List.of(Path.of("..", "samples", "articles.jsonl")));
        for (String set : List.of("seeds", "dev", "dev2", "check")) {
            Path p = Path.of("..", "..", "shared", "corpus", set + ".jsonl");
            if (Files.exists(p)) {
                sets.add(p);
            }
        }
        int read = 0;
        for (Path set : sets) {
            for (String line : Files.readAllLines(set)) {
                if (line.isBlank()) {
                    continue;
                }
                Article a = Json.read(line, Article.class);
                assertNull(GarbledText.diagnose(a.text()), set + " " + a.id());
                read++;
            }
        }
        assertTrue(read >= 10, "articles read: " + read);
    }

    @Test
    void shouldBoundThePublicationDateByTheTimeOfIngest() {
        Instant now = Instant.parse("2026-01-18T10:00:00Z");
        String article = "{\"publishedAt\":\"%s\",\"text\":\"" + ARABIC + "\"}";

        assertTrue(validator.validate(String.format(article, "2026-01-18").getBytes(StandardCharsets.UTF_8), now).isValid());
        assertEquals(PublicationDates.PUBLISHED_IN_FUTURE,
                validator.validate(String.format(article, "9999-01-01").getBytes(StandardCharsets.UTF_8), now).reason());
        assertEquals(PublicationDates.PUBLISHED_IN_FUTURE,
                validator.validate(String.format(article, "2026-06-01").getBytes(StandardCharsets.UTF_8), now).reason());
        assertEquals(PublicationDates.PUBLISHED_TOO_EARLY,
                validator.validate(String.format(article, "0000-01-01").getBytes(StandardCharsets.UTF_8), now).reason());
        assertEquals(PublicationDates.INVALID_DATE,
                validator.validate(String.format(article, "2020-02-30").getBytes(StandardCharsets.UTF_8), now).reason());
        assertEquals(PublicationDates.INVALID_DATE,
                validator.validate(String.format(article, "99999-01-01").getBytes(StandardCharsets.UTF_8), now).reason());
        // the same article read later (a replay) is judged by the time it came in, not by today
        assertEquals(PublicationDates.PUBLISHED_IN_FUTURE,
                validator.validate(String.format(article, "2026-06-01").getBytes(StandardCharsets.UTF_8),
                        ValidateArticles.timeOfIngest(now.toEpochMilli(), Instant.parse("2027-01-01T00:00:00Z").toEpochMilli())).reason());
    }

    @Test
    void shouldNeverTakeARecordTimestampLaterThanTheWallClock() {
        long wall = Instant.parse("2026-01-18T10:00:00Z").toEpochMilli();
        long forged = Instant.parse("9999-01-01T00:00:00Z").toEpochMilli();

        assertEquals(Instant.ofEpochMilli(wall), ValidateArticles.timeOfIngest(forged, wall));
        assertEquals(Instant.ofEpochMilli(wall), ValidateArticles.timeOfIngest(-1, wall));
        assertEquals(Instant.ofEpochMilli(wall - 5), ValidateArticles.timeOfIngest(wall - 5, wall));
    }
}
