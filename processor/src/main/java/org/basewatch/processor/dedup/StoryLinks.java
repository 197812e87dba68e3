package org.basewatch.processor.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which story a story id stands for now, and who each story's original is. A story is named after its original, the
 * article of the story published first ({@link Original#precedes}), so the name does not depend on arrival order; when an
 * article arrives that is published earlier than its story's original, or that joins two stories into one, the
 * stories it replaces are linked to the one that stays. Originals are registered when they are filed, links when
 * they are made; both are rebuilt from the stores when a task starts.
 */
public final class StoryLinks {
    /**
     * A story's original, with what orders it among its story's articles (publication day, then ingest time, then
     * id) and the hour its story's entries are keyed by.
     */
    public record Original(String articleId, int published, long ingested, int hour) {

        /**
         * Whether this comes before {@code other} as a story's original: published on an earlier day, then ingested
         * earlier (copies of one day mostly come after their original, so it is seldom replaced), then the smaller
         * id. Each is a property of the article and its record, so every arrival order names the same original.
         */
        public boolean precedes(Original other) {
            if (published != other.published) {
                return published < other.published;
            }
            if (ingested != other.ingested) {
                return ingested < other.ingested;
            }
            return articleId.compareTo(other.articleId) < 0;
        }
    }

    private final Map<String, String> replacedBy = new HashMap<>();
    private final Map<String, Original> originals = new HashMap<>();

    /** The story {@code storyId} belongs to now: itself, or the story it was merged into, followed to the end. */
    String current(String storyId) {
        String story = storyId;
        List<String> walked = new ArrayList<>(2);
        for (String next = replacedBy.get(story); next != null; next = replacedBy.get(story)) {
            walked.add(story);
            story = next;
        }
        for (int i = 0; i + 1 < walked.size(); i++) {
            replacedBy.put(walked.get(i), story); // shorten the walk for the next time
        }
        return story;
    }

    /** The original of a story that is still known (null once its entry expired). */
    Original original(String storyId) {
        return originals.get(storyId);
    }

    void registerOriginal(Original original) {
        originals.put(original.articleId(), original);
    }

    void link(String replaced, String into) {
        if (!replaced.equals(into)) {
            replacedBy.put(replaced, into);
        }
    }

    void forgetOriginal(String storyId) {
        originals.remove(storyId);
    }

    void forgetLink(String replaced) {
        replacedBy.remove(replaced);
    }

    void clear() {
        replacedBy.clear();
        originals.clear();
    }
}
