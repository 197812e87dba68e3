package org.basewatch.processor.dedup;

import org.basewatch.contracts.StoryMark;

import java.util.List;

/**
 * The story an article belongs to; {@code duplicateOf} and {@code similarity} are null when the article is its
 * story's original. {@code redelivered} marks an article already filed under its id (a producer retry).
 * {@code storyHour} is the hour the story's original was filed in, for a copy or a redelivery (it keys the story's
 * entries in the topology's stores); 0 for a new story, whose hour is the current one, and offline.
 * {@code replaced} names the stories this article ended (never null): stories whose original it precedes, or that
 * it joins to its story; their originals are originals no more, and what was read from them must be withdrawn.
 */
public record StoryDecision(String storyId, String duplicateOf, Double similarity, boolean redelivered, int storyHour,
                            List<String> replaced) {

    public StoryDecision {
        replaced = replaced == null ? List.of() : List.copyOf(replaced);
    }

    public StoryDecision(String storyId, String duplicateOf, Double similarity, boolean redelivered, int storyHour) {
        this(storyId, duplicateOf, similarity, redelivered, storyHour, List.of());
    }

    public StoryDecision(String storyId, String duplicateOf, Double similarity, boolean redelivered) {
        this(storyId, duplicateOf, similarity, redelivered, 0);
    }

    public static StoryDecision newStory(String articleId) {
        return new StoryDecision(articleId, null, null, false);
    }

    public boolean isDuplicate() {
        return duplicateOf != null;
    }

    public StoryDecision replacing(List<String> stories) {
        return new StoryDecision(storyId, duplicateOf, similarity, redelivered, storyHour, stories);
    }

    public StoryMark mark(String articleId, String source) {
        return new StoryMark(articleId, storyId, duplicateOf, similarity, source, replaced);
    }
}
