package org.basewatch.processor.extract;

import org.basewatch.contracts.Article;
import org.basewatch.contracts.Claim;
import org.basewatch.contracts.Json;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the claim extractor over article JSONL and prints one claim JSON object a line. */
public final class ExtractJsonl {
    private ExtractJsonl() {
    }

    /** Extracts claims from every article line of {@code in}; unreadable lines are reported on {@code err}. */
    public static int run(BufferedReader in, PrintStream out, PrintStream err) {
        ClaimExtractor extractor = new ClaimExtractor();
        int count = 0;
        int lineNo = 0;
        try {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                Article article;
                try {
                    article = Json.read(line, Article.class);
                } catch (RuntimeException e) {
                    err.println("line " + lineNo + ": not an article: " + e.getMessage());
                    continue;
                }
                if (article == null || article.text() == null) {
                    err.println("line " + lineNo + ": article has no text");
                    continue;
                }
                for (Claim c : extractor.extract(article)) {
                    out.println(Json.write(c));
                    count++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
        return count;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ExtractJsonl ARTICLES.jsonl");
            System.exit(2);
        }
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
            run(in, out, System.err);
        }
    }
}
