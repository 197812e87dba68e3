package org.basewatch.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.basewatch.broker.TestClusters;
import org.basewatch.contracts.Article;
import org.basewatch.contracts.Claim;
import org.basewatch.contracts.Json;
import org.basewatch.contracts.Settings;
import org.basewatch.contracts.TopicSetup;
import org.basewatch.contracts.Topics;
import org.basewatch.ingest.publish.ArticlePublisher;
import org.basewatch.ingest.read.ArticleSources;
import org.basewatch.ingest.read.ReadOptions;
import org.basewatch.ingest.read.ReadResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The documents in {@code docs/} that tools read, checked against what the code does in a real run (a broker from
 * {@code KafkaClusterTestKit}, the processor and sink, ingest's publisher, and a bad article and a bad claim so that
 * every topic gets records): {@code asyncapi.yaml} against the topics {@link TopicSetup} creates and every record
 * committed to them; {@code grafana-dashboard.json} and {@code prometheus-alerts.yaml} against the metrics the run's
 * {@code /metrics} exposes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentedContractsIT {
    /** Records this test writes itself, not the code: their dead letters are checked, they are not. */
    private static final String HAND_MADE_KEY = "hand-made-poison";
    private static final Path DASHBOARD = Path.of("..", "docs", "grafana-dashboard.json");
    private static final Path ALERTS = Path.of("..", "docs", "prometheus-alerts.yaml");
    /** Prometheus's own series for a scrape target, never in an app's /metrics. */
    private static final String PROMETHEUS_UP = "up";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private KafkaClusterTestKit cluster;
    private final Map<String, List<ConsumerRecord<String, byte[]>>> committed = new TreeMap<>();
    private final Map<String, Map<String, String>> brokerConfigs = new TreeMap<>();
    private final Set<String> exposed = new TreeSet<>();

    @BeforeAll
    void runThePipeline(@TempDir Path dir) throws Exception {
        cluster = TestClusters.startSingleNode();
        Properties settings = Settings.defaults();
        settings.setProperty(Settings.BOOTSTRAP, cluster.bootstrapServers());
        Properties client = Settings.kafkaClient(settings);
        TopicSetup.ensure(client, 3, (short) 1);
        try (Pipeline pipeline = new Pipeline().startProcessor(settings, dir.resolve("processor"))
                .startSink(settings, dir.resolve("sink"), "jdbc:sqlite:" + dir.resolve("basewatch.db"))
                .serveOps("127.0.0.1", 0)) {
            publishSamplesAndACorrection(client);
            try (KafkaProducer<String, byte[]> raw = new KafkaProducer<>(client, new StringSerializer(), new ByteArraySerializer())) {
                raw.send(new ProducerRecord<>(Topics.ARTICLES, HAND_MADE_KEY, "{\"text\": broken".getBytes(StandardCharsets.UTF_8))).get();
                raw.send(new ProducerRecord<>(Topics.CLAIMS, HAND_MADE_KEY, "{\"place\": 7".getBytes(StandardCharsets.UTF_8))).get();
            }
            await("a record on every topic, the table written").atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                    .until(() -> topics().allMatch(t -> !CommittedRecords.read(cluster.bootstrapServers(), t).isEmpty())
                            && CommittedRecords.read(cluster.bootstrapServers(), Topics.CLAIMS).stream().anyMatch(DocumentedContractsIT::isRetraction));
            await("every part counted, the table written").atMost(Duration.ofMinutes(1))
                    .pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                    .until(() -> scrape(pipeline.opsPort()), m -> m.getOrDefault("basewatch_table_writer_lag_records", -1.0) == 0
                            && m.getOrDefault("basewatch_articles_duplicates_total", 0.0) > 0
                            && m.keySet().stream().anyMatch(k -> k.startsWith("basewatch_status_changes_total")));
            exposed.addAll(scrape(pipeline.opsPort()).keySet().stream().map(DocumentedContractsIT::metricName).toList());
        }
        topics().forEach(t -> committed.put(t, CommittedRecords.read(cluster.bootstrapServers(), t)));
        readBrokerConfigs(client);
    }

    private static void publishSamplesAndACorrection(Properties client) throws Exception {
        try (ArticlePublisher publisher = new ArticlePublisher(client);
             InputStream samples = DocumentedContractsIT.class.getResourceAsStream(LocalCommand.SAMPLES)) {
            List<ReadResult> read = ArticleSources.read(samples, "samples", ReadOptions.defaults()).toList();
            publisher.publish(read.stream(), p -> { });
            // the same id with other content is a correction: the processor retracts the old version's claims
            ReadResult first = read.stream().filter(r -> r.article() != null).findFirst().orElseThrow();
            Article a = first.article();
            Article corrected = new Article(a.id(), a.url(), a.source(), a.publishedAt(), a.language(), a.title(), a.text() + "\n(corrected)");
            // another outlet's copy under its own id is a duplicate of the story
            Article copy = new Article(a.id() + "-copy", null, "Another outlet", a.publishedAt(), a.language(), a.title(), a.text());
            publisher.publish(Stream.of(ReadResult.ok(corrected, first.origin() + "#corrected"), ReadResult.ok(copy, first.origin() + "#copy")), p -> { });
        }
    }

    private void readBrokerConfigs(Properties client) throws Exception {
        try (Admin admin = Admin.create(client)) {
            List<ConfigResource> resources = topics().map(t -> new ConfigResource(ConfigResource.Type.TOPIC, t)).toList();
            Map<ConfigResource, Config> configs = admin.describeConfigs(resources).all().get();
            configs.forEach((r, c) -> brokerConfigs.put(r.name(), c.entries().stream()
                    .collect(Collectors.toMap(e -> e.name(), e -> String.valueOf(e.value())))));
        }
    }

    @AfterAll
    void stop() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    private static Stream<String> topics() {
        return TopicSetup.topics(1, (short) 1).stream().map(NewTopic::name);
    }

    @Test
    void shouldDocumentEveryTopicTheCodeNamesAndCreates() throws Exception {
        AsyncApiDocument doc = AsyncApiDocument.read();
        Set<String> named = new TreeSet<>();
        for (Field f : Topics.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                named.add((String) f.get(null));
            }
        }
        Set<String> created = topics().collect(Collectors.toCollection(TreeSet::new));
        assertEquals(named, created, "TopicSetup creates every topic of Topics");
        assertEquals(created, new TreeSet<>(doc.addresses().values()), "docs/asyncapi.yaml has one channel per topic");
        doc.addresses().forEach((channel, address) -> assertEquals(channel, address, "channels are named by their topic"));
    }

    @Test
    void shouldDocumentTheConfigurationOfEveryTopicAsTheBrokerHasIt() throws Exception {
        AsyncApiDocument doc = AsyncApiDocument.read();
        for (NewTopic t : TopicSetup.topics(1, (short) 1)) {
            Map<String, String> documented = doc.topicConfiguration(t.name());
            assertEquals(new TreeMap<>(t.configs()), documented, "TopicSetup vs docs/asyncapi.yaml for " + t.name());
            Map<String, String> onBroker = brokerConfigs.get(t.name());
            documented.forEach((k, v) -> assertEquals(v, onBroker.get(k), k + " of " + t.name() + " on the broker"));
        }
    }

    @Test
    void shouldDescribeEveryRecordTheRunCommitted() throws Exception {
        AsyncApiDocument doc = AsyncApiDocument.read();
        Map<String, Integer> problems = new TreeMap<>();
        committed.forEach((topic, records) -> {
            assertFalse(records.isEmpty(), "the run wrote to " + topic);
            for (ConsumerRecord<String, byte[]> r : records) {
                if (HAND_MADE_KEY.equals(r.key()) && !topic.endsWith("-dlq")) {
                    continue;
                }
                try {
                    doc.problems(topic, r.key(), headers(r), r.value()).forEach(p -> problems.merge(topic + " " + p, 1, Integer::sum));
                } catch (Exception e) {
                    problems.merge(topic + " unreadable: " + e.getMessage(), 1, Integer::sum);
                }
            }
        });
        assertTrue(problems.isEmpty(), "records differ from docs/asyncapi.yaml (problem: how many records):\n"
                + problems.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("\n")));
        assertTrue(committed.get(Topics.CLAIMS).stream().anyMatch(DocumentedContractsIT::isRetraction),
                "the run made a retraction, so its shape was checked too");
    }

    private static boolean isRetraction(ConsumerRecord<String, byte[]> r) {
        return !HAND_MADE_KEY.equals(r.key()) && Json.read(r.value(), Claim.class).isRetraction();
    }

    @Test
    void shouldNameOnlyMetricsTheAppExposesOnTheDashboardAndInTheAlerts() throws Exception {
        Map<String, String> expressions = new TreeMap<>();
        for (JsonNode panel : JSON.readTree(DASHBOARD.toFile()).path("panels")) {
            for (JsonNode target : panel.path("targets")) {
                expressions.put("dashboard panel '" + panel.path("title").asText() + "' " + target.path("refId").asText(), target.path("expr").asText());
            }
        }
        for (JsonNode rule : alertRules()) {
            expressions.put("alert " + rule.path("alert").asText(), rule.path("expr").asText());
        }
        assertTrue(expressions.size() > 10 && expressions.values().stream().noneMatch(String::isBlank), expressions.toString());
        Set<String> named = new TreeSet<>();
        List<String> unknown = new ArrayList<>();
        expressions.forEach((where, expr) -> PromQlNames.in(expr).stream().filter(n -> !n.equals(PROMETHEUS_UP)).forEach(n -> {
            named.add(n);
            if (!exposed.contains(n)) {
                String family = String.join("_", List.of(n.split("_")).subList(0, Math.min(3, n.split("_").length)));
                unknown.add(where + ": " + n + " (exposed: " + exposed.stream().filter(e -> e.startsWith(family)).toList() + ")");
            }
        }));
        assertTrue(unknown.isEmpty(), "named but not exposed after a real run: " + unknown);
        Set<String> own = exposed.stream().filter(n -> n.startsWith("basewatch_") && !n.endsWith("_max")).collect(Collectors.toCollection(TreeSet::new));
        own.removeAll(named);
        assertTrue(own.isEmpty(), "basewatch metrics no dashboard panel or alert shows: " + own);
    }

    @Test
    void shouldWriteEveryAlertRuleWithItsParts() throws Exception {
        List<JsonNode> rules = alertRules();
        assertFalse(rules.isEmpty());
        for (JsonNode rule : rules) {
            for (String part : List.of("alert", "expr", "for")) {
                assertTrue(rule.path(part).isTextual(), part + " of " + rule);
            }
            assertTrue(rule.path("annotations").path("summary").isTextual(), "summary of " + rule.path("alert"));
            assertTrue(rule.path("labels").path("severity").isTextual(), "severity of " + rule.path("alert"));
        }
    }

    private static List<JsonNode> alertRules() throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode group : YAML.readTree(ALERTS.toFile()).path("groups")) {
            group.path("rules").forEach(out::add);
        }
        return out;
    }

    /** {@code name{labels}} → {@code name}. */
    private static String metricName(String series) {
        int brace = series.indexOf('{');
        return brace < 0 ? series : series.substring(0, brace);
    }

    /** The Prometheus text of {@code /metrics} as {@code name{labels}} → value, comments left out. */
    private static Map<String, Double> scrape(int port) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        Map<String, Double> out = new TreeMap<>();
        response.body().lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(l -> {
            int space = l.lastIndexOf(' ');
            out.put(l.substring(0, space), Double.parseDouble(l.substring(space + 1)));
        });
        return out;
    }

    private static Map<String, String> headers(ConsumerRecord<String, byte[]> r) {
        Map<String, String> out = new TreeMap<>();
        for (Header h : r.headers()) {
            out.put(h.key(), h.value() == null ? "" : new String(h.value(), StandardCharsets.UTF_8));
        }
        return out;
    }
}
