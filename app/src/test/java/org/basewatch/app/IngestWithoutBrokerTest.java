package org.basewatch.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ingest} with no broker at its address says so in one line naming the address, well before the Kafka client's
 * one-minute API timeout (the guard below is half of it: the client's own error took 63 s).
 */
class IngestWithoutBrokerTest {
    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldNameTheAddressWhenNoBrokerAnswers(@TempDir Path dir) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path article = dir.resolve("a.jsonl");
        Files.writeString(article, "{\"id\":\"a-1\",\"text\":\"انسحبت قوات التحالف من قاعدة عين الأسد\"}\n");
        String address = "127.0.0.1:" + port;

        PrintStream stderr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            exit = Main.run("ingest", "--bootstrap-servers", address, article.toString());
        } finally {
            System.setErr(stderr);
        }

        String printed = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, exit, printed);
        assertTrue(printed.contains("no Kafka broker answered at " + address), printed);
        assertTrue(printed.lines().noneMatch(l -> l.contains("Timed out waiting for a node assignment")), printed);
    }
}
