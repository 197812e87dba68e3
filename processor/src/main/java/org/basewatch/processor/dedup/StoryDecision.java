package org.basewatch.processor.dedup;

import org.basewatch.contracts.StoryMark;

/**
 * The story an article belongs to; {@code duplicateOf} and {@code similarity} are null when the article
 * starts its own story. {@code redelivered} marks an article already filed under its id (a producer retry).
 */
public record StoryDecision(String storyId, String duplicateOf, Double similarity, boolean redelivered) {

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
