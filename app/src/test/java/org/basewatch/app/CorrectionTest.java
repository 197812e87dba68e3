package org.basewatch.app;

import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.basewatch.contracts.Article;
import org.basewatch.contracts.Claim;
import org.basewatch.contracts.Evidence;
import org.basewatch.contracts.Json;
import org.basewatch.contracts.JsonSerde;
import org.basewatch.contracts.PlaceStatus;
import org.basewatch.contracts.Status;
import org.basewatch.contracts.Topics;
import org.basewatch.processor.ProcessorTopology;
import org.basewatch.sink.StatusTopology;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A new version of an article replaces the old version's claims, through both production topologies
 * (processor, then sink, on {@code TopologyTestDriver}s joined by the {@code claims} records): as news agencies'
 * corrections do, and as ACLED overwrites by id.
 */
class CorrectionTest {
    private static final String QAIM_LEFT = "بغداد - أعلنت قيادة العمليات المشتركة اليوم الأحد انسحاب قوات التحالف الدولي بالكامل من قاعدة القائم "
            + "في محافظة الأنبار وتسليمها إلى القوات العراقية.\nوقال المتحدث باسم القيادة إن القاعدة باتت تحت السيطرة العراقية الكاملة.";
    private static final String TAJI_LEFT = "بغداد - أعلنت قيادة العمليات المشتركة اليوم الأحد انسحاب قوات التحالف الدولي بالكامل من معسكر التاجي "
            + "شمال بغداد وتسليمه إلى القوات العراقية.\nوقال المتحدث باسم القيادة إن المعسكر بات تحت السيطرة العراقية الكاملة.";
    private static final Instant INGEST = Instant.parse("2020-08-24T08:00:00Z");

    @TempDir
    Path state;

    private TopologyTestDriver processor;
    private TopologyTestDriver sink;
    private TestInputTopic<String, byte[]> articles;
    private TestOutputTopic<String, byte[]> processorClaims;
    private TestInputTopic<String, byte[]> sinkClaims;
    private TestOutputTopic<String, PlaceStatus> rows;
    private final Map<String, PlaceStatus> latest = new HashMap<>();

    @BeforeEach
    void start() {
        Properties p = ProcessorTopology.config(new Properties());
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        p.put(StreamsConfig.STATE_DIR_CONFIG, state.resolve("processor").toString());
        processor = new TopologyTestDriver(ProcessorTopology.buildTopology(p), p, INGEST.plus(Duration.ofDays(1)));
        articles = processor.createInputTopic(Topics.ARTICLES, new StringSerializer(), new ByteArraySerializer(), INGEST, Duration.ofMinutes(1));
        processorClaims = processor.createOutputTopic(Topics.CLAIMS, new StringDeserializer(), new ByteArrayDeserializer());

        Properties s = StatusTopology.config(new Properties());
        s.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        s.put(StreamsConfig.STATE_DIR_CONFIG, state.resolve("sink").toString());
        sink = new TopologyTestDriver(StatusTopology.buildTopology(s), s);
        sinkClaims = sink.createInputTopic(Topics.CLAIMS, new StringSerializer(), new ByteArraySerializer());
        rows = sink.createOutputTopic(Topics.BASE_STATUS, new StringDeserializer(), JsonSerde.of(PlaceStatus.class).deserializer());
    }

    @AfterEach
    void stop() {
        processor.close();
        sink.close();
    }

    /** Sends an article through the processor and its claims through the sink; the claims it made. */
    private List<Claim> publish(String id, String publishedAt, String text) {
        articles.pipeInput(id, Json.bytes(new Article(id, null, "Outlet A", publishedAt, "ar", null, text)));
        List<TestRecord<String, byte[]>> out = processorClaims.readRecordsToList();
        out.forEach(r -> sinkClaims.pipeInput(new TestRecord<>(r.key(), r.value(), r.headers(), r.timestamp())));
        return out.stream().map(r -> Json.read(r.value(), Claim.class)).toList();
    }

    /** The table as a reader of base-status holds it: the latest row of each place (a row goes out only when it changes). */
    private Map<String, PlaceStatus> table() {
        sink.advanceWallClockTime(Duration.ofSeconds(1));
        latest.putAll(rows.readKeyValuesToMap());
        return Map.copyOf(latest);
    }

