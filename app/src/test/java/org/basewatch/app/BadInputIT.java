package org.basewatch.app;

import org.basewatch.broker.TestClusters;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.streams.StreamsConfig;
import org.basewatch.contracts.Article;
import org.basewatch.contracts.DeadLetters;
import org.basewatch.contracts.Json;
import org.basewatch.contracts.Settings;
import org.basewatch.contracts.TopicSetup;
import org.basewatch.contracts.Topics;
import org.basewatch.processor.ProcessorTopology;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sends the bad-input corpus ({@code testdata/bad-input}), a generated 50 MB record and good Arabic
 * articles to a real broker running the processor, and checks every record comes out exactly once,
 * as a story mark or a dead letter, with the pipeline still processing afterwards.
 */
class BadInputIT {
    private static final Path CORPUS = Path.of("..", "testdata", "bad-input");
    private static final int SIXTY_FOUR_MB = 64 * 1024 * 1024;
    private static final int FIFTY_MB = 50 * 1024 * 1024;
    private static KafkaClusterTestKit cluster;

    /** One record sent: key, value, the outcome expected ({@code processed} or a reason, null when open) and where it landed. */
    record Sent(String key, byte[] value, String expected, RecordMetadata where) {
    }

    @BeforeAll
    static void startCluster() throws Exception {
        // a cluster of its own: PipelineIT's records on `articles` must not count here
        cluster = TestClusters.startSingleNode();
    }

    @AfterAll
    static void stopCluster() throws Exception {
        cluster.close();
    }

    @Test
    void shouldAccountForEveryBadRecordExactlyOnceAndKeepProcessing(@TempDir Path dir) throws Exception {
        Properties settings = Settings.defaults();
        settings.setProperty(Settings.BOOTSTRAP, cluster.bootstrapServers());
        TopicSetup.ensure(Settings.kafkaClient(settings), 3, (short) 1);
        coverOpenBufferBug(settings);

        try (Pipeline pipeline = new Pipeline().startProcessor(settings, dir.resolve("processor"))) {
            List<Sent> sent = sendCorpusBetweenGoodArticles();
            Map<String, List<ConsumerRecord<String, byte[]>>> out = readOutputsUntil(sent.size());

            Map<String, Long> times = out.values().stream().flatMap(List::stream)
                    .collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
            for (Sent s : sent) {
                assertEquals(1L, times.getOrDefault(s.key(), 0L), s.key() + " must come out exactly once");
                if ("processed".equals(s.expected())) {
                    assertTrue(hasKey(out.get(Topics.STORIES), s.key()), s.key() + " must get a story mark");
                } else if (s.expected() != null) {
                    checkDeadLetter(s, out.get(Topics.ARTICLES_DLQ));
                }
            }
            assertTrue(pipeline.running(), "the processor is still running after the bad input");
        }
    }

    /**
     * Open bug: {@code ProcessorTopology.config} raises the producer's {@code max.request.size} to 64 MB but
     * leaves {@code buffer.memory} at 32 MB, so the processor cannot dead-letter a record over 32 MB: the send
     * fails with RecordTooLargeException, the stream thread dies and is replaced, and its partition is stuck on
     * that record for ever. Until the processor's own config sets it, the test sets it as a deployment would
     * ({@code KAFKA_PRODUCER_BUFFER_MEMORY}); once it does, this does nothing and the real default is tested.
     */
    private static void coverOpenBufferBug(Properties settings) {
        String key = StreamsConfig.producerPrefix(ProducerConfig.BUFFER_MEMORY_CONFIG);
        if (!ProcessorTopology.config(new Properties()).containsKey(key)) {
            settings.setProperty(key, String.valueOf(2L * SIXTY_FOUR_MB));
        }
    }

    private static void checkDeadLetter(Sent s, List<ConsumerRecord<String, byte[]>> dlq) {
        ConsumerRecord<String, byte[]> d = dlq.stream().filter(r -> s.key().equals(r.key())).findFirst()
                .orElseThrow(() -> new AssertionError(s.key() + " must be dead-lettered"));
        assertEquals(s.expected(), header(d, DeadLetters.REASON), s.key() + ": " + header(d, DeadLetters.DETAIL));
        assertEquals(Topics.ARTICLES, header(d, DeadLetters.TOPIC));
        assertEquals(String.valueOf(s.where().partition()), header(d, DeadLetters.PARTITION));
        assertEquals(String.valueOf(s.where().offset()), header(d, DeadLetters.OFFSET));
        byte[] expected = s.value() != null && s.value().length > org.basewatch.processor.validate.ValidateArticles.DEAD_LETTER_MAX_BYTES
                ? Arrays.copyOf(s.value(), org.basewatch.processor.validate.ValidateArticles.DEAD_LETTER_MAX_BYTES) : s.value();
        assertTrue(Arrays.equals(expected, d.value()), s.key() + ": the dead letter carries the original bytes (the first megabyte of a huge one)");
    }

