package org.basewatch.broker;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.basewatch.broker.BrokerClients.createTopic;
import static org.basewatch.broker.BrokerClients.freePort;
import static org.basewatch.broker.BrokerClients.portOf;
import static org.basewatch.broker.BrokerClients.producer;
import static org.basewatch.broker.BrokerClients.readAll;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmbeddedBrokerIT {
    @TempDir
    Path dataDir;

    @Test
    void shouldKeepRecordsWhenRestartedOnSameFolder() throws Exception {
        int port = freePort();
        int controllerPort = freePort();
        try (EmbeddedBroker broker = EmbeddedBroker.start(dataDir, port, controllerPort)) {
            createTopic(broker.bootstrapServers(), "notes", 3);
            try (KafkaProducer<String, String> producer = producer(broker.bootstrapServers(), Map.of())) {
                producer.send(new ProducerRecord<>("notes", "ain-al-asad", "withdrawn")).get();
            }
            assertEquals("withdrawn", readAll(broker.bootstrapServers(), "notes", 1).get(0).value());
        }
        assertTrue(Files.exists(dataDir.resolve("kafka").resolve("meta.properties")), "storage formatted under dataDir/kafka");
        String formatted = Files.readString(dataDir.resolve("kafka").resolve("meta.properties"));

        try (EmbeddedBroker broker = EmbeddedBroker.start(dataDir, port, controllerPort)) {
            List<ConsumerRecord<String, String>> records = readAll(broker.bootstrapServers(), "notes", 1);
            assertEquals(1, records.size());
            assertEquals("ain-al-asad", records.get(0).key());
            assertEquals("withdrawn", records.get(0).value());
        }
        assertEquals(formatted, Files.readString(dataDir.resolve("kafka").resolve("meta.properties")),
                "a restart reuses the cluster id instead of formatting again");
    }

    @Test
    void shouldFailFastWithClearMessageWhenPortIsTaken(@TempDir Path otherDir) {
        try (EmbeddedBroker first = EmbeddedBroker.start(dataDir, freePort(), freePort())) {
            int takenPort = portOf(first.bootstrapServers());
            IllegalStateException error = assertTimeoutPreemptively(Duration.ofSeconds(5),
                    () -> assertThrows(IllegalStateException.class, () -> EmbeddedBroker.start(otherDir, takenPort, freePort())));
            assertTrue(error.getMessage().startsWith("port " + takenPort + " is already in use"), error.getMessage());
            assertTrue(Files.notExists(otherDir.resolve("kafka")), "nothing formatted before the port check");
        }
    }

    @Test
    void shouldCommitTransactionOnSingleNode() throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start(dataDir, freePort(), freePort())) {
            createTopic(broker.bootstrapServers(), "claims", 3);
            Map<String, Object> transactional = Map.of(
                    ProducerConfig.TRANSACTIONAL_ID_CONFIG, "broker-it",
                    ProducerConfig.MAX_BLOCK_MS_CONFIG, 30_000);
            try (KafkaProducer<String, String> producer = producer(broker.bootstrapServers(), transactional)) {
                producer.initTransactions();
                producer.beginTransaction();
                producer.send(new ProducerRecord<>("claims", "k1", "present"));
                producer.send(new ProducerRecord<>("claims", "k2", "withdrawing"));
                producer.commitTransaction();
            }
            List<String> values = readAll(broker.bootstrapServers(), "claims", 2).stream().map(ConsumerRecord::value).sorted().toList();
            assertEquals(List.of("present", "withdrawing"), values);
        }
    }

    @Test
    void shouldAcceptRecordsLargerThanKafkaDefaultLimit() throws Exception {
        String article = "ا".repeat(3 * 1024 * 1024);
        try (EmbeddedBroker broker = EmbeddedBroker.start(dataDir, freePort(), freePort())) {
            createTopic(broker.bootstrapServers(), "articles", 1);
            Map<String, Object> large = Map.of(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 64 * 1024 * 1024);
            try (KafkaProducer<String, String> producer = producer(broker.bootstrapServers(), large)) {
                producer.send(new ProducerRecord<>("articles", "a1", article)).get();
            }
            assertEquals(article.length(), readAll(broker.bootstrapServers(), "articles", 1).get(0).value().length());
        }
    }

    @Test
    void shouldRefuseSecondBrokerOnSameFolder() throws Exception {
        try (EmbeddedBroker first = EmbeddedBroker.start(dataDir, freePort(), freePort())) {
            IllegalStateException error = assertThrows(IllegalStateException.class,
                    () -> EmbeddedBroker.start(dataDir, freePort(), freePort()));
            assertTrue(error.getMessage().contains("already used by another running embedded broker"), error.getMessage());

            createTopic(first.bootstrapServers(), "still-serving", 1);
            try (KafkaProducer<String, String> producer = producer(first.bootstrapServers(), Map.of())) {
                producer.send(new ProducerRecord<>("still-serving", "k", "v")).get();
            }
            assertEquals("v", readAll(first.bootstrapServers(), "still-serving", 1).get(0).value());
        }
    }

    @Test
    void shouldShutDownCleanlyWhenProcessIsTerminated(@TempDir Path workDir) throws Exception {
        int port = freePort();
        int controllerPort = freePort();
        Path output = workDir.resolve("broker-main.log");
        Process child = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                BrokerMain.class.getName(), dataDir.toString(), String.valueOf(port), String.valueOf(controllerPort))
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        try {
            await().atMost(Duration.ofSeconds(90)).until(() -> Files.readString(output).contains(BrokerMain.READY) || !child.isAlive());
            assertTrue(child.isAlive(), () -> "child broker died: " + readQuietly(output));
            String bootstrap = "localhost:" + port;
            createTopic(bootstrap, "notes", 1);
            try (KafkaProducer<String, String> producer = producer(bootstrap, Map.of())) {
                producer.send(new ProducerRecord<>("notes", "k", "written before SIGTERM")).get();
            }

            child.destroy();
            assertTrue(child.waitFor(60, TimeUnit.SECONDS), "child broker did not stop within 60 s");
        } finally {
            child.destroyForcibly();
        }
        assertTrue(Files.exists(dataDir.resolve("kafka").resolve(".kafka_cleanshutdown")),
                () -> "no clean-shutdown marker; child output:\n" + readQuietly(output));
        try (EmbeddedBroker broker = EmbeddedBroker.start(dataDir, port, controllerPort)) {
            assertEquals("written before SIGTERM", readAll(broker.bootstrapServers(), "notes", 1).get(0).value());
        }
    }

    @Test
    void shouldAllowCloseTwice() {
        EmbeddedBroker broker = EmbeddedBroker.start(dataDir, freePort(), freePort());
        broker.close();
        broker.close();
        // the ports are free again only if the first close really shut the listeners
        int port = portOf(broker.bootstrapServers());
        EmbeddedBroker.ensureFree(port, "client");
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }
}
