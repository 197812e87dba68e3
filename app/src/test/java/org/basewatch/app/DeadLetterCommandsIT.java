package org.basewatch.app;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.basewatch.broker.TestClusters;
import org.basewatch.contracts.DeadLetters;
import org.basewatch.contracts.Settings;
import org.basewatch.contracts.TopicSetup;
import org.basewatch.contracts.Topics;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code basewatch dlq list|replay} on a real broker: dead letters counted by reason; a replay re-publishes to
 * {@code articles} only what today's validation accepts, whole and with a replay header, and never the same one twice.
 */
class DeadLetterCommandsIT {

    @Test
    void shouldListByReasonAndReplayWhatIsNowAcceptedOnce() throws Exception {
        try (KafkaClusterTestKit cluster = TestClusters.startSingleNode()) {
            Properties settings = Settings.defaults();
            settings.setProperty(Settings.BOOTSTRAP, cluster.bootstrapServers());
            Properties client = Settings.kafkaClient(settings);
            TopicSetup.ensure(client, 3, (short) 1);
            List<String> samples = sampleArticles();
            // as an older version wrote them: two good articles it refused, one cut to size, one still broken
            try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(client, new StringSerializer(), new ByteArraySerializer())) {
                producer.send(deadLetter("refused-language", samples.get(0), "unsupported-language", false)).get();
                producer.send(deadLetter("refused-words", samples.get(1), "no-words", false)).get();
                producer.send(deadLetter("cut", samples.get(2), "too-large", true)).get();
                producer.send(deadLetter("broken", "{\"text\": broken", "corrupt-json", false)).get();
            }
            String bootstrap = cluster.bootstrapServers();

            CommandRun list = CommandRun.of("dlq", "list", "--bootstrap-servers", bootstrap);
            assertEquals(0, list.exit(), list.out());
            for (String reason : List.of("unsupported-language", "no-words", "too-large", "corrupt-json")) {
                assertTrue(list.lines().stream().anyMatch(l -> l.matches(reason + "\\s+1")), reason + " counted once:\n" + list.out());
            }
            assertTrue(list.out().contains(" broken: detail of corrupt-json"), "an example with its key and detail:\n" + list.out());

            CommandRun first = CommandRun.of("dlq", "replay", "--bootstrap-servers", bootstrap, "--reason", "unsupported-language");
            assertEquals(0, first.exit(), first.out());
            assertTrue(first.out().contains("replayed 1;"), first.out());
            List<ConsumerRecord<String, byte[]>> articles = CommittedRecords.read(bootstrap, Topics.ARTICLES);
            assertEquals(1, articles.size());
            ConsumerRecord<String, byte[]> replayed = articles.get(0);
            assertEquals("refused-language", replayed.key());
            assertArrayEquals(samples.get(0).getBytes(StandardCharsets.UTF_8), replayed.value(), "the original bytes");
            assertTrue(header(replayed, DeadLetters.REPLAY_OF).startsWith(Topics.ARTICLES_DLQ + "/"));
            assertEquals("kept", header(replayed, "origin"), "the record's own headers travel with it");
            assertTrue(StreamSupport.stream(replayed.headers().spliterator(), false).map(Header::key)
                    .noneMatch(k -> k.startsWith(DeadLetters.ERROR_PREFIX)), "the rejection's headers stay behind");

            CommandRun all = CommandRun.of("dlq", "replay", "--bootstrap-servers", bootstrap);
            assertTrue(all.out().contains("replayed 1; skipped: 1 replayed before, 1 still rejected, 1 cut"), all.out());
            CommandRun again = CommandRun.of("dlq", "replay", "--bootstrap-servers", bootstrap);
            assertTrue(again.out().contains("replayed 0; skipped: 2 replayed before"), again.out());
            assertEquals(List.of("refused-language", "refused-words"),
                    CommittedRecords.read(bootstrap, Topics.ARTICLES).stream().map(ConsumerRecord::key).sorted().toList());
        }
    }

    private static ProducerRecord<String, byte[]> deadLetter(String key, String value, String reason, boolean truncated) {
        ProducerRecord<String, byte[]> r = new ProducerRecord<>(Topics.ARTICLES_DLQ, key, value.getBytes(StandardCharsets.UTF_8));
        r.headers().add("origin", utf8("kept"));
        r.headers().add(DeadLetters.REASON, utf8(reason));
        r.headers().add(DeadLetters.DETAIL, utf8("detail of " + reason));
        r.headers().add(DeadLetters.STAGE, utf8("validate-articles"));
        if (truncated) {
            r.headers().add(DeadLetters.TRUNCATED, utf8("3000000"));
        }
        return r;
    }

    private static List<String> sampleArticles() throws Exception {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                DeadLetterCommandsIT.class.getResourceAsStream(LocalCommand.SAMPLES), StandardCharsets.UTF_8))) {
            return in.lines().filter(l -> !l.isBlank()).limit(3).toList();
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String header(ConsumerRecord<?, ?> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

}
