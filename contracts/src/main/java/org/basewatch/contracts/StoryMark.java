package org.basewatch.contracts;

/**
 * What deduplication decided for one article: the value of the {@code stories} topic (keyed by
 * article id) and a line of {@code basewatch stories}. An original has {@code duplicateOf == null}.
 */
public record StoryMark(String articleId, String storyId, String duplicateOf, Double similarity,
                        String source) {
}
