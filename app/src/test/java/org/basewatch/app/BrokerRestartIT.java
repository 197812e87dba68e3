package org.basewatch.app;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.basewatch.broker.EmbeddedBroker;
import org.basewatch.contracts.Article;
import org.basewatch.contracts.Claim;
import org.basewatch.contracts.Json;
import org.basewatch.contracts.PlaceStatus;
import org.basewatch.contracts.Settings;
import org.basewatch.contracts.TableProgress;
import org.basewatch.contracts.TopicSetup;
import org.basewatch.contracts.Topics;
import org.basewatch.sink.Scope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The embedded broker stopped and started again on its data folder mid-run: the pipeline resumes and loses nothing. */
class BrokerRestartIT {
    private static final int ARTICLES = 600;
    // one stamp for every article of both runs; a stamp older than the topics' retention (7 days) would have the
    // broker delete the records it produced
    private static final long TIMESTAMP = Instant.now().toEpochMilli();

    @Test
    void shouldResumeAndLoseNothingWhenTheBrokerRestartsMidRun(@TempDir Path dir) throws Exception {
        List<Article> articles = VariedArticles.generate(ARTICLES, 7L);
        int port = freePort();
        int controllerPort = freePort();
        Path brokerData = dir.resolve("broker");
        EmbeddedBroker broker = EmbeddedBroker.start(brokerData, port, controllerPort);
        try {
            Properties settings = Settings.defaults();
            settings.setProperty(Settings.BOOTSTRAP, broker.bootstrapServers());
            Properties client = Settings.kafkaClient(settings);
            TopicSetup.ensure(client, 3, (short) 1);
            try (Pipeline pipeline = new Pipeline()
                    .startProcessor(settings, dir.resolve("processor"))
                    .startSink(settings, dir.resolve("sink"), "jdbc:sqlite:" + dir.resolve("basewatch.db"))) {
                ArticleFeed.publish(client, articles.subList(0, ARTICLES / 2), TIMESTAMP);
                // stopped while the pipeline is busy with the first half, not before it began or after it finished
                await("the pipeline under way").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
                        .until(() -> CommittedRecords.read(broker(settings), Topics.STORIES).size() >= ARTICLES / 8);
                System.out.printf("BrokerRestartIT: broker stopped with %d of %d story marks committed%n",
                        CommittedRecords.read(broker.bootstrapServers(), Topics.STORIES).size(), ARTICLES / 2);
                broker.close();
                broker = EmbeddedBroker.start(brokerData, port, controllerPort);
                awaitLeaders(client);
                ArticleFeed.publish(client, articles.subList(ARTICLES / 2, ARTICLES), TIMESTAMP);

                await("every article processed after the restart")
                        .atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                        .until(() -> CommittedRecords.read(broker(settings), Topics.STORIES).size()
                                + CommittedRecords.read(broker(settings), Topics.ARTICLES_DLQ).size() >= ARTICLES);
                List<ConsumerRecord<String, byte[]>> marks = CommittedRecords.read(broker(settings), Topics.STORIES);
                Map<String, Long> marksPerArticle = marks.stream().collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
                assertEquals(articles.stream().map(Article::id).collect(Collectors.toSet()), marksPerArticle.keySet(), "every article has a story mark");
                marksPerArticle.forEach((id, count) -> assertEquals(1L, count, "story marks of " + id));
                assertTrue(CommittedRecords.read(broker(settings), Topics.ARTICLES_DLQ).isEmpty(), "no article dead-lettered");

                // each place's row counts in its version the claims ever routed to it: one each, none twice
                Map<String, Long> routed = CommittedRecords.read(broker(settings), Topics.CLAIMS).stream()
                        .flatMap(r -> Scope.places(Json.read(r.value(), Claim.class)).stream())
                        .collect(Collectors.groupingBy(place -> place, Collectors.counting()));
                await("every place's row to account for every claim routed to it, in the topic and in the database")
                        .atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                        .until(() -> routed.equals(latestReceived(settings))
                                && Set.copyOf(latestRows(settings).values()).equals(Set.copyOf(pipeline.store().places())));
                Map<String, PlaceStatus> latest = latestRows(settings);
                assertFalse(latest.isEmpty(), "the articles must reach the status table");
                assertEquals(Set.copyOf(latest.values()), Set.copyOf(pipeline.store().places()), "the database holds the newest row of every place");
            }
        } finally {
            broker.close();
        }
    }

    /** Per place, the claims routed to it that the table says its latest row accounts for (none counted twice: the sink counts what it receives). */
    private static Map<String, Long> latestReceived(Properties settings) {
        Map<String, Long> received = new HashMap<>();
        CommittedRecords.read(broker(settings), Topics.BASE_STATUS_PROGRESS).forEach(r ->
                Json.read(r.value(), TableProgress.class).received().forEach((place, count) -> received.merge(place, count, Math::max)));
        return received;
    }

    private static Map<String, PlaceStatus> latestRows(Properties settings) {
        return CommittedRecords.read(broker(settings), Topics.BASE_STATUS).stream()
                .map(r -> Json.read(r.value(), PlaceStatus.class))
                .collect(Collectors.toMap(PlaceStatus::place, r -> r, (a, b) -> b.version() >= a.version() ? b : a));
    }

    /**
     * The restarted broker answers before it leads its partitions again; an idempotent producer that
     * starts in that window was seen (under load) to get NOT_LEADER_OR_FOLLOWER and then
     * OUT_OF_ORDER_SEQUENCE_NUMBER until its delivery timeout. That is the producer's side, reported
     * apart; this test is about the pipeline resuming, so it feeds the second half once leaders are back.
     */
    private static void awaitLeaders(Properties client) {
        try (Admin admin = Admin.create(client)) {
            await("every partition led after the restart")
                    .atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                    .until(() -> admin.describeTopics(TopicSetup.topics(3, (short) 1).stream().map(t -> t.name()).toList())
                            .allTopicNames().get().values().stream()
                            .flatMap(d -> d.partitions().stream())
                            .allMatch(p -> p.leader() != null && !p.leader().isEmpty()));
        }
    }

    private static String broker(Properties settings) {
        return settings.getProperty(Settings.BOOTSTRAP);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
