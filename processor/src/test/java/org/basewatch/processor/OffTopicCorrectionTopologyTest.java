package org.basewatch.processor;

import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.basewatch.contracts.Article;
import org.basewatch.contracts.Claim;
import org.basewatch.contracts.Json;
import org.basewatch.contracts.JsonSerde;
import org.basewatch.contracts.Places;
import org.basewatch.contracts.Revision;
import org.basewatch.contracts.StoryMark;
import org.basewatch.contracts.Topics;
import org.basewatch.processor.dedup.ExtractClaims;
import org.basewatch.processor.extract.ClaimExtractor;
import org.basewatch.processor.validate.ArticleValidator;
import org.basewatch.processor.validate.SortByTopic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A new version of an article that names no tracked place is off topic: it must still take back what the old
 * version said, while an off-topic article that never was on topic leaves with its mark and nothing else.
 */
class OffTopicCorrectionTopologyTest {
    private static final String OIL = "ارتفعت أسعار النفط في الأسواق العالمية اليوم بعد قرار منظمة أوبك خفض الإنتاج،"
            + " وقال محللون إن الطلب في آسيا سيبقى قوياً حتى نهاية العام.";
    private static final String FOOTBALL = "فاز المنتخب الوطني لكرة القدم على نظيره في المباراة الودية بهدفين مقابل هدف.";
    private static final String COPY = ProcessorTopologyTest.HANDOVER.replace("الأنبار", "الانبار").replace(" - ", "  -  ");

    @TempDir
    Path state;

    private final AtomicInteger extractions = new AtomicInteger();
    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> articles;
    private TestOutputTopic<String, StoryMark> stories;
    private TestOutputTopic<String, Claim> claims;

