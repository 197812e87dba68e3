package org.basewatch.processor.dedup;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.basewatch.contracts.Json;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DedupSerdesTest {
    private static final Serde<FiledArticle> FILED = DedupSerdes.filedArticle();

    @Test
    void shouldRebuildAFiledCandidateWithItsPlacesAndYearsInAbout170Bytes() {
        Random random = new Random(1);
        for (int i = 0; i < 500; i++) {
            byte[] sketch = new byte[64];
            random.nextBytes(sketch);
            int[] bands = random.ints(16).toArray();
            String id = "article-" + random.nextInt(100_000);
            String story = random.nextBoolean() ? id : "story-" + random.nextInt(100);
            Long url = random.nextBoolean() ? random.nextLong() : null;
            EventSignature event = new EventSignature(random.ints(random.nextInt(6)).sorted().toArray(),
                    random.ints(random.nextInt(3)).sorted().toArray());
            FiledArticle filed = new FiledArticle(id, story, random.nextInt(Integer.MAX_VALUE), url, random.nextInt(5_000),
                    sketch, bands, event);
            byte[] bytes = FILED.serializer().serialize("t", filed);
            FiledArticle back = FILED.deserializer().deserialize("t", bytes);
            assertEquals(filed.articleId(), back.articleId());
            assertEquals(filed.storyId(), back.storyId());
            assertEquals(filed.storyHour(), back.storyHour());
            assertEquals(filed.urlHash(), back.urlHash());
            assertEquals(filed.shingles(), back.shingles());
            assertArrayEquals(filed.sketch(), back.sketch());
            assertArrayEquals(filed.bands(), back.bands());
            assertEquals(event, back.event());
            assertTrue(back.isCandidate());
            int signature = 2 + 4 * (event.places().length + event.years().length);
            assertTrue(bytes.length <= 2 + 1 + id.length() + 1 + story.length() + 5 + 8 + 3 + 1 + 64 + 1 + 64 + signature,
                    bytes.length + " bytes");
        }
    }

    @Test
    void shouldRebuildAnArticleKeptOnlyForItsUrl() {
        FiledArticle filed = new FiledArticle("b7", "a1", 493_000, -5L, 0, null, null);
        FiledArticle back = FILED.deserializer().deserialize("t", FILED.serializer().serialize("t", filed));
        assertFalse(back.isCandidate());
        assertEquals(filed, back);
    }

    @Test
    void shouldRebuildOutletsAndRefuseJson() {
        Serde<Outlets> serde = DedupSerdes.outlets();
        Outlets outlets = Outlets.NONE.with("صحيفة دجلة الغد").with("Outlet B");
        assertEquals(outlets, serde.deserializer().deserialize("t", serde.serializer().serialize("t", outlets)));
        assertEquals(10, serde.serializer().serialize("t", outlets).length);
        assertTrue(outlets.contains("Outlet B"));
        assertFalse(outlets.contains("Outlet C"));
        byte[] json = Json.bytes(outlets);
        assertThrows(SerializationException.class, () -> serde.deserializer().deserialize("t", json));
    }

    @Test
    void shouldStillReadACandidateFiledBeforeSignaturesWereKept() {
        byte[] sketch = new byte[64];
        int[] bands = new int[16];
        // a copy: layout 1 and this one differ only in the signature (an original's publication day came with layout 3)
        FiledArticle filed = new FiledArticle("a1", "s1", 7, null, 30, sketch, bands, new EventSignature(new int[] {1}, new int[0]));
        byte[] bytes = FILED.serializer().serialize("t", filed);
        byte[] layout1 = java.util.Arrays.copyOf(bytes, bytes.length - 6); // without "1 place (4 bytes), 0 years"
        layout1[0] = 1;
        FiledArticle back = FILED.deserializer().deserialize("t", layout1);
        assertEquals(EventSignature.NONE, back.event(), "an entry of layout 1 conflicts with nothing");
        assertArrayEquals(bands, back.bands());
    }

    @Test
    void shouldKeepTheOriginalsPublicationDayAndIngestTimeAndReadAnOriginalOfLayoutTwoAsUndated() {
        FiledArticle original = new FiledArticle("a1", "a1", 7, 99L, 30, new byte[64], new int[16], EventSignature.NONE, 18_990, 1_765_000_000_000L);
        FiledArticle read = FILED.deserializer().deserialize("t", FILED.serializer().serialize("t", original));
        assertEquals(18_990, read.published());
        assertEquals(1_765_000_000_000L, read.ingested());

        byte[] bytes = FILED.serializer().serialize("t", new FiledArticle("a1", "a1", 7, 99L, 30, new byte[64], new int[16],
                EventSignature.NONE, 18_990, 0));
        int order = 4 + 1; // publication day, and ingest time 0 as a one-byte varint
        byte[] layout2 = new byte[bytes.length - order];
        int afterUrl = 1 + 1 + 1 + 2 + 1 + 8; // layout, flags, id (length + 2 bytes), hour (varint), URL hash
        System.arraycopy(bytes, 0, layout2, 0, afterUrl);
        System.arraycopy(bytes, afterUrl + order, layout2, afterUrl, bytes.length - afterUrl - order);
        layout2[0] = 2;
        FiledArticle back = FILED.deserializer().deserialize("t", layout2);
        assertEquals(Candidate.UNPUBLISHED, back.published());
        assertEquals(99L, back.urlHash());
        assertEquals(30, back.shingles());
    }
}
