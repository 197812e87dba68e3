package org.basewatch.processor.extract;

import org.basewatch.contracts.Claim;
import org.basewatch.contracts.Json;
import org.basewatch.processor.ArticleLines;

import java.io.BufferedReader;
import java.io.PrintStream;

/**
 * Runs the claim extractor over article JSONL and prints one claim JSON object a line: the logic of
 * {@code basewatch extract FILE} (the app's {@code ExtractCommand}, main class {@code org.basewatch.app.Main}).
 */
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
}
