package org.basewatch.processor.validate;

import org.basewatch.contracts.Article;
import org.basewatch.contracts.Json;
import org.basewatch.processor.extract.ClaimExtractor;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The topic test never takes an article the extractor makes a claim of, and does take news about other things. */
class TopicTestTest {
    private static final Path SHARED_CORPUS = sharedCorpus();
    private static final List<Path> CORPORA = List.of(Path.of("..", "samples", "articles.jsonl"),
            SHARED_CORPUS.resolve("seeds.jsonl"), SHARED_CORPUS.resolve("dev.jsonl"), SHARED_CORPUS.resolve("dev2.jsonl"),
            SHARED_CORPUS.resolve("check.jsonl"));
    private final TopicTest topic = new TopicTest();

    @Test
    void shouldKeepEveryArticleOfTheLabelledCorporaThatMakesAClaim() throws IOException {
        ClaimExtractor extractor = new ClaimExtractor();
        List<String> lost = new ArrayList<>();
        int withClaims = 0;
        for (Path corpus : CORPORA) {
            if (!Files.exists(corpus)) {
                continue;
            }
            for (String line : Files.readAllLines(corpus, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                Article article = Json.read(line, Article.class);
                if (!extractor.extract(article).isEmpty()) {
                    withClaims++;
                    if (!topic.isOnTopic(article)) {
                        lost.add(article.id());
                    }
                }
            }
        }
        assertTrue(withClaims > 100, "precondition: the corpora (" + SHARED_CORPUS + ") make claims, " + withClaims);
        assertEquals(List.of(), lost, "articles with claims the topic test would take out");
    }

    @Test
    void shouldTakeNewsThatNamesNoPlaceOfTheGazetteer() {
        assertFalse(topic.isOnTopic(article("ارتفعت أسعار النفط في الأسواق العالمية اليوم بعد قرار منظمة أوبك خفض الإنتاج،"
                + " وقال محللون إن الطلب في آسيا سيبقى قوياً حتى نهاية العام.")));
        assertFalse(topic.isOnTopic(article("فاز المنتخب الوطني لكرة القدم على نظيره في المباراة الودية بهدفين مقابل هدف.")));
        assertFalse(topic.isOnTopic(article(null)));
    }

    @Test
    void shouldKeepAnArticleThatNamesABase() {
        assertTrue(topic.isOnTopic(article("تسلمت القوات العراقية اليوم معسكر التاجي من قوات التحالف الدولي")));
    }

    /** {@code shared/corpus} beside the checkout, or beside a folder above it (a worktree one level deeper). */
    private static Path sharedCorpus() {
        Path dir = Path.of("..", "..").toAbsolutePath().normalize();
        for (int up = 0; up < 3 && dir != null; up++, dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("shared").resolve("corpus"))) {
                return dir.resolve("shared").resolve("corpus");
            }
        }
        return Path.of("..", "..", "shared", "corpus");
    }

    private static Article article(String text) {
        return new Article("a", null, null, "2024-01-01", "ar", null, text);
    }
}
