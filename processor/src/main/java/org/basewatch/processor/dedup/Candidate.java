package org.basewatch.processor.dedup;

import org.basewatch.contracts.Article;

import java.nio.charset.StandardCharsets;

/**
 * What deduplication keeps of an article filed under its band keys (one that started a story, or a weak copy):
 * ids, outlet, shingle count and the 64-byte b-bit MinHash sketch ({@link MinHasher#sketch}).
 * {@link #storedBytes()} is its size in a compact binary layout. The sketch array is shared, not copied.
 */
public record Candidate(String articleId, String storyId, String source, int shingles, byte[] sketch) {

    /** The candidate for a new article, in a story of its own until {@link NearDuplicates} decides otherwise. */
    public static Candidate of(Article article, Fingerprint fingerprint) {
        return new Candidate(article.id(), article.id(), article.source(), fingerprint.shingles(),
                MinHasher.sketch(fingerprint.signature()));
    }

    public Candidate inStory(String story) {
        return new Candidate(articleId, story, source, shingles, sketch);
    }

    /**
     * Bytes of the layout {@code len+articleId, len+storyId (0 bytes when equal to articleId), len+source,
     * u16 shingles, sketch}, one length byte per string: ids and outlet names are short.
     */
    public int storedBytes() {
        int story = storyId == null || storyId.equals(articleId) ? 0 : utf8(storyId);
        return 1 + utf8(articleId) + 1 + story + 1 + utf8(source) + 2 + sketch.length;
    }

    private static int utf8(String s) {
        return s == null ? 0 : s.getBytes(StandardCharsets.UTF_8).length;
    }
}
