package org.basewatch.processor.dedup;

import org.basewatch.contracts.StoryMark;

/**
 * The story an article belongs to; {@code duplicateOf} and {@code similarity} are null when the article
 * starts its own story. {@code redelivered} marks an article already filed under its id (a producer retry).
 * {@code storyHour} is the hour the story's first article was filed in, for a copy or a redelivery (it keys
 * the story's entries in the topology's stores); 0 for a new story, whose hour is the current one, and offline.
 */
public record StoryDecision(String storyId, String duplicateOf, Double similarity, boolean redelivered, int storyHour) {

    public StoryDecision(String storyId, String duplicateOf, Double similarity, boolean redelivered) {
        this(storyId, duplicateOf, similarity, redelivered, 0);
    }

    public static StoryDecision newStory(String articleId) {
        return new StoryDecision(articleId, null, null, false);
    }

    public boolean isDuplicate() {
        return duplicateOf != null;
    }

    public StoryMark mark(String articleId, String source) {
        return new StoryMark(articleId, storyId, duplicateOf, similarity, source);
    }
}
