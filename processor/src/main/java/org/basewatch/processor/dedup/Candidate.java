package org.basewatch.processor.dedup;

import org.basewatch.contracts.Article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * What deduplication keeps of an article filed under its band keys (one that started a story, or a weak copy):
 * ids, outlet, shingle count and the 64-byte b-bit MinHash sketch ({@link MinHasher#sketch}), and the hour of its
 * story's first article, which keys the story's entries in the topology's stores (0 offline, where nothing
 * expires), and its {@link EventSignature} (the places and years it names, {@link EventSignature#NONE} when
 * unknown), and its publication day ({@link #UNPUBLISHED} when unknown) and the time it was ingested (its record's
 * timestamp), which decide whether it comes before its story's original ({@link StoryLinks.Original#precedes}). The outlet is not stored ({@link FiledArticle}): nothing decides on it.
 * The sketch array is shared, not copied.
 */
public record Candidate(String articleId, String storyId, String source, int shingles, byte[] sketch, int storyHour,
                        EventSignature event, int published, long ingested) {
    /** The publication day of an article that gives none (or none that reads as a date): after every dated one. */
    public static final int UNPUBLISHED = Integer.MAX_VALUE;

    /** A candidate whose places and years are unknown: conflicts with nothing. */
    public Candidate(String articleId, String storyId, String source, int shingles, byte[] sketch, int storyHour) {
        this(articleId, storyId, source, shingles, sketch, storyHour, EventSignature.NONE);
    }

    public Candidate(String articleId, String storyId, String source, int shingles, byte[] sketch, int storyHour,
                     EventSignature event) {
        this(articleId, storyId, source, shingles, sketch, storyHour, event, UNPUBLISHED, 0);
    }

    public Candidate {
        event = event == null ? EventSignature.NONE : event;
    }

    /**
     * The candidate for a new article ingested at {@code ingested} (its record's timestamp; 0 offline), in a story of
     * its own until {@link NearDuplicates} decides otherwise.
     */
    public static Candidate of(Article article, Fingerprint fingerprint, long ingested) {
        return new Candidate(article.id(), article.id(), article.source(), fingerprint.shingles(),
                MinHasher.sketch(fingerprint.signature()), 0, EventSignature.of(article.text()), publishedDay(article.publishedAt()),
                ingested);
    }

    /** Where this article would stand as its story's original. */
    public StoryLinks.Original asOriginal(int hour) {
        return new StoryLinks.Original(articleId, published, ingested, hour);
    }

    public Candidate inStory(String story, int hour) {
        return new Candidate(articleId, story, source, shingles, sketch, hour, event, published, ingested);
    }

    /** Days since the epoch of the date a {@code publishedAt} value starts with; {@link #UNPUBLISHED} without one. */
    static int publishedDay(String publishedAt) {
        if (publishedAt == null || publishedAt.length() < 10) {
            return UNPUBLISHED;
        }
        try {
            return Math.toIntExact(LocalDate.parse(publishedAt.substring(0, 10)).toEpochDay());
        } catch (DateTimeException | ArithmeticException e) {
            return UNPUBLISHED;
        }
    }

    /** Whether matching this and {@code other} against any third text gives the same answer: the same wording and events. */
    boolean sameText(Candidate other) {
        return shingles == other.shingles && Arrays.equals(sketch, other.sketch) && event.equals(other.event);
    }
}
