package org.basewatch.contracts;

import java.time.LocalDate;

/**
 * A raw news article, the value of the {@code articles} topic and a line of the corpus JSONL.
 * Any field but {@code text} may be null; {@code publishedAt} is ISO-8601 (a date or a date-time).
 */
public record Article(String id, String url, String source, String publishedAt,
                      String language, String title, String text) {

    public Article withId(String newId) {
        return new Article(newId, url, source, publishedAt, language, title, text);
    }

    /** The publication day, or null when the article has none or it cannot be read. */
    public LocalDate publishedDate() {
        return EventDates.parseDay(publishedAt);
    }
}
