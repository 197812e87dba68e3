package org.basewatch.processor;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.basewatch.contracts.Article;
import org.basewatch.contracts.Json;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import java.util.function.Function;

/** Reads article JSONL for the offline commands: each readable article to {@code use}, each bad line reported with its number. */
public final class ArticleLines {
    private ArticleLines() {
    }

    /**
     * Feeds every article line of {@code in} to {@code use}; a line that is not an article, or that
     * {@code problem} finds fault with (a message, or null when fine), is reported on {@code err}.
     * Returns the number of lines reported.
     */
    public static int forEach(BufferedReader in, PrintStream err, Function<Article, String> problem, Consumer<Article> use) {
        int failures = 0;
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
                    err.println("line " + lineNo + ": not an article: " + firstLine(e));
                    failures++;
                    continue;
                }
                String fault = article == null ? "empty line" : problem.apply(article);
                if (fault != null) {
                    err.println("line " + lineNo + ": " + fault);
                    failures++;
                    continue;
                }
                use.accept(article);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return failures;
    }

    /** The parser's own message without its class name and source excerpt: one line a bad input line. */
    private static String firstLine(RuntimeException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String message = cause instanceof JsonProcessingException j ? j.getOriginalMessage() : String.valueOf(cause.getMessage());
        return message.lines().findFirst().orElse("");
    }
}