    private static boolean cites(PlaceStatus row, String articleId) {
        return row.evidence().stream().map(Evidence::articleId).anyMatch(articleId::equals);
    }

    @Test
    void shouldReplaceTheOldVersionsClaimsWhenTheSameArticleIdComesBackWithOtherContent() {
        List<Claim> first = publish("wire-1", "2020-08-23", QAIM_LEFT);
        assertTrue(first.stream().anyMatch(c -> c.place().equals("al-qaim") && c.status() == Status.WITHDRAWN), first.toString());
        Map<String, PlaceStatus> before = table();
        assertTrue(cites(before.get("al-qaim"), "wire-1"));

        // the agency corrects its story: it was Taji, not al-Qaim
        List<Claim> corrected = publish("wire-1", "2020-08-23", TAJI_LEFT);

        assertTrue(corrected.stream().anyMatch(c -> c.place().equals("taji") && !c.isRetraction()), corrected.toString());
        assertTrue(corrected.stream().anyMatch(Claim::isRetraction), "the old version's claims are withdrawn everywhere");
        assertTrue(corrected.stream().filter(c -> !c.isRetraction()).allMatch(c -> c.revision().supersedes(first.get(0).revision())));
        Map<String, PlaceStatus> after = table();
        assertTrue(cites(after.get("taji"), "wire-1"));
        assertFalse(cites(after.get("al-qaim"), "wire-1"), "al-Qaim keeps nothing of the version that was corrected: " + after.get("al-qaim"));
        assertNotEquals(Status.WITHDRAWN, after.get("al-qaim").status());
    }

    @Test
    void shouldChangeNothingWhenTheSameArticleComesBackUnchanged() {
        List<Claim> first = publish("wire-2", "2020-08-23", QAIM_LEFT);
        Map<String, PlaceStatus> before = table();

        List<Claim> again = publish("wire-2", "2020-08-23", QAIM_LEFT);

        assertTrue(again.stream().noneMatch(Claim::isRetraction), "a repeat retracts nothing");
        assertEquals(first.get(0).revision(), again.get(0).revision(), "a repeat keeps its revision");
        Map<String, PlaceStatus> after = table();
        assertEquals(before.get("al-qaim").version(), after.get("al-qaim").version(), "a repeat does not change the claim set");
        assertEquals(Status.WITHDRAWN, after.get("al-qaim").status());
    }

    @Test
    void shouldKeepNoClaimOfAnArticleWhoseCorrectionSaysNothing() {
        publish("wire-3", "2020-08-23", QAIM_LEFT);
        table();

        List<Claim> corrected = publish("wire-3", "2020-08-23",
                "بغداد - تراجعت أسعار النفط اليوم في الأسواق العالمية بعد بيانات اقتصادية جديدة أصدرتها الحكومة.");

        assertTrue(corrected.stream().allMatch(Claim::isRetraction), corrected.toString());
        Map<String, PlaceStatus> after = table();
        assertFalse(cites(after.get("al-qaim"), "wire-3"), "the empty claim set of the new version replaces the old one");
    }

    @Test
    void shouldWithdrawTheOldVersionsClaimsWhenTheCorrectionNamesNoTrackedPlace() {
        publish("wire-4", "2020-08-23", QAIM_LEFT);
        Map<String, PlaceStatus> before = table();
        assertTrue(cites(before.get("al-qaim"), "wire-4"));
        assertEquals(Status.WITHDRAWN, before.get("al-qaim").status());

        // the agency replaces the story with one about something else: off topic, it never reaches the extractor
        List<Claim> corrected = publish("wire-4", "2020-08-23",
                "ارتفعت أسعار النفط في الأسواق العالمية اليوم بعد قرار منظمة أوبك خفض الإنتاج.");

        assertFalse(corrected.isEmpty(), "an off-topic correction still withdraws the old version's claims");
        assertTrue(corrected.stream().allMatch(Claim::isRetraction), corrected.toString());
        Map<String, PlaceStatus> after = table();
        assertFalse(cites(after.get("al-qaim"), "wire-4"), "al-Qaim keeps nothing of the withdrawn version: " + after.get("al-qaim"));
        assertNotEquals(Status.WITHDRAWN, after.get("al-qaim").status());
    }
}
