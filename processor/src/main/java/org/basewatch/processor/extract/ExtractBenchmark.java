package org.basewatch.processor.extract;

import org.basewatch.contracts.Article;
import org.basewatch.contracts.Json;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Measures single-thread extraction throughput over an article JSONL file: {@code ExtractBenchmark FILE [SECONDS]}. */
public final class ExtractBenchmark {
    private ExtractBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Article> articles = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                articles.add(Json.read(line, Article.class));
            }
        }
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 5;
        ClaimExtractor extractor = new ClaimExtractor();
        long chars = articles.stream().mapToLong(a -> a.text().length()).sum();
        run(extractor, articles, 1.0);
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long done = run(extractor, articles, seconds);
        double elapsed = (System.nanoTime() - start) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        // CPU time, not wall time, gives the per-core rate on a shared machine.
        System.out.printf("%d articles in %.2f s wall, %.2f s CPU: %.0f articles/CPU-s, %.0f chars/CPU-s (mean article %d chars)%n",
                done, elapsed, cpu, done / cpu, done * (double) chars / articles.size() / cpu, chars / articles.size());
    }

    private static long run(ClaimExtractor extractor, List<Article> articles, double seconds) {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        long done = 0;
        int sink = 0;
        while (System.nanoTime() < deadline) {
            for (Article a : articles) {
                sink += extractor.extract(a).size();
                done++;
            }
        }
        if (sink == 42) {
            System.out.print("");
        }
        return done;
    }
}