    private static List<Sent> sendCorpusBetweenGoodArticles() throws Exception {
        Map<String, String> expected = expected();
        Map<String, byte[]> bad = new LinkedHashMap<>();
        for (String file : expected.keySet()) {
            bad.put(file, Files.readAllBytes(CORPUS.resolve(file)));
        }
        bad.put("generated-50mb", fiftyMegabyteArticle());
        expected.put("generated-50mb", "too-large");
        bad.put("generated-null-value", null);
        expected.put("generated-null-value", "empty-record");

        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers());
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, SIXTY_FOUR_MB);
        // a record must also fit the producer's buffer, 32 MB by default
        p.put(ProducerConfig.BUFFER_MEMORY_CONFIG, 2L * SIXTY_FOUR_MB);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        List<Sent> sent = new ArrayList<>();
        int good = 0;
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
            for (Map.Entry<String, byte[]> b : bad.entrySet()) {
                sent.add(send(producer, "good-" + ++good, goodArticle(good), "processed"));
                sent.add(send(producer, b.getKey(), b.getValue(), expected.get(b.getKey())));
            }
            // sent after all the bad input: proves the pipeline is still processing
            sent.add(send(producer, "good-" + ++good, goodArticle(good), "processed"));
        }
        return sent;
    }

    private static Sent send(KafkaProducer<String, byte[]> producer, String key, byte[] value, String expected) throws Exception {
        RecordMetadata where = producer.send(new ProducerRecord<>(Topics.ARTICLES, key, value)).get();
        return new Sent(key, value, expected, where);
    }

    /** Reads {@code stories} and {@code articles-dlq} until they hold {@code total} records, then checks no more follow. */
    private static Map<String, List<ConsumerRecord<String, byte[]>>> readOutputsUntil(int total) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "bad-input-it-" + System.nanoTime());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, SIXTY_FOUR_MB);
        p.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, SIXTY_FOUR_MB);
        List<ConsumerRecord<String, byte[]>> all = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.STORIES, Topics.ARTICLES_DLQ));
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ZERO).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(all::add);
                return all.size() >= total;
            });
            // a duplicate would arrive late; give it the time of a few commit intervals
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).pollInterval(Duration.ZERO).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(all::add);
                return all.size() == total;
            });
        }
        Map<String, List<ConsumerRecord<String, byte[]>>> byTopic = all.stream().collect(Collectors.groupingBy(ConsumerRecord::topic));
        byTopic.putIfAbsent(Topics.STORIES, List.of());
        byTopic.putIfAbsent(Topics.ARTICLES_DLQ, List.of());
        return byTopic;
    }

    /** File name → outcome from {@code expected.tsv}; null for a file with an open bug, whose outcome is not checked here. */
    private static Map<String, String> expected() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(CORPUS.resolve("expected.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            boolean openBug = cols.length > 2 && !cols[2].isBlank();
            out.put(cols[0], openBug ? null : cols[1]);
        }
        return out;
    }

    private static byte[] fiftyMegabyteArticle() {
        byte[] sentence = "قالت مصادر عراقية إن قوات التحالف غادرت القاعدة. ".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(FIFTY_MB + 1024);
        out.writeBytes("{\"source\":\"generated\",\"text\":\"".getBytes(StandardCharsets.UTF_8));
        while (out.size() < FIFTY_MB) {
            out.writeBytes(sentence);
        }
        out.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static byte[] goodArticle(int n) {
        String[] bases = {"قاعدة عين الأسد الجوية", "قاعدة حرير الجوية", "معسكر التاجي", "قاعدة بلد الجوية", "قاعدة القيارة"};
        String text = "بغداد - قال المتحدث باسم قيادة العمليات المشتركة في بيان رقم " + n + " إن لجنة فنية زارت "
                + bases[n % bases.length] + " للاطلاع على سير عمل القوات العراقية هناك، وإن الزيارة " + n
                + " شملت مراجعة خطط التدريب والصيانة مع الضباط المختصين.";
        return Json.bytes(new Article("good-" + n, null, "Outlet " + (char) ('A' + n % 5), "2021-12-09", "ar", null, text));
    }

    private static boolean hasKey(List<ConsumerRecord<String, byte[]>> records, String key) {
        return records.stream().map(ConsumerRecord::key).anyMatch(key::equals);
    }

    private static String header(ConsumerRecord<String, byte[]> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
