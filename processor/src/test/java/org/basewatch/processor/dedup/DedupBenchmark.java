package org.basewatch.processor.dedup;

import org.basewatch.contracts.Article;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * Fingerprinting and deciding cost per article at 10k and 100k synthetic articles (~3,000 characters built from
 * varied sample sentences, one in five a republished copy of a recent story), and the state filed per article.
 * A main, not a test: timings depend on the machine (thread CPU time is measured). Run from the processor module
 * directory with the test classpath.
 */
public final class DedupBenchmark {
    private static final int BATCH = 1_000;
    // CPU time of this thread, not wall time: other builds share the machine and would skew a wall clock
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) {
        List<Article> samples = DedupFixtures.articles(DedupFixtures.SAMPLES.resolve("articles.jsonl"));
        List<String> sentences = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (Article sample : samples) {
            for (String sentence : sample.text().split("\n|(?<=\\.) ")) {
                if (sentence.length() > 40) {
                    sentences.add(sentence);
                    words.addAll(Arrays.asList(sentence.split(" ")));
                }
            }
        }
        List<String> sources = samples.stream().map(Article::source).filter(s -> s != null).distinct().toList();
        run("warm-up", 10_000, sentences, words, sources);
        Result small = run("10k", 10_000, sentences, words, sources);
        Result large = run("100k", 100_000, sentences, words, sources);
        System.out.printf("fingerprint cost ratio 100k/10k: %.2f; decide cost ratio 100k/10k: %.2f%n",
                large.fingerprintMicros / small.fingerprintMicros, large.decideMicros / small.decideMicros);
    }

    private record Result(double fingerprintMicros, double decideMicros) {
    }

    private static Result run(String label, int count, List<String> sentences, List<String> words, List<String> sources) {
        Random random = new Random(42);
        List<Map.Entry<String, BiFunction<String, Random, String>>> edits = new ArrayList<>(DedupFixtures.edits().entrySet());
        Map<String, Integer> missedByEdit = new TreeMap<>();
        StoryGrouper grouper = new StoryGrouper();
        List<Article> recentStories = new ArrayList<>();
        long fingerprintNanos = 0;
        long addNanos = 0;
        long chars = 0;
        int copies = 0;
        int merged = 0;
        for (int done = 0; done < count; done += BATCH) {
            List<Article> batch = new ArrayList<>(BATCH);
            List<String> editOf = new ArrayList<>(BATCH);
            for (int i = 0; i < BATCH; i++) {
                String id = String.format("bench-%07d", done + i);
                boolean copy = !recentStories.isEmpty() && random.nextInt(5) == 0;
                Article article;
                String editName = null;
                if (copy) {
                    Article original = recentStories.get(random.nextInt(recentStories.size()));
                    Map.Entry<String, BiFunction<String, Random, String>> edit = edits.get(random.nextInt(edits.size()));
                    editName = edit.getKey();
                    article = DedupFixtures.variant(original, "x", edit.getValue(), random.nextLong()).withId(id);
                } else {
                    article = new Article(id, null, sources.get(random.nextInt(sources.size())), "2026-01-01", "ar",
                            "عنوان " + id, story(random, sentences, words));
                    recentStories.add(article);
                    if (recentStories.size() > 500) {
                        recentStories.remove(0);
                    }
                }
                batch.add(article);
                editOf.add(editName);
                chars += article.text().length();
            }
            for (Article article : batch) {
                long start = CPU.getCurrentThreadCpuTime();
                MinHasher.DEFAULT.bandKeys(MinHasher.DEFAULT.signature(article.text()));
                fingerprintNanos += CPU.getCurrentThreadCpuTime() - start;
            }
            for (int i = 0; i < batch.size(); i++) {
                long start = CPU.getCurrentThreadCpuTime();
                StoryDecision decision = grouper.add(batch.get(i));
                addNanos += CPU.getCurrentThreadCpuTime() - start;
                if (editOf.get(i) != null) {
                    copies++;
                    merged += decision.isDuplicate() ? 1 : 0;
                    if (!decision.isDuplicate()) {
                        missedByEdit.merge(editOf.get(i), 1, Integer::sum);
                    }
                }
            }
        }
        double fingerprint = fingerprintNanos / 1e3 / count;
        double add = addNanos / 1e3 / count;
        System.out.printf("%-7s %,d articles, %,d chars avg: fingerprint (signature + band keys) %.1f µs/article; "
                        + "add (fingerprint + lookup + decide + file) %.1f µs/article; candidates compared %.2f/article; "
                        + "filed %d (%.1f%%); state %.0f bytes per filed article, %.0f bytes per article; copies merged %d/%d%n",
                label, count, chars / count, fingerprint, add, (double) grouper.compared() / count,
                grouper.remembered(), 100.0 * grouper.remembered() / count,
                (double) grouper.rememberedBytes() / grouper.remembered(), (double) grouper.rememberedBytes() / count,
                merged, copies);
        System.out.println("        copies missed by edit: " + missedByEdit);
        return new Result(fingerprint, add);
    }

    /** A new story: sample sentences in random order, a third of their words replaced, mostly one a line, to ~3,000 chars. */
    private static String story(Random random, List<String> sentences, List<String> words) {
        StringBuilder text = new StringBuilder(3_200);
        while (text.length() < 3_000) {
            String[] sentence = sentences.get(random.nextInt(sentences.size())).split(" ");
            for (int w = 0; w < sentence.length; w++) {
                if (random.nextInt(3) == 0) {
                    sentence[w] = words.get(random.nextInt(words.size()));
                }
            }
            text.append(String.join(" ", sentence)).append(random.nextInt(4) == 0 ? " " : "\n");
        }
        return text.toString().trim();
    }
}
