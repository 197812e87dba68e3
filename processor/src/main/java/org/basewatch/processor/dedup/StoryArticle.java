package org.basewatch.processor.dedup;

import org.basewatch.contracts.Article;
import org.basewatch.contracts.StoryMark;

/**
 * An article together with the story deduplication put it in, how many outlets carried that story, and the hour
 * the story's first article was filed in (which keys the story's entries, see {@link StoryKeys}).
 */
public record StoryArticle(Article article, StoryMark mark, int sources, int storyHour) {

    public boolean isOriginal() {
        return mark.duplicateOf() == null;
    }

    /** What extraction needs: the original's article; of a copy only its story and outlet count (not its text). */
    public StoryArticle forExtraction() {
        return isOriginal() ? this : new StoryArticle(new Article(article.id(), article.url(), article.source(),
                article.publishedAt(), article.language(), article.title(), null), mark, sources, storyHour);
    }
}
