package org.basewatch.processor.extract;

import org.basewatch.contracts.Article;
import org.basewatch.contracts.Claim;
import org.basewatch.contracts.Json;
import org.basewatch.processor.ArticleLines;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
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
        int[] count = {0};
        ArticleLines.forEach(in, err, a -> a.text() == null ? "article has no text" : null, article -> {
            for (Claim c : extractor.extract(article)) {
                out.println(Json.write(c));
                count[0]++;
            }
        });
        out.flush();
        return count[0];
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
