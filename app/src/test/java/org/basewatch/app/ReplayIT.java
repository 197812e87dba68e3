package org.basewatch.app;

import org.basewatch.broker.TestClusters;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.tools.StreamsResetter;
import org.basewatch.contracts.PlaceStatus;
import org.basewatch.contracts.Settings;
import org.basewatch.contracts.TopicSetup;
import org.basewatch.contracts.Topics;
import org.basewatch.ingest.publish.ArticlePublisher;
import org.basewatch.ingest.read.ArticleSources;
import org.basewatch.ingest.read.ReadOptions;
import org.basewatch.processor.ProcessorTopology;
import org.basewatch.sink.StatusTopology;
import org.basewatch.sink.TableWriter;
import org.basewatch.sink.db.StatusTableStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Resetting both Streams apps (kafka-streams-application-reset semantics) and reprocessing gives the identical table and database. */
class ReplayIT {

    @Test
    void shouldRebuildTheIdenticalTableAfterAnApplicationReset(@TempDir Path dir) throws Exception {
        try (KafkaClusterTestKit cluster = TestClusters.startSingleNode()) {
            Properties settings = Settings.defaults();
            settings.setProperty(Settings.BOOTSTRAP, cluster.bootstrapServers());
            Properties client = Settings.kafkaClient(settings);
            // one partition of articles: which copy of a syndicated story is its original follows arrival,
            // and copies spread over several partitions can arrive in another order on a replay (the
            // grouping itself is stable across partitions: StoriesIT)
            TopicSetup.ensure(client, 1, (short) 1);
            String db = "jdbc:sqlite:" + dir.resolve("basewatch.db");

            List<PlaceStatus> before;
            long published;
            try (RunCounter counter = new RunCounter(client);
                 Pipeline first = new Pipeline().startProcessor(settings, dir.resolve("p1")).startSink(settings, dir.resolve("s1"), db)) {
                try (ArticlePublisher publisher = new ArticlePublisher(client);
                     InputStream samples = ReplayIT.class.getResourceAsStream(LocalCommand.SAMPLES)) {
                    published = publisher.publish(ArticleSources.read(samples, "samples", ReadOptions.defaults()), p -> { }).published();
                }
                assertTrue(counter.awaitIdle(published, first.writer(), Duration.ofMinutes(2), () -> first.failure() != null), "first run idle");
                before = first.store().places();
            }
            assertFalse(before.isEmpty());

            // the reset tool on both applications, then local state wiped (fresh state folders), as an operator would
            for (String[] app : new String[][]{{ProcessorTopology.APPLICATION_ID, Topics.ARTICLES}, {StatusTopology.APPLICATION_ID, Topics.CLAIMS}}) {
                int exit = new StreamsResetter().execute(new String[]{"--bootstrap-server", cluster.bootstrapServers(),
                        "--application-id", app[0], "--input-topics", app[1], "--force"});
                assertEquals(0, exit, "reset of " + app[0]);
            }

            try (RunCounter counter = new RunCounter(client);
                 StatusTableStore fresh = StatusTableStore.open("jdbc:sqlite:" + dir.resolve("fresh.db"), null, null);
                 TableWriter freshWriter = new TableWriter(client, fresh, "replay-it-fresh").start();
                 Pipeline replay = new Pipeline().startProcessor(settings, dir.resolve("p2")).startSink(settings, dir.resolve("s2"), db)) {
                assertTrue(counter.awaitIdle(published, replay.writer(), Duration.ofMinutes(2), () -> replay.failure() != null), "replay idle");
                assertEquals(before, replay.store().places(), "the same database after replay: no row regressed or changed");
                org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60))
                        .untilAsserted(() -> assertEquals(before, fresh.places(), "a database built from the replayed topics"));
            }
        }
    }
}
