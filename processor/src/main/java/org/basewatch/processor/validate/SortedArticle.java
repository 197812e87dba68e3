package org.basewatch.processor.validate;

import org.basewatch.contracts.Article;

/** A valid article and the way {@link SortByTopic} sends it. */
public record SortedArticle(Article article, Way way) {

    public enum Way {
        /** Names a tracked place: on to dedup and extraction. */
        ON_TOPIC,
        /** Names none, and no version of it did: it leaves at once with its story mark. */
        OFF_TOPIC,
        /** Names none, but an earlier version of it did: on to extraction, which withdraws what that version said. */
        NO_LONGER_ON_TOPIC
    }

    public boolean is(Way w) {
        return way == w;
    }
}
