package org.basewatch.processor.dedup;

import org.basewatch.contracts.Article;
import org.basewatch.contracts.StoryMark;

/** An article together with the story deduplication put it in, and how many outlets carried that story. */
public record StoryArticle(Article article, StoryMark mark, int sources) {

    public boolean isOriginal() {
        return mark.duplicateOf() == null;
    }

    /** What extraction needs: the original's article; of a copy only its story and outlet count (not its text). */
    public StoryArticle forExtraction() {
        return isOriginal() ? this : new StoryArticle(new Article(article.id(), article.url(), article.source(),
                article.publishedAt(), article.language(), article.title(), null), mark, sources);
    }
}
