package org.basewatch.app;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.basewatch.broker.TestClusters;
import org.basewatch.contracts.Claim;
import org.basewatch.contracts.DatePrecision;
import org.basewatch.contracts.Json;
import org.basewatch.contracts.Modality;
import org.basewatch.contracts.Settings;
import org.basewatch.contracts.Status;
import org.basewatch.contracts.TopicSetup;
import org.basewatch.contracts.Topics;
import org.basewatch.sink.TableWriter;
import org.basewatch.sink.db.StatusTableStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code basewatch kafka TOOL} runs Kafka's own tools against the deployment's broker, and {@code basewatch lag} reads it. */
class KafkaToolsIT {
    private static final int ARTICLES = 5;
    private static final int READ_BY_GROUP = 2;
    private static KafkaClusterTestKit cluster;
    private static Properties client;

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = TestClusters.startSingleNode();
        Properties settings = Settings.defaults();
        settings.setProperty(Settings.BOOTSTRAP, cluster.bootstrapServers());
        client = Settings.kafkaClient(settings);
        TopicSetup.ensure(client, 3, (short) 1);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(client, new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < ARTICLES; i++) {
                // one key: every article in one partition, so a group's position there is the whole story
                producer.send(new ProducerRecord<>(Topics.ARTICLES, "same-key", "{\"id\":\"a" + i + "\",\"text\":\"article " + i + "\"}"));
                Claim claim = new Claim("a" + i, "harir", Status.PRESENT, Modality.ASSERTED, "2026-01-0" + (i + 1), DatePrecision.DAY,
                        "evidence", 0, 8, 0.8, null, "a" + i, "outlet", 1, null);
                producer.send(new ProducerRecord<>(Topics.CLAIMS, "harir", Json.write(claim)));
            }
        }
        commitGroup("kafka-tools-it", READ_BY_GROUP);
    }

    @AfterAll
    static void stopCluster() throws Exception {
        cluster.close();
    }

    @Test
    void shouldListTheTopicsWithTheDeploymentsBootstrapServers() {
        CommandRun run = CommandRun.of("kafka", "--bootstrap-servers", cluster.bootstrapServers(), "topics", "--list");
        assertEquals(0, run.exit(), run.out());
        assertTrue(run.lines().containsAll(List.of(Topics.ARTICLES, Topics.CLAIMS, Topics.BASE_STATUS)), run.out());
    }

    @Test
    void shouldDescribeEveryGroupWithItsLag() {
        CommandRun run = CommandRun.of("kafka", "--bootstrap-servers", cluster.bootstrapServers(), "consumer-groups", "--describe", "--all-groups");
        assertEquals(0, run.exit(), run.out());
        String line = run.lines().stream().filter(l -> l.startsWith("kafka-tools-it ") && l.contains(" " + Topics.ARTICLES + " "))
                .filter(l -> l.matches(".*\\s" + READ_BY_GROUP + "\\s+" + ARTICLES + "\\s+" + (ARTICLES - READ_BY_GROUP) + "\\s.*"))
                .findFirst().orElse(null);
        assertNotEquals(null, line, "group, topic, partition, current offset, end, lag: " + run.out());
    }

    @Test
    void shouldPrintRecordsWithTheConsoleConsumer() {
        CommandRun run = CommandRun.of("kafka", "--bootstrap-servers", cluster.bootstrapServers(), "console-consumer", "--topic", Topics.ARTICLES,
                "--from-beginning", "--max-messages", "1", "--timeout-ms", "60000");
        assertEquals(0, run.exit(), run.out());
        assertTrue(run.out().contains("\"id\":\"a0\""), run.out());
    }

    @Test
    void shouldReturnTheToolsExitCodeWithoutEndingTheProcess() {
        CommandRun run = CommandRun.of("kafka", "--bootstrap-servers", cluster.bootstrapServers(), "topics", "--describe", "--topic", "no-such-topic");
        assertNotEquals(0, run.exit(), run.out());
        assertEquals(2, CommandRun.of("kafka", "no-such-tool").exit(), "an unknown tool is a usage error");
    }

    @Test
    void shouldShowTheLagOfGroupsAndOfTheDatabasesTableWriter(@TempDir Path dir) {
        String db = "jdbc:sqlite:" + dir.resolve("basewatch.db");
        String[] lag = {"lag", "--bootstrap-servers", cluster.bootstrapServers(), "--jdbc-url", db};
        assertTrue(CommandRun.of(lag).out().contains("no database at " + db), "no database file is created just to be read");

        try (StatusTableStore store = StatusTableStore.open(db, null, null)) {
            String writer = "table-writer@" + db;
            assertEquals(List.of("0", String.valueOf(ARTICLES), String.valueOf(ARTICLES)), columns(CommandRun.of(lag), writer, Topics.CLAIMS),
                    "an empty database is behind by every claim");
            try (TableWriter ignored = new TableWriter(client, store).start()) {
                await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                        assertEquals(List.of(String.valueOf(ARTICLES), String.valueOf(ARTICLES), "0"), columns(CommandRun.of(lag), writer, Topics.CLAIMS)));
            }
        }
        assertEquals(List.of(String.valueOf(READ_BY_GROUP), String.valueOf(ARTICLES), String.valueOf(ARTICLES - READ_BY_GROUP)),
                columns(CommandRun.of(lag), "kafka-tools-it", Topics.ARTICLES));
    }

    /** Committed, end and lag of one reader's line for one topic. */
    private static List<String> columns(CommandRun run, String reader, String topic) {
        assertEquals(0, run.exit(), run.out());
        return run.lines().stream().map(l -> l.trim().split("\\s+")).filter(c -> c[0].equals(reader) && c[1].equals(topic))
                .map(c -> Arrays.asList(c).subList(2, 5)).findFirst().orElseThrow(() -> new AssertionError(reader + " " + topic + ":\n" + run.out()));
    }

    private static void commitGroup(String group, int offset) {
        Properties p = new Properties();
        p.putAll(client);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            int partition = consumer.partitionsFor(Topics.ARTICLES).stream().map(info -> new TopicPartition(Topics.ARTICLES, info.partition()))
                    .filter(tp -> consumer.endOffsets(List.of(tp)).get(tp) > 0).findFirst().orElseThrow().partition();
            consumer.commitSync(Map.of(new TopicPartition(Topics.ARTICLES, partition), new OffsetAndMetadata(offset)));
        }
    }
}
