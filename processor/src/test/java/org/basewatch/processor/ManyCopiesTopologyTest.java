package org.basewatch.processor;

import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.basewatch.contracts.Article;
import org.basewatch.contracts.Claim;
import org.basewatch.contracts.Json;
import org.basewatch.contracts.JsonSerde;
import org.basewatch.contracts.StoryMark;
import org.basewatch.contracts.Topics;
import org.basewatch.processor.dedup.ExtractClaims;
import org.basewatch.processor.dedup.FiledArticle;
import org.basewatch.processor.dedup.MarkStories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14: many copies of one article under distinct ids (a feed that re-sends one wire story under new ids) are
 * absorbed by dedup on the production topology: one story, its text filed once, extracted once; and the copy published
 * first, arriving last, becomes the story's original, its claims replacing those of the one it replaced.
 * {@code StoryFloodTest} sends 100,000 through dedup alone; here, through validation and extraction too, fewer.
 */
class ManyCopiesTopologyTest {
    private static final int COPIES = 1_000;
    private static final int OUTLETS = 10;
    private static final String TEXT = "تسلمت القوات العراقية اليوم معسكر التاجي من قوات التحالف الدولي بعد انسحاب"
            + " القوات الأمريكية منه، وقال مصدر عسكري إن المعسكر أصبح تحت السيطرة العراقية الكاملة.";

    @Test
    void shouldAbsorbThousandsOfCopiesOfOneArticleIntoOneStoryExtractedOnce(@TempDir Path state) {
        Properties props = ProcessorTopology.config(new Properties());
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, state.toString());
        try (TopologyTestDriver driver = new TopologyTestDriver(ProcessorTopology.buildTopology(props), props)) {
            TestInputTopic<String, byte[]> in = driver.createInputTopic(Topics.ARTICLES, new StringSerializer(), new ByteArraySerializer());
            for (int i = 0; i < COPIES; i++) {
                String id = String.format("copy-%06d", i);
                in.pipeInput(id, article(id, "2020-08-23", "وكالة " + (i % OUTLETS)));
            }
            in.pipeInput("first-published", article("first-published", "2020-08-22", "وكالة الأنباء العراقية"));

            List<StoryMark> marks = driver.createOutputTopic(Topics.STORIES, new StringDeserializer(),
                    JsonSerde.of(StoryMark.class).deserializer()).readValuesToList();
            List<KeyValue<String, Claim>> claims = driver.createOutputTopic(Topics.CLAIMS, new StringDeserializer(),
                    JsonSerde.of(Claim.class).deserializer()).readKeyValuesToList();

            assertEquals(COPIES + 1, marks.size(), "every article is marked");
            assertEquals(Set.of("copy-000000"), marks.subList(0, COPIES).stream().map(StoryMark::storyId).collect(Collectors.toSet()));
            assertEquals("first-published", marks.get(COPIES).storyId(), "the copy published first is the story's original");
            assertEquals(List.of("copy-000000"), marks.get(COPIES).replaced(), "its mark names the story it took over");
            assertEquals(2, candidatesFiled(driver.getKeyValueStore(MarkStories.ARTICLES)),
                    "the text filed once for later articles to match, and once more for the original that replaced the first");

            List<Claim> read = claims.stream().map(kv -> kv.value).filter(c -> c.evidence() != null).toList();
            assertFalse(read.isEmpty(), "precondition: the article makes claims");
            assertEquals(Set.of("copy-000000", "first-published"), read.stream().map(Claim::articleId).collect(Collectors.toCollection(TreeSet::new)),
                    "extracted from the first original and from the one that replaced it, never from a copy");
            assertTrue(claims.stream().map(kv -> kv.value).anyMatch(c -> c.isRetraction() && c.articleId().equals("copy-000000")
                    && c.revision().equals(ExtractClaims.REPLACED)), "what the replaced original said is withdrawn");
            Claim last = claims.get(claims.size() - 1).value;
            assertEquals(OUTLETS + 1, last.sources(), "the story's outlets, the new original's included");
            assertTrue(claims.size() < 10 * (OUTLETS + 2), "a copy sends claims only when it brings a new outlet: " + claims.size());
        }
    }

    private static byte[] article(String id, String publishedAt, String outlet) {
        return Json.write(new Article(id, "https://example.org/" + id, outlet, publishedAt, "ar", "التاجي", TEXT))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Entries kept for later articles to be compared with (the others keep only a URL's hash). */
    private static long candidatesFiled(KeyValueStore<Bytes, FiledArticle> store) {
        long n = 0;
        try (KeyValueIterator<Bytes, FiledArticle> it = store.all()) {
            while (it.hasNext()) {
                n += it.next().value.isCandidate() ? 1 : 0;
            }
        }
        return n;
    }
}
