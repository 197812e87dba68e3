package org.basewatch.processor.extract;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.basewatch.contracts.Article;
import org.basewatch.contracts.Claim;
import org.basewatch.processor.validate.ArticleValidator;
import org.basewatch.processor.validate.Validation;
import org.junit.jupiter.api.Timeout;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14: the processor's entry points take any input without an exception escaping and without hanging: the
 * validator any record value, the extractor any article. Without {@code JAZZER_FUZZ=1} (CI) each test runs its seeds in
 * {@code ExtractorFuzzTestInputs/} and an empty input; with it, Jazzer mutates them for {@link #FUZZ_FOR} each.
 */
class ExtractorFuzzTest {
    private static final String FUZZ_FOR = "30s";
    private static final int PER_INPUT_SECONDS = 10;
    private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");
    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();
    private static final ArticleValidator VALIDATOR = new ArticleValidator();

    /** A raw {@code articles} record, through validation and, when it is an article, extraction. */
    @FuzzTest(maxDuration = FUZZ_FOR)
    @Timeout(PER_INPUT_SECONDS)
    void recordValue(byte[] value) {
        Validation v = VALIDATOR.validate(value, NOW);
        assertNotNull(v);
        if (v.isValid()) {
            checkClaims(v.article(), EXTRACTOR.extract(v.article()));
        }
    }

    /** An article the validator never saw: the extractor is also called offline (`basewatch extract`). */
    @FuzzTest(maxDuration = FUZZ_FOR)
    @Timeout(PER_INPUT_SECONDS)
    void article(FuzzedDataProvider data) {
        String publishedAt = data.consumeBoolean() ? data.consumeString(30) : null;
        String title = data.consumeBoolean() ? data.consumeString(200) : null;
        Article article = new Article("fuzz", null, "fuzz", publishedAt, data.consumeBoolean() ? "ar" : null, title,
                data.consumeRemainingAsString());
        checkClaims(article, EXTRACTOR.extract(article));
    }

    /** Evidence offsets point into the article's own text, whatever it holds. */
    private static void checkClaims(Article article, List<Claim> claims) {
        assertNotNull(claims);
        int length = article.text() == null ? 0 : article.text().length();
        for (Claim c : claims) {
            assertTrue(c.start() >= 0 && c.start() <= c.end() && c.end() <= length, () -> "offsets " + c.start() + "-" + c.end() + " of " + length);
        }
    }
}
