package org.basewatch.processor.dedup;

import org.basewatch.contracts.Article;

/**
 * What deduplication keeps of an article filed under its band keys (one that started a story, or a weak copy):
 * ids, outlet, shingle count and the 64-byte b-bit MinHash sketch ({@link MinHasher#sketch}), and the hour of its
 * story's first article, which keys the story's entries in the topology's stores (0 offline, where nothing
 * expires), and its {@link EventSignature} (the places and years it names, {@link EventSignature#NONE} when
 * unknown). The outlet is not stored ({@link FiledArticle}): nothing decides on it. The sketch array is shared,
 * not copied.
 */
public record Candidate(String articleId, String storyId, String source, int shingles, byte[] sketch, int storyHour,
                        EventSignature event) {

    /** A candidate whose places and years are unknown: conflicts with nothing. */
    public Candidate(String articleId, String storyId, String source, int shingles, byte[] sketch, int storyHour) {
        this(articleId, storyId, source, shingles, sketch, storyHour, EventSignature.NONE);
    }

    public Candidate {
        event = event == null ? EventSignature.NONE : event;
    }

    /** The candidate for a new article, in a story of its own until {@link NearDuplicates} decides otherwise. */
    public static Candidate of(Article article, Fingerprint fingerprint) {
        return new Candidate(article.id(), article.id(), article.source(), fingerprint.shingles(),
                MinHasher.sketch(fingerprint.signature()), 0, EventSignature.of(article.text()));
    }

    public Candidate inStory(String story, int hour) {
        return new Candidate(articleId, story, source, shingles, sketch, hour, event);
    }
}
