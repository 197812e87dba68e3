package org.basewatch.processor.dedup;

/**
 * What {@code story-articles} keeps of one article, under the hour and order it was filed in ({@link StoryKeys}):
 * the story it joined (and that story's hour, which keys the story's own entries), its canonical URL's 64-bit hash
 * when it has a URL, and, when it is a candidate for later copies to match, its shingle count, 4-bit MinHash
 * sketch and the hashes of its 16 LSH bands (so the in-memory band table can be rebuilt and purged from it).
 * and the places and years it names ({@link EventSignature}; {@link EventSignature#NONE} for an entry filed before
 * they were kept). {@code sketch} and {@code bands} are null for an article kept only for its URL. {@code published}
 * and {@code ingested} are the publication day and ingest time of an article filed as its story's original
 * ({@link Candidate#UNPUBLISHED} and 0 otherwise, and for entries filed before they were kept), which a later
 * article must precede to take its place ({@link StoryLinks.Original#precedes}).
 */
public record FiledArticle(String articleId, String storyId, int storyHour, Long urlHash,
                           int shingles, byte[] sketch, int[] bands, EventSignature event, int published, long ingested) {

    public FiledArticle(String articleId, String storyId, int storyHour, Long urlHash, int shingles, byte[] sketch,
                        int[] bands, EventSignature event) {
        this(articleId, storyId, storyHour, urlHash, shingles, sketch, bands, event, Candidate.UNPUBLISHED, 0);
    }

    public FiledArticle(String articleId, String storyId, int storyHour, Long urlHash, int shingles, byte[] sketch, int[] bands) {
        this(articleId, storyId, storyHour, urlHash, shingles, sketch, bands, EventSignature.NONE);
    }

    public FiledArticle {
        event = event == null ? EventSignature.NONE : event;
    }

    public boolean isCandidate() {
        return sketch != null;
    }

    public boolean isOriginal() {
        return articleId.equals(storyId);
    }

    public Candidate candidate() {
        return new Candidate(articleId, storyId, null, shingles, sketch, storyHour, event, published, ingested);
    }
}
