package org.basewatch.processor.validate;

import org.basewatch.contracts.Article;

/** The outcome of checking one raw record: either a usable article or a reason to dead-letter it. */
public record Validation(Article article, String reason, String detail) {

    public static Validation ok(Article article) {
        return new Validation(article, null, null);
    }

    public static Validation rejected(String reason, String detail) {
        return new Validation(null, reason, detail);
    }

    public boolean isValid() {
        return article != null;
    }
}
