package org.basewatch.processor.extract;

import org.basewatch.contracts.Article;
import org.basewatch.contracts.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Finds and reads the shared corpus, which lives outside the repository and may be absent. */
final class Corpus {
    private Corpus() {
    }

    /** The corpus directory seen from the module directory (or the repository root), or null when absent. */
    static Path dir() {
        for (String candidate : List.of("../../shared/corpus", "../shared/corpus")) {
            Path p = Path.of(candidate);
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        return null;
    }

    /** The project's own annotated articles ({@code corpus/} at the repository root), or null when absent. */
    static Path own() {
        for (String candidate : List.of("../corpus", "corpus")) {
            Path p = Path.of(candidate);
            if (Files.isDirectory(p.resolve("synth"))) {
                return p;
            }
        }
        return null;
    }

    /** The gold file beside an articles file ({@code x.jsonl} → {@code x.gold.jsonl}). */
    static Path goldOf(Path articles) {
        return articles.resolveSibling(articles.getFileName().toString().replaceAll("\\.jsonl$", ".gold.jsonl"));
    }

    static List<Article> articles(Path file) {
        List<Article> out = new ArrayList<>();
        for (String line : lines(file)) {
            out.add(Json.read(line, Article.class));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> gold(Path file) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String line : lines(file)) {
            out.add(Json.read(line, Map.class));
        }
        return out;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
