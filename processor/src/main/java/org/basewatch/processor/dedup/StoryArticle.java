package org.basewatch.processor.dedup;

import org.basewatch.contracts.Article;
import org.basewatch.contracts.StoryMark;

import java.util.ArrayList;
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

    /**
     * What the {@code stories} topic gets for this article (each keyed by its article id): its own mark, then, for each story it
     * replaced, a mark of that story's original (a story is named by its original's id) saying which story it is now
     * part of. A consumer that keeps the latest mark of each article and follows a story id through the mark of the
     * article of that id gets the stories dedup ends with, whatever the arrival order.
     */
    public List<StoryMark> marks() {
        List<StoryMark> out = new ArrayList<>();
        out.add(mark);
        String now = mark.storyId();
        for (String story : replaced) {
            out.add(new StoryMark(story, now, now, null, null));
        }
        return out;
    }
}
