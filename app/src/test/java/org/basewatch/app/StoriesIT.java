package org.basewatch.app;

import org.basewatch.broker.TestClusters;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.basewatch.contracts.Article;
import org.basewatch.contracts.Json;
import org.basewatch.contracts.Settings;
import org.basewatch.contracts.StoryMark;
import org.basewatch.contracts.TopicSetup;
import org.basewatch.contracts.Topics;
import org.basewatch.processor.dedup.StoryGrouper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** On a real broker with articles spread over several partitions, stories group the same copies as the offline command. */
class StoriesIT {
    private static final Path DEV = Path.of("..", "..", "shared", "corpus", "dev.jsonl");

    @Test
    void shouldGroupCopiesAcrossPartitionsAsTheOfflineCommandDoes(@TempDir Path dir) throws Exception {
        String jsonl;
        try (InputStream samples = StoriesIT.class.getResourceAsStream(LocalCommand.SAMPLES)) {
            jsonl = new String(samples.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (Files.exists(DEV)) {
            jsonl = jsonl + "\n" + Files.readString(DEV, StandardCharsets.UTF_8);
        }
        List<String> lines = jsonl.lines().filter(l -> !l.isBlank()).toList();
        ByteArrayOutputStream offline = new ByteArrayOutputStream();
        StoryGrouper.run(new BufferedReader(new StringReader(jsonl)), new PrintStream(offline, true, StandardCharsets.UTF_8), System.err);
        Set<Set<String>> expected = groups(offline.toString(StandardCharsets.UTF_8).lines().map(l -> Json.read(l, StoryMark.class)).toList());
        assertTrue(expected.stream().anyMatch(g -> g.size() > 1), "the input holds syndicated copies");

        try (KafkaClusterTestKit cluster = TestClusters.startSingleNode()) {
            Properties settings = Settings.defaults();
            settings.setProperty(Settings.BOOTSTRAP, cluster.bootstrapServers());
            Properties client = Settings.kafkaClient(settings);
            TopicSetup.ensure(client, 4, (short) 1);
            try (Pipeline pipeline = new Pipeline().startProcessor(settings, dir.resolve("processor"));
                 KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", cluster.bootstrapServers()),
                         new StringSerializer(), new ByteArraySerializer())) {
                Set<Integer> partitions = new HashSet<>();
                for (String line : lines) {
                    String id = Json.read(line, Article.class).id();
                    partitions.add(producer.send(new ProducerRecord<>(Topics.ARTICLES, id, line.getBytes(StandardCharsets.UTF_8))).get().partition());
                }
                assertTrue(partitions.size() >= 3, "articles spread over several partitions: " + partitions);
                List<StoryMark> marks = read(cluster.bootstrapServers(), lines.size());
                assertEquals(expected, groups(marks));
            }
        }
    }

    /** The stories the marks end with: each story id followed through the {@code replaced} lists to the story it joined. */
    private static Set<Set<String>> groups(Collection<StoryMark> marks) {
        Map<String, String> joined = new HashMap<>();
        marks.forEach(m -> m.replaced().forEach(r -> joined.put(r, m.storyId())));
        Map<String, Set<String>> byStory = new HashMap<>();
        marks.forEach(m -> byStory.computeIfAbsent(current(m.storyId(), joined), s -> new TreeSet<>()).add(m.articleId()));
        return byStory.values().stream().collect(Collectors.toSet());
    }

    private static String current(String story, Map<String, String> joined) {
        Set<String> seen = new HashSet<>();
        String now = story;
        while (seen.add(now) && joined.containsKey(now)) {
            now = joined.get(now);
        }
        return now;
    }

    private static List<StoryMark> read(String bootstrap, int count) {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "stories-it");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<StoryMark> out = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.STORIES));
            await().atMost(Duration.ofSeconds(90)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> out.add(Json.read(r.value(), StoryMark.class)));
                return out.size() >= count;
            });
        }
        return out;
    }
}
