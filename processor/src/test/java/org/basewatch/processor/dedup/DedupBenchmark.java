package org.basewatch.processor.dedup;

import ch.qos.logback.classic.Level;
import org.basewatch.contracts.Article;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * Fingerprinting and deciding cost per article at 10k and 100k synthetic articles (~3,000 characters built from
 * varied sample sentences, one in five a republished copy of a recent story), and the state the processor keeps
 * per article: the same articles go through the whole topology ({@link DedupStateProbe}: TopologyTestDriver
 * over real RocksDB stores, 10 s of record time apart, so 100k articles span 11.6 days and nothing expires), and
 * the SST bytes of each store are divided by the articles. A main, not a test: timings depend on the machine
 * (thread CPU time is measured). Arguments: the article counts (default 10000 100000), and any {@code key=value}
 * setting for the topology (e.g. {@code basewatch.dedup.compression=none}). Run from the repository root:
 * <pre>
 * mvn -B -o -q -pl processor -am test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * cd processor &amp;&amp; java -cp target/test-classes:target/classes:$(cat /tmp/cp.txt) org.basewatch.processor.dedup.DedupBenchmark
 * </pre>
 */
public final class DedupBenchmark {
    private static final int BATCH = 1_000;
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    // CPU time of this thread, not wall time: other builds share the machine and would skew a wall clock
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) {
        // Streams logs every store and task step; the dead-lettered extraction failures are counted instead
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.OFF);
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
        int[] counts = Arrays.stream(args).filter(a -> a.matches("\\d+")).mapToInt(Integer::parseInt).toArray();
        if (counts.length == 0) {
            counts = new int[] {10_000, 100_000};
        }
        // any other argument is passed to the topology as a setting, e.g. basewatch.dedup.compression=none
        Properties settings = new Properties();
        Arrays.stream(args).filter(a -> a.contains("=")).forEach(a -> settings.setProperty(a.substring(0, a.indexOf('=')), a.substring(a.indexOf('=') + 1)));
        System.out.printf("load average at start %s%n", loadAverage());
        run("warm-up", 5_000, sentences, words, sources, null);
        List<Result> results = new ArrayList<>();
        for (int count : counts) {
            results.add(run(String.format("%,d", count), count, sentences, words, sources, settings));
        }
        if (results.size() > 1) {
            Result small = results.get(0);
            Result large = results.get(results.size() - 1);
            System.out.printf("fingerprint cost ratio last/first: %.2f; decide cost ratio last/first: %.2f%n",
                    large.fingerprintMicros / small.fingerprintMicros, large.decideMicros / small.decideMicros);
        }
        System.out.printf("load average at end %s%n", loadAverage());
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private record Result(double fingerprintMicros, double decideMicros) {
    }

    private static Result run(String label, int count, List<String> sentences, List<String> words, List<String> sources,
                              Properties stateSettings) {
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
        long probeNanos = 0;
        DedupStateProbe probe = stateSettings == null ? null : new DedupStateProbe(stateSettings);
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
                    Article variant = DedupFixtures.variant(original, "x", edit.getValue(), random.nextLong());
                    article = new Article(id, "https://copies.example.org/" + id, variant.source(), variant.publishedAt(),
                            variant.language(), variant.title(), variant.text());
                } else {
                    article = new Article(id, "https://outlet.example.org/news/" + id, sources.get(random.nextInt(sources.size())), "2026-01-01", "ar",
                            "عنوان " + id, DedupFixtures.story(random, sentences, words));
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
            if (probe != null) {
                long start = System.nanoTime();
                for (int i = 0; i < batch.size(); i++) {
                    probe.send(batch.get(i), START.plusSeconds(10L * (done + i)));
                }
                probe.drain();
                probeNanos += System.nanoTime() - start;
            }
        }
        double fingerprint = fingerprintNanos / 1e3 / count;
        double add = addNanos / 1e3 / count;
        System.out.printf("%-7s %,d articles, %,d chars avg: fingerprint (signature + band keys) %.1f µs/article; "
                        + "add (fingerprint + lookup + decide + file) %.1f µs/article; candidates compared %.2f/article; "
                        + "filed %d (%.1f%%); copies merged %d/%d%n",
                label, count, chars / count, fingerprint, add, (double) grouper.compared() / count,
                grouper.remembered(), 100.0 * grouper.remembered() / count, merged, copies);
        System.out.println("        copies missed by edit: " + missedByEdit);
        if (probe != null) {
            try (probe) {
                Map<String, Long> sst = probe.sstBytes();
                Map<String, Long> entries = probe.entries();
                long total = sst.values().stream().mapToLong(Long::longValue).sum();
                System.out.printf("        state (whole topology, real RocksDB, %.0f s; %,d claims out, %,d dead-lettered): "
                        + "%.1f SST bytes per article%n", probeNanos / 1e9, probe.claims(), probe.deadLetters(), (double) total / count);
                entries.forEach((store, n) -> System.out.printf("          %-20s %8.1f bytes/article  %,9d entries%n",
                        store, (double) sst.getOrDefault(store, 0L) / count, n));
            }
        }
        return new Result(fingerprint, add);
    }
}
