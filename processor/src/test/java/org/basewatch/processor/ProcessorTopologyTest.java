package org.basewatch.processor;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.basewatch.contracts.Article;
import org.basewatch.contracts.Claim;
import org.basewatch.contracts.DeadLetters;
import org.basewatch.contracts.Json;
import org.basewatch.contracts.JsonSerde;
import org.basewatch.contracts.StoryMark;
import org.basewatch.contracts.Topics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProcessorTopologyTest {
    static final String HANDOVER = "بغداد - أعلنت قيادة العمليات المشتركة اليوم الأحد انسحاب قوات التحالف الدولي بالكامل من قاعدة القائم "
            + "في محافظة الأنبار وتسليمها إلى القوات العراقية.\nوقال المتحدث باسم القيادة إن القاعدة باتت تحت السيطرة العراقية الكاملة.";

    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> articles;
    private TestOutputTopic<String, byte[]> dlq;
    private TestOutputTopic<String, StoryMark> stories;
    private TestOutputTopic<String, Claim> claims;

    @BeforeEach
    void start() {
        Properties props = ProcessorTopology.config(new Properties());
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        // a state folder of its own: the shared default under /tmp is left half-written by a killed run or taken by a parallel one
        props.put(StreamsConfig.STATE_DIR_CONFIG, System.getProperty("java.io.tmpdir") + "/basewatch-test-" + java.util.UUID.randomUUID());
        driver = new TopologyTestDriver(ProcessorTopology.buildTopology(props), props);
        articles = driver.createInputTopic(Topics.ARTICLES, new StringSerializer(), new ByteArraySerializer());
        dlq = driver.createOutputTopic(Topics.ARTICLES_DLQ, new StringDeserializer(), new ByteArrayDeserializer());
        stories = driver.createOutputTopic(Topics.STORIES, new StringDeserializer(), JsonSerde.of(StoryMark.class).deserializer());
        claims = driver.createOutputTopic(Topics.CLAIMS, new StringDeserializer(), JsonSerde.of(Claim.class).deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private void send(String key, Article a) {
        articles.pipeInput(key, Json.bytes(a));
    }

    @Test
    void shouldWriteAnOnTopicArticlesStoryMarkInTheTransactionOfItsClaims() {
        // one sub-topology is one task and one transaction: a read_committed consumer that has an article's
        // mark has its claims too, which is how `local --until-idle` knows extraction is done
        Properties props = ProcessorTopology.config(new Properties());
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        TopologyDescription description = ProcessorTopology.buildTopology(props).describe();
        assertEquals(subtopologyOf(description, "claims-sink"), subtopologyOf(description, "stories-sink"));
    }

    private static int subtopologyOf(TopologyDescription description, String node) {
        return description.subtopologies().stream()
                .filter(s -> s.nodes().stream().anyMatch(n -> n.name().equals(node)))
                .mapToInt(TopologyDescription.Subtopology::id).findFirst()
                .orElseThrow(() -> new AssertionError("no node " + node));
    }

    @Test
    void shouldExtractClaimsKeyedByPlaceFromAValidArticle() {
        send("a1", new Article("a1", null, "Outlet A", "2020-03-17", "ar", null, HANDOVER));
        List<TestRecord<String, Claim>> out = claims.readRecordsToList();
        assertFalse(out.isEmpty(), "a handover of al-Qaim must give a claim");
        for (TestRecord<String, Claim> r : out) {
            assertEquals(r.value().place(), r.key());
            assertEquals("a1", r.value().articleId());
            assertEquals("a1", r.value().storyId());
            assertEquals(HANDOVER.substring(r.value().start(), r.value().end()), r.value().evidence());
        }
        assertTrue(out.stream().anyMatch(r -> r.key().equals("al-qaim")));
        StoryMark mark = stories.readValue();
        assertEquals("a1", mark.storyId());
        assertNull(mark.duplicateOf());
        assertTrue(dlq.isEmpty());
    }

    @Test
    void shouldDeadLetterCorruptJsonWithReasonAndOriginAndGoOn() {
        byte[] corrupt = "{\"text\": \"no end".getBytes(StandardCharsets.UTF_8);
        articles.pipeInput("bad-1", corrupt);
        send("a1", new Article("a1", null, "Outlet A", "2020-03-17", "ar", null, HANDOVER));

        TestRecord<String, byte[]> dead = dlq.readRecord();
        assertEquals("bad-1", dead.key());
        assertEquals(new String(corrupt, StandardCharsets.UTF_8), new String(dead.value(), StandardCharsets.UTF_8));
        assertEquals("corrupt-json", header(dead, DeadLetters.REASON));
        assertEquals(Topics.ARTICLES, header(dead, DeadLetters.TOPIC));
        assertEquals("0", header(dead, DeadLetters.OFFSET));
        assertNotNull(header(dead, DeadLetters.PARTITION));
        assertEquals(1, stories.readRecordsToList().size(), "the good article after the bad one is still processed");
    }

    @Test
    void shouldTreatTheSameTextFromAnotherOutletAsACopyOfTheStory() {
        send("a1", new Article("a1", null, "Outlet A", "2020-03-17", "ar", null, HANDOVER));
        // the copy differs only in diacritics, hamza forms and spacing
        String copy = HANDOVER.replace("الأنبار", "الانبار").replace("قاعدة", "قاعدةُ").replace(" - ", "  -  ");
        send("b7", new Article("b7", null, "Outlet B", "2020-03-18", "ar", null, copy));

        List<StoryMark> marks = stories.readValuesToList();
        assertEquals(2, marks.size());
        assertNull(marks.get(0).duplicateOf());
        assertEquals("a1", marks.get(1).duplicateOf());
        assertEquals("a1", marks.get(1).storyId());
        List<TestRecord<String, Claim>> out = claims.readRecordsToList();
        assertTrue(out.stream().allMatch(r -> r.value().articleId().equals("a1")), "claims are extracted once per story");
        assertTrue(out.stream().anyMatch(r -> r.value().sources() == 2), "the copy from a second outlet corroborates the story's claims");
        assertTrue(out.stream().filter(r -> r.value().sources() == 2).allMatch(r -> r.value().evidence() == null),
                "a corroboration carries no evidence text: the sink has it from the first copy");

        send("c9", new Article("c9", null, "Outlet B", "2020-03-19", "ar", null, copy + "\nاقرأ أيضاً: أخبار أخرى"));
        assertEquals("a1", stories.readValue().storyId());
        assertTrue(claims.isEmpty(), "a second copy from an outlet already counted adds nothing");
    }

    @Test
    void shouldGiveAnArticleWithoutIdAStableIdFromItsText() {
        send(null, new Article(null, null, "Outlet A", "2020-03-17", "ar", null, HANDOVER));
        send(null, new Article(null, null, "Outlet A", "2020-03-17", "ar", null, HANDOVER));
        List<StoryMark> marks = stories.readValuesToList();
        assertEquals(2, marks.size());
        assertTrue(marks.get(0).articleId().startsWith("text-"));
        assertEquals(marks.get(0).articleId(), marks.get(1).articleId());
        assertNull(marks.get(1).duplicateOf(), "a redelivery of the same article is not a copy of itself");
    }

    private static String header(TestRecord<String, byte[]> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
