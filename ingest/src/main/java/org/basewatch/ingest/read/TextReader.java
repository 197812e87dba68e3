package org.basewatch.ingest.read;

import org.basewatch.contracts.Article;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a plain-text article, with optional front matter between two {@code ---} lines
 * ({@code source}, {@code published}, {@code url}, {@code title}, {@code id}, {@code language}).
 * Without a {@code published} line the date comes from a dateline at the top of the text, if any.
 */
final class TextReader {
    private TextReader() {
    }

    /** The article, or null when there is no text after the front matter. */
    static Article read(String content, String source) {
        String s = content.replace("\r\n", "\n");
        Map<String, String> front = new HashMap<>();
        String body = s;
        String trimmed = s.stripLeading();
        if (trimmed.startsWith("---\n")) {
            int end = trimmed.indexOf("\n---", 4);
            if (end > 0) {
                for (String line : trimmed.substring(4, end).split("\n")) {
                    int colon = line.indexOf(':');
                    if (colon > 0) {
                        front.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), unquote(line.substring(colon + 1).trim()));
                    }
                }
                int bodyStart = trimmed.indexOf('\n', end + 4);
                body = bodyStart < 0 ? "" : trimmed.substring(bodyStart + 1);
            }
        }
        String text = body.strip();
        if (text.isEmpty()) {
            return null;
        }
        String published = Dates.normalise(first(front, "published", "publishedat", "date"));
        if (published == null) {
            published = Dates.dateline(text);
        }
        String language = first(front, "language", "lang");
        return new Article(
                first(front, "id"),
                first(front, "url"),
                source != null ? source : first(front, "source"),
                published,
                language != null ? language : Languages.detect(text),
                first(front, "title"),
                text);
    }

    private static String first(Map<String, String> front, String... keys) {
        for (String key : keys) {
            String value = front.get(key);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
