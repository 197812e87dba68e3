package org.basewatch.app;

import org.basewatch.broker.TestClusters;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.basewatch.contracts.DeadLetters;
import org.basewatch.contracts.PlaceStatus;
import org.basewatch.contracts.Settings;
import org.basewatch.contracts.Status;
import org.basewatch.contracts.TopicSetup;
import org.basewatch.contracts.Topics;
import org.basewatch.ingest.publish.ArticlePublisher;
import org.basewatch.ingest.read.ArticleSources;
import org.basewatch.ingest.publish.IngestSummary;
import org.basewatch.ingest.read.ReadOptions;
import org.basewatch.sink.db.StatusTableStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ingest → processor → sink on a real broker, the table checked in SQLite and in a real PostgreSQL. */
class PipelineIT {
    private static KafkaClusterTestKit cluster;

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = TestClusters.startSingleNode();
    }

    @AfterAll
    static void stopCluster() throws Exception {
        cluster.close();
    }

    private static Properties settings() {
        Properties p = Settings.defaults();
        p.setProperty(Settings.BOOTSTRAP, cluster.bootstrapServers());
        return p;
    }

    @Test
    void shouldCarrySampleArticlesIntoTheStatusTableInSqliteAndPostgres(@TempDir Path dir) throws Exception {
        Properties settings = settings();
        Properties client = Settings.kafkaClient(settings);
        TopicSetup.ensure(client, 3, (short) 1);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start();
             Pipeline sqlitePipeline = new Pipeline()
                     .startProcessor(settings, dir.resolve("processor"))
                     .startSink(settings, dir.resolve("sink"), "jdbc:sqlite:" + dir.resolve("basewatch.db"))) {
            long published;
            try (ArticlePublisher publisher = new ArticlePublisher(client);
                 InputStream samples = PipelineIT.class.getResourceAsStream(LocalCommand.SAMPLES)) {
                IngestSummary summary = publisher.publish(ArticleSources.read(samples, "samples", ReadOptions.defaults()), p -> { });
                published = summary.published();
            }
            try (KafkaProducer<String, byte[]> raw = new KafkaProducer<>(Map.of("bootstrap.servers", cluster.bootstrapServers()),
                    new StringSerializer(), new ByteArraySerializer())) {
                raw.send(new ProducerRecord<>(Topics.ARTICLES, "poison", "{\"text\": broken".getBytes(StandardCharsets.UTF_8))).get();
            }
            assertTrue(published >= 12, "the samples hold at least a dozen articles");

            StatusTableStore sqlite = sqlitePipeline.store();
            await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
                Map<String, PlaceStatus> table = byPlace(sqlite.places());
                assertEquals(Status.WITHDRAWN, status(table, "ain-al-asad"));
                assertEquals(Status.PRESENT, status(table, "harir"));
            });

            List<ConsumerRecord<String, byte[]>> dead = readAll(Topics.ARTICLES_DLQ, 1);
            assertEquals("poison", dead.get(0).key());
            assertEquals("corrupt-json", new String(dead.get(0).headers().lastHeader(DeadLetters.REASON).value(), StandardCharsets.UTF_8));
            assertEquals(published, readAll(Topics.STORIES, published).size(), "every valid article gets a story mark");

            // a second sink, writing PostgreSQL, reads the same topics and must build the same table
            Properties second = settings();
            try (StatusTableStore pg = StatusTableStore.open(postgres.getJdbcUrl("postgres", "postgres"), null, null);
                 var writer = new org.basewatch.sink.TableWriter(Settings.kafkaClient(second), pg, "pipeline-it-postgres").start()) {
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                        assertEquals(statuses(sqlite.places()), statuses(pg.places())));
                assertFalse(pg.history("ain-al-asad").isEmpty());
                assertFalse(pg.changes().isEmpty());
            }
        }
    }

    @Test
    void shouldStopASinkWhoseInternalTopicCannotBeUsedInsteadOfReplacingItsThreadForEver(@TempDir Path dir) throws Exception {
        // as after an upgrade that changed the sink's layout: a changelog with other partitions than its input
        Properties settings = settings();
        settings.setProperty(org.apache.kafka.streams.StreamsConfig.APPLICATION_ID_CONFIG, "pipeline-it-broken-sink");
        // a failed thread's group membership lapses with its session: keep that short so the retries come fast
        settings.setProperty("session.timeout.ms", "6000");
        Properties client = Settings.kafkaClient(settings);
        TopicSetup.ensure(client, 3, (short) 1);
        try (Admin admin = Admin.create(client)) {
            admin.createTopics(List.of(new org.apache.kafka.clients.admin.NewTopic(
                    "pipeline-it-broken-sink-" + org.basewatch.sink.DecideStatus.TRANSITIONS + "-changelog", 1, (short) 1))).all().get();
        }
        java.util.concurrent.atomic.AtomicReference<Throwable> told = new java.util.concurrent.atomic.AtomicReference<>();
        try (Pipeline pipeline = new Pipeline().onFailure(told::set)
                .startSink(settings, dir.resolve("sink"), "jdbc:sqlite:" + dir.resolve("basewatch.db"))) {
            // the failing stream threads' exceptions are expected here, not a failure of the wait
            await().dontCatchUncaughtExceptions().atMost(Duration.ofSeconds(90)).until(() -> told.get() != null);
            assertTrue(String.valueOf(told.get().getMessage()).contains("invalid partitions"), String.valueOf(told.get()));
            assertEquals(told.get(), pipeline.failure());
        }
    }

    private static Status status(Map<String, PlaceStatus> table, String place) {
        PlaceStatus row = table.get(place);
        return row == null ? null : row.status();
    }

    private static Map<String, PlaceStatus> byPlace(List<PlaceStatus> rows) {
        return rows.stream().collect(Collectors.toMap(PlaceStatus::place, r -> r));
    }

    private static Map<String, String> statuses(List<PlaceStatus> rows) {
        return rows.stream().collect(Collectors.toMap(PlaceStatus::place, r -> r.status() + "@" + r.since() + " v" + r.version()));
    }

    private static List<ConsumerRecord<String, byte[]>> readAll(String topic, long atLeast) {
        Properties p = new Properties();
        p.put("bootstrap.servers", cluster.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "pipeline-it-" + topic + System.nanoTime());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<ConsumerRecord<String, byte[]>> out = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(out::add);
                return out.size() >= atLeast;
            });
        }
        return out;
    }
}
