package org.basewatch.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * What deduplication decided for one article: the value of the {@code stories} topic (keyed by
 * article id) and a line of {@code basewatch stories}. An original has {@code duplicateOf == null}.
 * {@code replaced} names the stories this article took over (it was published before their original, or it joined
 * them to its story): their articles' marks keep the story they had when they arrived, so a consumer grouping
 * articles follows each story id through the {@code replaced} lists to the story it is part of now. Never null;
 * left out of the JSON when empty.
 */
public record StoryMark(String articleId, String storyId, String duplicateOf, Double similarity,
                        String source, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> replaced) {

    public StoryMark {
        replaced = replaced == null ? List.of() : List.copyOf(replaced);
    }

    public StoryMark(String articleId, String storyId, String duplicateOf, Double similarity, String source) {
        this(articleId, storyId, duplicateOf, similarity, source, List.of());
    }
}
