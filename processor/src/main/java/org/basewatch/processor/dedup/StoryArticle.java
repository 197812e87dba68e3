package org.basewatch.processor.dedup;

import org.basewatch.contracts.Article;
import org.basewatch.contracts.StoryMark;

import java.util.List;

/**
 * An article together with the story deduplication put it in, how many outlets carried that story, the hour
 * the story's original was filed in (which keys the story's entries, see {@link StoryKeys}), and the stories the
 * article replaced ({@link StoryDecision#replaced}; never null), whose originals' claims extraction withdraws.
 */
public record StoryArticle(Article article, StoryMark mark, int sources, int storyHour, List<String> replaced) {

    public StoryArticle {
        replaced = replaced == null ? List.of() : List.copyOf(replaced);
    }

    public StoryArticle(Article article, StoryMark mark, int sources, int storyHour) {
        this(article, mark, sources, storyHour, List.of());
    }

    public boolean isOriginal() {
        return mark.duplicateOf() == null;
    }

    /** What extraction needs: the original's article; of a copy only its story and outlet count (not its text). */
    public StoryArticle forExtraction() {
        return isOriginal() ? this : new StoryArticle(new Article(article.id(), article.url(), article.source(),
                article.publishedAt(), article.language(), article.title(), null), mark, sources, storyHour, replaced);
    }
}
