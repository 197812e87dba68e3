package org.basewatch.processor.dedup;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Binary values of the dedup stores; each starts with a layout byte so a later layout can be told apart.
 * {@link StoryClaimsSerde} is the one for {@code story-slim-claims}.
 *
 * <p>Kept because it pays: {@code DedupBenchmark} (processor tests; 2026-12-07, 10,000 synthetic articles through
 * the whole topology over RocksDB) measures 199 SST bytes of dedup state per article (story-articles 131,
 * story-slim-claims 53, article-revisions 12, story-outlets 4), where the JSON values with one store entry per band
 * that this layout replaced took 3,339 (same benchmark, earlier run): 17 times less.
 */
public final class DedupSerdes {
    /**
     * Layout 3 adds an original's publication day and ingest time; layout 2 added the event signature after the bands; layouts 1
     * and 2 are still read.
     */
    private static final int FILED_LAYOUT = 3;
    private static final int FILED_LAYOUT_WITH_EVENT = 2;
    private static final int FILED_LAYOUT_WITHOUT_EVENT = 1;
    private static final int CANDIDATE = 1;
    private static final int URL = 1 << 1;
    private static final int OWN_STORY = 1 << 2;
    private static final int OUTLETS_LAYOUT = 1;

    private DedupSerdes() {
    }

    /**
     * {@code layout, flags (candidate, URL, story = article), articleId, [storyId], storyHour (varint), [URL hash
     * (8)], [publication day (4) and ingest time (varint), for a story's original], [shingles (varint), sketch (length + bytes), bands (count + 4 bytes each), places and years (count + 4
     * bytes each, twice)]}: about 170 bytes for a candidate, of which 128 are the sketch and the band hashes.
     */
    public static Serde<FiledArticle> filedArticle() {
        return Serdes.serdeFrom((topic, f) -> f == null ? null : write(f), (topic, bytes) -> bytes == null ? null : readFiled(bytes));
    }

    /** {@code layout, count (varint), 4 bytes per outlet hash}. */
    public static Serde<Outlets> outlets() {
        return Serdes.serdeFrom((topic, o) -> {
            if (o == null) {
                return null;
            }
            BinaryWriter out = new BinaryWriter(2 + 4 * o.hashes().length).write(OUTLETS_LAYOUT).varint(o.hashes().length);
            for (int h : o.hashes()) {
                out.int32(h);
            }
            return out.toByteArray();
        }, (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            BinaryReader in = layout(bytes, OUTLETS_LAYOUT);
            int[] hashes = new int[in.count()];
            for (int i = 0; i < hashes.length; i++) {
                hashes[i] = in.int32();
            }
            return new Outlets(hashes);
        });
    }

    static byte[] write(FiledArticle f) {
        boolean ownStory = f.storyId() != null && f.storyId().equals(f.articleId());
        int flags = (f.isCandidate() ? CANDIDATE : 0) | (f.urlHash() != null ? URL : 0) | (ownStory ? OWN_STORY : 0);
        BinaryWriter out = new BinaryWriter(f.isCandidate() ? 160 : 40).write(FILED_LAYOUT).write(flags).utf8(f.articleId());
        if (!ownStory) {
            out.utf8(f.storyId());
        }
        out.varint(f.storyHour() & 0xFFFFFFFFL);
        if (f.urlHash() != null) {
            out.int64(f.urlHash());
        }
        if (ownStory) {
            out.int32(f.published()).zigzag(f.ingested());
        }
        if (f.isCandidate()) {
            out.varint(f.shingles()).varint(f.sketch().length).bytes(f.sketch()).varint(f.bands().length);
            for (int band : f.bands()) {
                out.int32(band);
            }
            ints(out, f.event().places());
            ints(out, f.event().years());
        }
        return out.toByteArray();
    }

    static FiledArticle readFiled(byte[] bytes) {
        BinaryReader in = new BinaryReader(bytes);
        int layout = in.read();
        if (layout != FILED_LAYOUT && layout != FILED_LAYOUT_WITH_EVENT && layout != FILED_LAYOUT_WITHOUT_EVENT) {
            throw new SerializationException("dedup store value of unknown layout " + layout);
        }
        int flags = in.read();
        String articleId = in.utf8();
        String storyId = (flags & OWN_STORY) != 0 ? articleId : in.utf8();
        int storyHour = (int) in.varint();
        Long url = (flags & URL) != 0 ? in.int64() : null;
        boolean ordered = (flags & OWN_STORY) != 0 && layout == FILED_LAYOUT;
        int published = ordered ? in.int32() : Candidate.UNPUBLISHED;
        long ingested = ordered ? in.zigzag() : 0;
        if ((flags & CANDIDATE) == 0) {
            return new FiledArticle(articleId, storyId, storyHour, url, 0, null, null, EventSignature.NONE, published, ingested);
        }
        int shingles = in.count();
        byte[] sketch = in.bytes(in.count());
        int[] bands = new int[in.count()];
        for (int i = 0; i < bands.length; i++) {
            bands[i] = in.int32();
        }
        EventSignature event = layout != FILED_LAYOUT_WITHOUT_EVENT ? new EventSignature(ints(in), ints(in)) : EventSignature.NONE;
        return new FiledArticle(articleId, storyId, storyHour, url, shingles, sketch, bands, event, published, ingested);
    }

    private static void ints(BinaryWriter out, int[] values) {
        out.varint(values.length);
        for (int v : values) {
            out.int32(v);
        }
    }

    private static int[] ints(BinaryReader in) {
        int[] values = new int[in.count()];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.int32();
        }
        return values;
    }

    private static BinaryReader layout(byte[] bytes, int expected) {
        BinaryReader in = new BinaryReader(bytes);
        int layout = in.read();
        if (layout != expected) {
            throw new SerializationException("dedup store value of unknown layout " + layout);
        }
        return in;
    }
}
