package org.basewatch.app;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.basewatch.broker.TestClusters;
import org.basewatch.contracts.Article;
import org.basewatch.contracts.Json;
import org.basewatch.contracts.PlaceStatus;
import org.basewatch.contracts.Settings;
import org.basewatch.contracts.StatusChange;
import org.basewatch.contracts.TopicSetup;
import org.basewatch.contracts.Topics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14: on three brokers, every topic replicated three times with {@code min.insync.replicas=2}, one broker stopped
 * while articles are flowing costs nothing: the same table and the same status changes, in the same order under
 * read_committed, as a run on which no broker stops.
 */
class BrokerLossIT {
    private static final int ARTICLES = 300;
    private static final long SEED = 14_003L;
    private static final short REPLICAS = 3;
    /** One stamp for both runs: the sink dates an undated claim by its record's arrival day. */
    private static final long TIMESTAMP = Instant.now().toEpochMilli();
    private static final Duration IDLE = Duration.ofMinutes(4);

    /** What a run left behind, in the form two runs can be compared in. */
    record Outcome(List<PlaceStatus> table, Map<String, List<String>> changesByPlace) {
    }

    @Test
    void shouldEndWithTheSameTableAndChangesWhenABrokerStopsMidStream(@TempDir Path dir) throws Exception {
        List<Article> articles = VariedArticles.generate(ARTICLES, SEED);
        Outcome steady = run(articles, dir.resolve("steady"), false);
        Outcome lossy = run(articles, dir.resolve("lossy"), true);
        System.out.printf("BrokerLossIT: %d places, %d changes%n", steady.table().size(),
                steady.changesByPlace().values().stream().mapToInt(List::size).sum());
        assertTrue(!steady.table().isEmpty(), "the articles must reach the table");
        assertEquals(steady.changesByPlace(), lossy.changesByPlace(), "the same status changes, in the same order");
        assertEquals(steady.table(), lossy.table(), "the same table");
    }

    private static Outcome run(List<Article> articles, Path dir, boolean stopABroker) throws Exception {
        try (KafkaClusterTestKit cluster = TestClusters.startThreeBrokers()) {
            Properties settings = Settings.defaults();
            settings.setProperty(Settings.BOOTSTRAP, cluster.bootstrapServers());
            settings.setProperty(Settings.REPLICATION, String.valueOf(REPLICAS));
            Properties client = Settings.kafkaClient(settings);
            createTopics(client);
            try (RunCounter counter = new RunCounter(client);
                 Pipeline pipeline = new Pipeline().startProcessor(settings, dir.resolve("processor"))
                         .startSink(settings, dir.resolve("sink"), "jdbc:sqlite:" + dir.resolve("basewatch.db"))) {
                int half = articles.size() / 2;
                ArticleFeed.publish(client, articles.subList(0, half), TIMESTAMP);
                if (stopABroker) {
                    // mid-stream: some of the first half is through the processor, the rest is not
                    await().atMost(IDLE).pollInterval(Duration.ofMillis(100)).until(() -> {
                        counter.poll();
                        return counter.count(Topics.STORIES) >= half / 3;
                    });
                    int victim = cluster.brokers().keySet().stream().max(Integer::compare).orElseThrow();
                    cluster.brokers().get(victim).shutdown();
                    System.out.printf("BrokerLossIT: broker %d stopped after %d of %d story marks%n", victim,
                            counter.count(Topics.STORIES), articles.size());
                }
                ArticleFeed.publish(client, articles.subList(half, articles.size()), TIMESTAMP);
                assertTrue(counter.awaitIdle(articles.size(), pipeline.writer(), IDLE, () -> pipeline.failure() != null),
                        dir.getFileName() + ": the run did not finish (" + pipeline.failure() + ")");
                // a row goes out only when a reader would see it change, so its version is that of the last such change,
                // which depends on how the decision rounds fell: the table is compared as a reader sees it
                return new Outcome(pipeline.store().places().stream().map(row -> row.withVersion(0)).toList(),
                        changes(cluster.bootstrapServers()));
            }
        }
    }

    /** One partition for articles and claims, as in {@link CrashIT}: the changes follow the order claims reach a place. */
    private static void createTopics(Properties client) throws Exception {
        try (Admin admin = Admin.create(client)) {
            admin.createTopics(TopicSetup.topics(1, REPLICAS).stream()
                    .filter(t -> t.name().equals(Topics.ARTICLES) || t.name().equals(Topics.CLAIMS)).toList()).all().get();
        }
        TopicSetup.ensure(client, 3, REPLICAS);
    }

    private static Map<String, List<String>> changes(String bootstrap) {
        Map<String, List<String>> changes = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> r : CommittedRecords.read(bootstrap, Topics.BASE_STATUS_CHANGES)) {
            StatusChange c = Json.read(r.value(), StatusChange.class);
            // detectedAt is the wall clock of the decision, the one field two runs cannot share
            changes.computeIfAbsent(r.key(), k -> new ArrayList<>())
                    .add(Json.write(new StatusChange(c.place(), c.from(), c.to(), c.effectiveDate(), null, c.evidence())));
        }
        return changes;
    }
}
