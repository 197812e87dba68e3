package org.basewatch.processor;

import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.basewatch.contracts.Article;
import org.basewatch.contracts.Claim;
import org.basewatch.contracts.Json;
import org.basewatch.contracts.JsonSerde;
import org.basewatch.contracts.Settings;
import org.basewatch.contracts.StoryMark;
import org.basewatch.contracts.Topics;
import org.basewatch.processor.dedup.ExtractClaims;
import org.basewatch.processor.dedup.MarkStories;
import org.basewatch.processor.dedup.Retention;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Dedup state lives {@value Retention#CONFIG} (30 days by default) of event time, then matches nothing and is deleted. */
class RetentionTopologyTest {
    private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");
    private static final String COPY = ProcessorTopologyTest.HANDOVER.replace("الأنبار", "الانبار").replace(" - ", "  -  ");
    // names Baghdad, a tracked place: news that names none leaves before dedup (TopicTest) and moves no stream time there
    private static final String OTHER = "أعلنت وزارة الكهرباء اليوم عن خطة جديدة لصيانة محطات التوليد في بغداد قبل حلول فصل الصيف.\n"
            + "وقال مسؤول في الوزارة إن الأعمال ستستمر ثلاثة أشهر.";

    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> articles;
    private TestOutputTopic<String, StoryMark> stories;
    private TestOutputTopic<String, Claim> claims;

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.close();
        }
    }

    private void start(Properties overrides) {
        Properties props = ProcessorTopology.config(overrides);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        // a state folder of its own: the shared default under /tmp is left half-written by a killed run or taken by a parallel one
        props.put(StreamsConfig.STATE_DIR_CONFIG, System.getProperty("java.io.tmpdir") + "/basewatch-test-" + java.util.UUID.randomUUID());
        driver = new TopologyTestDriver(ProcessorTopology.buildTopology(props), props);
        articles = driver.createInputTopic(Topics.ARTICLES, new StringSerializer(), new ByteArraySerializer());
        stories = driver.createOutputTopic(Topics.STORIES, new StringDeserializer(), JsonSerde.of(StoryMark.class).deserializer());
        claims = driver.createOutputTopic(Topics.CLAIMS, new StringDeserializer(), JsonSerde.of(Claim.class).deserializer());
    }

    private StoryMark send(String id, String outlet, String published, String text, Instant at) {
        Article article = new Article(id, "https://" + outlet.replace(' ', '-') + ".example.org/" + id, outlet, published, "ar", null, text);
        articles.pipeInput(id, Json.bytes(article), at);
        return stories.readValue();
    }

    @Test
    void shouldMatchACopyWithinThirtyDaysAndNotAfterTheStreamMovedPastThem() {
        start(new Properties());
        assertNull(send("a1", "Outlet A", "2026-01-05", ProcessorTopologyTest.HANDOVER, T0).duplicateOf());
        StoryMark copy = send("b7", "Outlet B", "2026-02-03", COPY, T0.plus(Duration.ofDays(29)));
        assertEquals("a1", copy.duplicateOf(), "29 days on, the copy is still matched");
        List<Claim> corroborated = claims.readValuesToList().stream().filter(c -> c.sources() == 2).toList();
        assertTrue(!corroborated.isEmpty() && corroborated.stream().allMatch(c -> c.articleId().equals("a1")),
                "and corroborates the story's claims");
        assertEquals(2, count(MarkStories.ARTICLES), "a1 filed as a candidate, b7 for its URL");
        assertEquals(1, count(MarkStories.OUTLETS));
        assertEquals(1, count(ExtractClaims.STORE));

        // an unrelated article 61 days after a1 moves the stream time: the cutoff is now 31 days after a1, 2 after b7
        assertNull(send("u1", "Outlet C", "2026-03-07", OTHER, T0.plus(Duration.ofDays(61))).duplicateOf());
        assertEquals(1, count(MarkStories.ARTICLES), "a1 and b7 deleted, u1 filed");
        assertEquals(1, count(MarkStories.OUTLETS));
        assertEquals(1, count(ExtractClaims.STORE));

        claims.readValuesToList();
        StoryMark again = send("b7", "Outlet B", "2026-02-03", COPY, T0.plus(Duration.ofDays(61)));
        assertNull(again.duplicateOf(), "the same copy, arriving after its story expired, starts a story: " + again);
        assertEquals("b7", again.storyId());
        List<Claim> fresh = claims.readValuesToList();
        assertTrue(!fresh.isEmpty() && fresh.stream().allMatch(c -> c.articleId().equals("b7") && c.sources() == 1), fresh.toString());
    }

    @Test
    void shouldTakeTheRetentionFromTheSettingsAndCountRecordTimeNotPublicationDates() {
        Properties settings = new Properties();
        settings.setProperty(Retention.CONFIG, "PT6H");
        start(settings);
        send("a1", "Outlet A", "2019-06-01", ProcessorTopologyTest.HANDOVER, T0);
        assertEquals("a1", send("b7", "Outlet B", "2026-01-05", COPY, T0.plus(Duration.ofHours(5))).duplicateOf(),
                "publication dates years apart do not matter: the copy came 5 hours after the original");
        send("u1", "Outlet C", null, OTHER, T0.plus(Duration.ofHours(8)));
        assertNull(send("c9", "Outlet D", "2019-06-01", COPY + "\nاقرأ أيضاً", T0.plus(Duration.ofHours(8))).duplicateOf(),
                "8 hours on, with a 6-hour retention, the story is gone");
    }

    @Test
    void shouldReadTheRetentionFromTheEnvironmentThroughSettings() {
        Properties all = Settings.resolve(null, Map.of("BASEWATCH_DEDUP_RETENTION", "P7D", "KAFKA_BOOTSTRAP_SERVERS", "h:1"),
                Map.of(Retention.CONFIG.replace("retention", "compression"), "lz4"));
        Properties props = ProcessorTopology.config(ProcessorTopology.settings(all));
        assertEquals("P7D", props.getProperty(Retention.CONFIG));
        assertEquals("lz4", props.getProperty("basewatch.dedup.compression"));
        assertNull(props.getProperty(Settings.BOOTSTRAP), "Kafka client settings come through Settings.kafkaClient, not here");
        assertEquals("P30D", ProcessorTopology.config(new Properties()).getProperty(Retention.CONFIG), "the default is 30 days");
    }

    @Test
    void shouldRefuseARetentionThatIsNotAPositiveDuration() {
        for (String bad : List.of("30 days", "P0D", "-P1D")) {
            Properties settings = new Properties();
            settings.setProperty(Retention.CONFIG, bad);
            Properties props = ProcessorTopology.config(settings);
            assertThrows(IllegalArgumentException.class, () -> ProcessorTopology.buildTopology(props), bad);
        }
    }

    private long count(String store) {
        long n = 0;
        try (KeyValueIterator<Object, Object> it = driver.getKeyValueStore(store).all()) {
            while (it.hasNext()) {
                it.next();
                n++;
            }
        }
        return n;
    }
}
