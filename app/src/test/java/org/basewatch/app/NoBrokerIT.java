package org.basewatch.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every command that needs a broker, pointed at a real port nobody listens on, says in one line that no broker answers
 * there, names the address and how to give another, and exits 1, well before the Kafka client's one-minute timeout
 * (the guard is half of it); so does a command pointed at a port where something that is not Kafka listens.
 */
class NoBrokerIT {
    @ParameterizedTest
    @ValueSource(strings = {"processor --bootstrap-servers ADDRESS --data-dir DIR",
            "sink --bootstrap-servers ADDRESS --data-dir DIR --http-port -1", "lag --bootstrap-servers ADDRESS --data-dir DIR",
            "kafka --bootstrap-servers ADDRESS topics --list", "dlq list --bootstrap-servers ADDRESS",
            "dlq replay --bootstrap-servers ADDRESS --dry-run"})
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldNameTheAddressAndExitNonZeroWhenNoBrokerAnswers(String command, @TempDir Path dir) throws Exception {
        String address = "127.0.0.1:" + closedPort();
        String[] args = command.replace("ADDRESS", address).replace("DIR", dir.toString()).split(" ");

        Run run = run(args);

        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("no Kafka broker answered at " + address), run.err());
        assertTrue(run.err().contains("--bootstrap-servers or KAFKA_BOOTSTRAP_SERVERS"), run.err());
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldNameTheAddressWhenWhatListensThereIsNoBroker() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String address = "127.0.0.1:" + silent.getLocalPort();

            Run run = run("dlq", "list", "--bootstrap-servers", address);

            assertEquals(1, run.exit(), run.err());
            assertTrue(run.err().contains("no Kafka broker answered at " + address + " within"), run.err());
        }
    }

    private record Run(int exit, String err) {
    }

    private static Run run(String... args) {
        PrintStream stderr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int exit = Main.run(args);
            return new Run(exit, err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(stderr);
        }
    }

    /** A port that was free a moment ago and that nothing in this test listens on. */
    private static int closedPort() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
    }
}
