package org.basewatch.app;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.basewatch.broker.TestClusters;
import org.basewatch.contracts.Claim;
import org.basewatch.contracts.Json;
import org.basewatch.contracts.Settings;
import org.basewatch.contracts.StatusChange;
import org.basewatch.contracts.TopicSetup;
import org.basewatch.contracts.Topics;
import org.basewatch.ingest.publish.ArticlePublisher;
import org.basewatch.ingest.read.ArticleSources;
import org.basewatch.ingest.read.ReadOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * basewatch's own metrics scraped from {@code /metrics} after a run on a real broker: every count equals what the
 * topics committed during the run (articles in, processed, dead-lettered by reason, claims by modality, status
 * changes), extraction was timed, and the table writer's lag is back to zero.
 */
class MetricsIT {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @Test
    void shouldCountWhatTheRunCommittedUnderBasewatchNames(@TempDir Path dir) throws Exception {
        try (KafkaClusterTestKit cluster = TestClusters.startSingleNode()) {
            Properties settings = Settings.defaults();
            settings.setProperty(Settings.BOOTSTRAP, cluster.bootstrapServers());
            Properties client = Settings.kafkaClient(settings);
            TopicSetup.ensure(client, 3, (short) 1);
            try (Pipeline pipeline = new Pipeline().startProcessor(settings, dir.resolve("processor"))
                    .startSink(settings, dir.resolve("sink"), "jdbc:sqlite:" + dir.resolve("basewatch.db"))
                    .serveOps("127.0.0.1", 0)) {
                long published;
                try (ArticlePublisher publisher = new ArticlePublisher(client);
                     InputStream samples = MetricsIT.class.getResourceAsStream(LocalCommand.SAMPLES)) {
                    published = publisher.publish(ArticleSources.read(samples, "samples", ReadOptions.defaults()), p -> { }).published();
                }
                try (KafkaProducer<String, byte[]> raw = new KafkaProducer<>(client, new StringSerializer(), new ByteArraySerializer())) {
                    raw.send(new ProducerRecord<>(Topics.ARTICLES, "poison", "{\"text\": broken".getBytes(StandardCharsets.UTF_8))).get();
                }

                await("every article through, the table written").atMost(Duration.ofMinutes(3))
                        .pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                        .until(() -> scrape(pipeline.opsPort()), m -> m.getOrDefault("basewatch_articles_processed_total", 0.0) == published
                                && m.getOrDefault("basewatch_articles_dead_lettered_total{reason=\"corrupt-json\"}", 0.0) == 1
                                && m.getOrDefault("basewatch_table_writer_lag_records", -1.0) == 0
                                && m.getOrDefault("basewatch_extraction_seconds_count", 0.0) > 0);

                await("the counts of every committed claim and change").atMost(Duration.ofMinutes(1))
                        .pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                            Map<String, Double> m = scrape(pipeline.opsPort());
                            assertEquals(claimsByModality(cluster.bootstrapServers()), labelled(m, "basewatch_claims_total", "modality"));
                            assertEquals(changesByStatus(cluster.bootstrapServers()), labelled(m, "basewatch_status_changes_total", "to"));
                        });
                Map<String, Double> final_ = scrape(pipeline.opsPort());
                assertTrue(!labelled(final_, "basewatch_claims_total", "modality").isEmpty()
                        && !labelled(final_, "basewatch_status_changes_total", "to").isEmpty(), "the samples make claims and changes");
                assertEquals(published + 1, final_.get("basewatch_articles_in_total"), "every record on articles, the poison too");
            }
        }
    }

    private static Map<String, Double> claimsByModality(String bootstrap) {
        Map<String, Double> out = new TreeMap<>();
        for (ConsumerRecord<String, byte[]> r : CommittedRecords.read(bootstrap, Topics.CLAIMS)) {
            Claim c = Json.read(r.value(), Claim.class);
            if (!c.isRetraction()) {
                out.merge(c.modality().name(), 1.0, Double::sum);
            }
        }
        return out;
    }

    private static Map<String, Double> changesByStatus(String bootstrap) {
        return CommittedRecords.read(bootstrap, Topics.BASE_STATUS_CHANGES).stream()
                .map(r -> Json.read(r.value(), StatusChange.class).to().name())
                .collect(Collectors.toMap(s -> s, s -> 1.0, Double::sum, TreeMap::new));
    }

    /** {@code name{label="x"} 3} lines of one metric → {@code x → 3}. */
    private static Map<String, Double> labelled(Map<String, Double> metrics, String name, String label) {
        Map<String, Double> out = new TreeMap<>();
        String prefix = name + "{" + label + "=\"";
        metrics.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                out.put(k.substring(prefix.length(), k.indexOf('"', prefix.length())), v);
            }
        });
        return out;
    }

    /** The Prometheus text of {@code /metrics} as {@code name{labels}} → value, comments left out. */
    private static Map<String, Double> scrape(int port) throws Exception {
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        Map<String, Double> out = new HashMap<>();
        response.body().lines().filter(l -> l.startsWith("basewatch_")).forEach(l -> {
            int space = l.lastIndexOf(' ');
            out.put(l.substring(0, space), Double.parseDouble(l.substring(space + 1)));
        });
        return out;
    }
}
