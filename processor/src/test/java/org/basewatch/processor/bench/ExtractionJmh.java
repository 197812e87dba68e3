package org.basewatch.processor.bench;

import org.basewatch.contracts.Article;
import org.basewatch.contracts.Claim;
import org.basewatch.contracts.Json;
import org.basewatch.processor.extract.ClaimExtractor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Single-thread extraction throughput over realistic articles of about 3,000 characters, made by
 * joining the project's sample articles' paragraphs. Run (from the repository root; one build puts the
 * contracts module's classes, not an installed jar, on the class path):
 * <pre>
 * mvn -o -q -B -pl processor -am test-compile dependency:build-classpath -DskipTests \
 *     -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * java -cp processor/target/test-classes:processor/target/classes:$(cat /tmp/cp.txt) org.openjdk.jmh.Main ExtractionJmh
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExtractionJmh {
    private final ClaimExtractor extractor = new ClaimExtractor();
    private List<Article> articles;
    private int next;

    @Setup
    public void load() throws IOException {
        Path samples = Files.exists(Path.of("samples/articles.jsonl")) ? Path.of("samples/articles.jsonl") : Path.of("../samples/articles.jsonl");
        List<Article> raw = Files.readAllLines(samples, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).map(l -> Json.read(l, Article.class)).toList();
        articles = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            StringBuilder text = new StringBuilder();
            for (int j = i; text.length() < 3000; j++) {
                text.append(raw.get(j % raw.size()).text()).append('\n');
            }
            Article a = raw.get(i);
            articles.add(new Article(a.id(), a.url(), a.source(), a.publishedAt(), a.language(), a.title(), text.substring(0, 3000)));
        }
    }

    /** One article per call: the score is articles per second on one core. */
    @Benchmark
    public List<Claim> extractOneArticle() {
        Article a = articles.get(next);
        next = (next + 1) % articles.size();
        return extractor.extract(a);
    }
}
