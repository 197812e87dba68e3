package org.basewatch.bench;

import org.basewatch.contracts.Article;
import org.basewatch.processor.dedup.Fingerprints;
import org.basewatch.processor.extract.ClaimExtractor;
import org.basewatch.processor.validate.ArticleValidator;
import org.basewatch.processor.validate.TopicTest;
import org.basewatch.processor.validate.Validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Times the processor's own work per article, in-process and without Kafka, over a long stream:
 * validation, the exact fingerprint, the story lookup (an in-memory set standing in for the
 * {@code story-fingerprints} store) and, for originals, claim extraction. Comparing the first tenth
 * of the stream with the last shows whether the cost per article grows as the stream goes on;
 * the claims counted are those of the timed tenths and of the sampled articles between them.
 */
public final class CostProbe {
    /**
     * Cost per article over the first and last tenth of the stream: each tenth is cut into ten
     * chunks and the median chunk's mean is taken, so a burst of other load on the machine moves
     * one chunk, not the figure.
     */
    public record Result(long articles, double firstNanos, double lastNanos, long claims, long duplicates,
                         long failures, String firstFailure, long offTopic) {
        public double growth() {
            return lastNanos / firstNanos;
        }
    }

    static final int MIDDLE_EXTRACT_EVERY = 10;
    private static final int CHUNKS = 10;
    private final ArticleGenerator generator;
    private final ArticleValidator validator = new ArticleValidator();
    private final ClaimExtractor extractor = new ClaimExtractor();
    private final TopicTest topic = new TopicTest();
    private long offTopic;
    private long failures;
    private String firstFailure;

    public CostProbe(ArticleGenerator generator) {
        this.generator = generator;
    }

    public Result run(long articles) {
        if (articles < 20) {
            throw new IllegalArgumentException("the cost probe needs at least 20 articles, got " + articles);
        }
        long window = articles / 10;
        // compiled code, not the interpreter, is what a long-running processor runs: warm up on other articles first
        Set<String> warmSeen = new HashSet<>();
        for (long i = 0; i < Math.min(window, 5_000); i++) {
            work(generator.bytes("warmup-", 1_000_000_000L + i), warmSeen, -1, true);
        }
        Set<String> seen = new HashSet<>();
        long chunk = Math.max(1, window / CHUNKS);
        List<Double> first = new ArrayList<>();
        List<Double> last = new ArrayList<>();
        long chunkNanos = 0;
        long claims = 0;
        long before = seen.size();
        for (long i = 0; i < articles; i++) {
            byte[] value = generator.bytes("bench-", i);
            boolean timed = i < window || i >= articles - window;
            long start = System.nanoTime();
            // between the timed tenths every article still goes through the story lookup, so the state grows as in
            // the processor, but only every MIDDLE_EXTRACT_EVERY-th is extracted, to keep a 100k stream within minutes
            claims += work(value, seen, i, timed || i % MIDDLE_EXTRACT_EVERY == 0);
            long took = System.nanoTime() - start;
            long inWindow = i < window ? i : i - (articles - window);
            if (timed) {
                chunkNanos += took;
                if ((inWindow + 1) % chunk == 0) {
                    (i < window ? first : last).add(chunkNanos / (double) chunk);
                    chunkNanos = 0;
                }
            }
        }
        long duplicates = articles - (seen.size() - before) - offTopic;
        return new Result(articles, median(first), median(last), claims, duplicates, failures, firstFailure, offTopic);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    /** Claims made; a failure is counted and passed over, as the processor dead-letters the record and goes on. */
    private int work(byte[] value, Set<String> seen, long index, boolean extract) {
        Validation v = validator.validate(value);
        if (!v.isValid()) {
            return 0;
        }
        Article article = v.article();
        if (!topic.isOnTopic(article)) {
            offTopic += index >= 0 ? 1 : 0;
            return 0; // as in the processor: other news leaves after validation and the topic test
        }
        if (!seen.add(Fingerprints.exact(article.text())) || !extract) {
            return 0;
        }
        try {
            return extractor.extract(article).size();
        } catch (RuntimeException e) {
            if (index >= 0 && failures++ == 0) {
                firstFailure = "article " + index + ": " + e;
            }
            return 0;
        }
    }
}
