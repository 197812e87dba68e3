package org.basewatch.processor.dedup;

import org.apache.kafka.common.utils.Bytes;

import java.nio.charset.StandardCharsets;

/**
 * Keys of the dedup stores, all led by the hour (4 bytes, big-endian, hours since the epoch) their entry belongs
 * to, so the stores iterate oldest first and everything before an hour is one bounded range ({@link #before}).
 * {@code story-articles} keys add a 4-byte sequence number (the filing order within the hour), so the whole
 * 8-byte key read as a long is the article's reference in the in-memory tables; {@code story-outlets} and
 * {@code story-slim-claims} add the story id.
 */
public final class StoryKeys {
    private StoryKeys() {
    }

    public static int hourOf(long epochMillis) {
        return (int) Math.max(0, Math.min(Integer.MAX_VALUE, Math.floorDiv(epochMillis, 3_600_000L)));
    }

    /** The reference of the {@code seq}-th article filed in {@code hour}: ordered as the key bytes are. */
    static long ref(int hour, int seq) {
        return ((long) hour << 32) | (seq & 0xFFFFFFFFL);
    }

    static int hour(long ref) {
        return (int) (ref >>> 32);
    }

    static int seq(long ref) {
        return (int) ref;
    }

    static Bytes article(long ref) {
        return Bytes.wrap(new BinaryWriter(8).int64(ref).toByteArray());
    }

    static long ref(Bytes articleKey) {
        return new BinaryReader(articleKey.get()).int64();
    }

    public static Bytes story(int hour, String storyId) {
        return Bytes.wrap(new BinaryWriter(4 + storyId.length() * 2).int32(hour)
                .bytes(storyId.getBytes(StandardCharsets.UTF_8)).toByteArray());
    }

    /** The story id of a key made by {@link #story}. */
    static String storyId(Bytes storyKey) {
        byte[] bytes = storyKey.get();
        return new String(bytes, 4, bytes.length - 4, StandardCharsets.UTF_8);
    }

    /** The hour a key belongs to. */
    static int hour(Bytes key) {
        return new BinaryReader(key.get()).int32();
    }

    /**
     * The upper bound of a range holding every key of an hour before {@code hour}: the bare 4-byte hour sorts
     * after all longer keys of earlier hours and before every key of its own hour.
     */
    static Bytes before(int hour) {
        return Bytes.wrap(new BinaryWriter(4).int32(hour).toByteArray());
    }
}
