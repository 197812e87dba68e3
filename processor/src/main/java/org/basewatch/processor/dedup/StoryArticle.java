package org.basewatch.processor.dedup;

import org.basewatch.contracts.Article;
import org.basewatch.contracts.StoryMark;

/** An article together with the story deduplication put it in, and how many outlets carried that story. */
public record StoryArticle(Article article, StoryMark mark, int sources) {

    public boolean isOriginal() {
        return mark.duplicateOf() == null;
    }
}
