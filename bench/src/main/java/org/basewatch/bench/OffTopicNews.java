package org.basewatch.bench;

import org.basewatch.contracts.Article;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/**
 * News about other things for the firehose mix ({@link ArticleGenerator.Mix#FIREHOSE}): articles of the on-topic
 * ones' length made of sentences on the economy, sport, weather, health and politics elsewhere
 * ({@value #SENTENCES}), which name no place the processor tracks, as most of a real feed does not.
 */
final class OffTopicNews {
    static final String SENTENCES = "/bench/off-topic-ar.txt";
    private static final String[] OUTLETS = {"وكالة الأنباء الاقتصادية", "صحيفة الملاعب", "شبكة الطقس", "موقع الصحة اليوم",
            "قناة الثقافة", "صحيفة الأسواق"};

    private static final int FIRST_YEAR = 2020;
    private static final int YEARS = 6;

    private final List<String> sentences;

    OffTopicNews() {
        this.sentences = load();
    }

    /** An off-topic article of about {@code targetChars} characters, drawn with {@code rnd}. */
    Article article(String id, int targetChars, SplittableRandom rnd) {
        StringBuilder text = new StringBuilder();
        while (text.length() < targetChars) {
            int inParagraph = 2 + rnd.nextInt(3);
            for (int s = 0; s < inParagraph; s++) {
                text.append(s == 0 ? "" : " ").append(sentences.get(rnd.nextInt(sentences.size()))).append('.');
            }
            text.append('\n');
        }
        // years before this one: a date later than the time of ingest is dead-lettered (published-in-future)
        String published = String.format("%04d-%02d-%02d", FIRST_YEAR + rnd.nextInt(YEARS), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
        String outlet = OUTLETS[rnd.nextInt(OUTLETS.length)];
        String title = sentences.get(rnd.nextInt(sentences.size()));
        return new Article(id, "https://news-" + rnd.nextInt(50) + ".example.org/" + id, outlet, published, "ar",
                title.substring(0, Math.min(60, title.length())), text.toString().strip());
    }

    private static List<String> load() {
        InputStream in = OffTopicNews.class.getResourceAsStream(SENTENCES);
        if (in == null) {
            throw new IllegalStateException("the off-topic sentences are missing from the build (" + SENTENCES + ")");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
