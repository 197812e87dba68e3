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

    /**
     * An off-topic new version of an article that was on topic, on its way to extraction to withdraw what the old
     * version said: without its text (nothing in it is read), a story of its own as every off-topic article is.
     */
    public static StoryArticle offTopic(Article article) {
        Article slim = withoutText(article);
        return new StoryArticle(slim, new StoryMark(slim.id(), slim.id(), null, null, slim.source()), 1, 0);
    }

    /**
     * Whether {@code article}, on its way to dedup, is such an off-topic version: every on-topic article has a text,
     * since the topic test reads it.
     */
    public static boolean isOffTopic(Article article) {
        return article.text() == null;
    }

    public static Article withoutText(Article article) {
        return new Article(article.id(), article.url(), article.source(), article.publishedAt(), article.language(),
                article.title(), null);
    }

    public boolean isOriginal() {
        return mark.duplicateOf() == null;
    }

    /** Whether this is an {@link #offTopic} version: an original without text (a copy travels without its text too). */
    public boolean isOffTopic() {
        return isOriginal() && isOffTopic(article);
    }

    /** What extraction needs: the original's article; of a copy only its story and outlet count (not its text). */
    public StoryArticle forExtraction() {
        return isOriginal() ? this : new StoryArticle(withoutText(article), mark, sources, storyHour, replaced);
    }
}
