package org.basewatch.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.awaitility.Awaitility.await;

/** One {@code basewatch} subcommand running in a JVM of its own, its output in a file, for tests that kill it. */
final class ChildJvm {
    /** What a process killed by SIGKILL exits with on Linux (128 + 9). */
    static final int SIGKILL_EXIT = 137;

    private final String name;
    private final Process process;
    private final Path log;

    private ChildJvm(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    static ChildJvm start(String name, Path log, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Dlogback.configurationFile=" + logConfig(log.getParent()),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            return new ChildJvm(name, process, log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    /** Kafka Streams' state transitions and rebalances at INFO: what a stalled restart needs explained. */
    private static Path logConfig(Path dir) {
        Path file = dir.resolve("child-logback.xml");
        try {
            Files.writeString(file, """
                    <configuration>
                      <appender name="OUT" class="ch.qos.logback.core.ConsoleAppender">
                        <encoder><pattern>%d{HH:mm:ss.SSS} %-5level %logger{24} - %msg%n</pattern></encoder>
                      </appender>
                      <logger name="org.apache.kafka.streams.KafkaStreams" level="INFO"/>
                      <logger name="org.apache.kafka.streams.processor.internals.StreamThread" level="INFO"/>
                      <logger name="org.basewatch" level="INFO"/>
                      <root level="WARN"><appender-ref ref="OUT"/></root>
                    </configuration>
                    """);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed or committed; returns the exit code once the process is gone. */
    int kill() {
        ProcessHandle handle = process.toHandle();
        process.destroyForcibly();
        await().atMost(Duration.ofSeconds(30)).until(() -> !handle.isAlive());
        return waitFor();
    }

    /** SIGTERM: the launcher's shutdown hook closes the part cleanly. */
    int stop() {
        process.destroy();
        ProcessHandle handle = process.toHandle();
        await().atMost(Duration.ofSeconds(60)).until(() -> !handle.isAlive());
        return waitFor();
    }

    private int waitFor() {
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The last lines of its output, for a failure message. */
    String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return "---- " + name + " (" + log + ") ----\n"
                    + String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "---- " + name + ": cannot read " + log + ": " + e;
        }
    }

    @Override
    public String toString() {
        return name + " (pid " + process.pid() + ")";
    }
}
