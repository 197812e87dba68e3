package org.basewatch.ingest.read;

import org.basewatch.contracts.Article;

/**
 * One thing read from an input: an article or the reason a piece of input was rejected (exactly one
 * is non-null), with where it came from ({@code file:line}, a file path or a URL).
 */
public record ReadResult(Article article, String origin, String rejection) {

    public ReadResult {
        if ((article == null) == (rejection == null)) {
            throw new IllegalArgumentException("exactly one of article and rejection must be set");
        }
    }

    public static ReadResult ok(Article article, String origin) {
        return new ReadResult(article, origin, null);
    }

    public static ReadResult rejected(String origin, String reason) {
        return new ReadResult(null, origin, reason);
    }

    public boolean isRejected() {
        return rejection != null;
    }
}