    @BeforeEach
    void start() {
        Properties props = ProcessorTopology.config(new Properties());
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, state.toString());
        driver = new TopologyTestDriver(ProcessorTopology.buildTopology(props, new ArticleValidator(), new ClaimExtractor(),
                nanos -> extractions.incrementAndGet()), props);
        articles = driver.createInputTopic(Topics.ARTICLES, new StringSerializer(), new ByteArraySerializer(),
                Instant.parse("2020-03-18T08:00:00Z"), Duration.ofMinutes(1));
        stories = driver.createOutputTopic(Topics.STORIES, new StringDeserializer(), JsonSerde.of(StoryMark.class).deserializer());
        claims = driver.createOutputTopic(Topics.CLAIMS, new StringDeserializer(), JsonSerde.of(Claim.class).deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private List<Claim> send(String id, String source, String text) {
        articles.pipeInput(id, Json.bytes(new Article(id, null, source, "2020-03-17", "ar", null, text)));
        return claims.readValuesToList();
    }

    @Test
    void shouldWithdrawEveryClaimOfTheOldVersionWhenTheNewVersionIsOffTopic() {
        List<Claim> old = send("a1", "Outlet A", ProcessorTopologyTest.HANDOVER);
        assertTrue(old.stream().anyMatch(c -> c.place().equals("al-qaim")), "precondition: the old version makes claims " + old);
        stories.readValuesToList();

        List<Claim> out = send("a1", "Outlet A", OIL);

        assertFalse(out.isEmpty(), "the off-topic correction must withdraw the old claims");
        assertTrue(out.stream().allMatch(c -> c.isRetraction() && c.articleId().equals("a1")), out.toString());
        for (Claim c : old) {
            assertTrue(out.stream().anyMatch(r -> reaches(r, c) && r.revision().supersedes(c.revision())),
                    "no retraction withdraws " + c.place() + " " + out);
        }
        assertEquals(List.of("a1"), stories.readValuesToList().stream().map(StoryMark::articleId).toList(), "one mark for the new version");
    }

    @Test
    void shouldLetAnOffTopicArticleNeverSeenBeforeLeaveWithItsMarkAlone() {
        assertTrue(send("n1", "Outlet A", OIL).isEmpty());

        List<StoryMark> marks = stories.readValuesToList();
        assertEquals(1, marks.size());
        assertEquals("n1", marks.get(0).storyId());
        assertNull(marks.get(0).duplicateOf());
        KeyValueStore<String, Revision> revisions = driver.getKeyValueStore(ExtractClaims.REVISIONS);
        assertNull(revisions.get("n1"), "no revision is stored for an off-topic article");
        KeyValueStore<String, byte[]> onTopic = driver.getKeyValueStore(SortByTopic.STORE);
        assertNull(onTopic.get("n1"));
        assertEquals(0, extractions.get(), "an off-topic article is never extracted");
    }

    @Test
    void shouldWithdrawNothingWhenTheSameOffTopicCorrectionComesAgain() {
        send("a1", "Outlet A", ProcessorTopologyTest.HANDOVER);
        assertFalse(send("a1", "Outlet A", OIL).isEmpty());

        assertTrue(send("a1", "Outlet A", OIL).isEmpty(), "nothing is left to withdraw");
        assertTrue(send("a1", "Outlet A", FOOTBALL).isEmpty(), "nothing is left to withdraw");
        assertEquals(4, stories.readValuesToList().size(), "one mark per version");
    }

    @Test
    void shouldWithdrawNothingOfTheStoryWhenACopyGoesOffTopic() {
        send("a1", "Outlet A", ProcessorTopologyTest.HANDOVER);
        List<Claim> corroborated = send("b7", "Outlet B", COPY);
        assertTrue(corroborated.stream().anyMatch(c -> c.sources() == 2), "precondition: the copy corroborates " + corroborated);

        // b7 was a copy: the claims are a1's, and a1 still makes them
        assertTrue(send("b7", "Outlet B", OIL).isEmpty());
        assertEquals(List.of("a1", "b7", "b7"), stories.readValuesToList().stream().map(StoryMark::articleId).toList());
    }

    @Test
    void shouldLetNoLaterCopyBringBackTheClaimsOfAnOriginalThatWentOffTopic() {
        send("a1", "Outlet A", ProcessorTopologyTest.HANDOVER);
        assertFalse(send("a1", "Outlet A", OIL).isEmpty());

        assertTrue(send("b7", "Outlet B", COPY).isEmpty(), "a1 says nothing any more: its copy has nothing to corroborate");
    }

    @Test
    void shouldReadAnArticleAgainWhenItComesBackOnTopic() {
        List<Claim> first = send("a1", "Outlet A", ProcessorTopologyTest.HANDOVER);
        List<Claim> withdrawn = send("a1", "Outlet A", OIL);

        List<Claim> again = send("a1", "Outlet A", ProcessorTopologyTest.HANDOVER);

        assertEquals(first.stream().map(Claim::place).toList(),
                again.stream().filter(c -> !c.isRetraction()).map(Claim::place).toList());
        assertTrue(again.stream().filter(c -> !c.isRetraction()).allMatch(c -> c.revision().supersedes(withdrawn.get(0).revision())),
                "the new claims outlive the withdrawal");
    }

    @Test
    void shouldSendAnOffTopicCorrectionTheWayItsOldVersionWent() {
        // behind its old version through dedup's one partition: a shortcut to extraction would let a correction
        // sent right after its old version overtake it while dedup is busy, and find nothing to withdraw
        Properties props = ProcessorTopology.config(new Properties());
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        TopologyDescription description = ProcessorTopology.buildTopology(props).describe();
        assertEquals(topicsReachedFrom(description, "on-topic-article"), topicsReachedFrom(description, "drop-off-topic-text"));
        assertEquals(Set.of("articles-for-dedup-repartition"), topicsReachedFrom(description, "drop-off-topic-text"));
    }

    /** The topics the records of {@code node} are written to, following its successors within its sub-topology. */
    private static Set<String> topicsReachedFrom(TopologyDescription description, String node) {
        TopologyDescription.Node start = description.subtopologies().stream().flatMap(s -> s.nodes().stream())
                .filter(n -> n.name().equals(node)).findFirst().orElseThrow(() -> new AssertionError("no node " + node));
        Set<String> topics = new TreeSet<>();
        Deque<TopologyDescription.Node> next = new ArrayDeque<>(List.of(start));
        while (!next.isEmpty()) {
            TopologyDescription.Node n = next.pop();
            if (n instanceof TopologyDescription.Sink sink) {
                topics.add(sink.topic());
            }
            next.addAll(n.successors());
        }
        return topics;
    }

    private static boolean reaches(Claim retraction, Claim claim) {
        return retraction.place().equals(claim.place()) || Places.within(claim.place(), retraction.place());
    }
}
