package org.basewatch.broker;

import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** Formats a KRaft log directory once, through the same code as {@code kafka-storage.sh format}. */
final class KraftStorage {
    private static final Logger log = LoggerFactory.getLogger(KraftStorage.class);
    static final String META_PROPERTIES = "meta.properties";

    private KraftStorage() {
    }

    static boolean isFormatted(Path logDir) {
        return Files.exists(logDir.resolve(META_PROPERTIES));
    }

    /**
     * Writes {@code properties} to {@code configFile} and formats {@code logDir} with a new cluster id
     * unless it already holds a {@code meta.properties}; the cluster id then lives in that file, so
     * later starts on the same folder find it there.
     */
    static void formatIfNeeded(Path logDir, Path configFile, Properties properties) {
        writeConfig(configFile, properties);
        if (isFormatted(logDir)) {
            return;
        }
        String clusterId = Uuid.randomUuid().toString();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exitCode;
        try (PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            exitCode = StorageTool.execute(new String[] {
                "format", "--config", configFile.toString(), "--cluster-id", clusterId,
                    // transactions v2 (KIP-890) stalls exactly-once Streams on 4.3.1: a produce retried after
                    // CONCURRENT_TRANSACTIONS is refused with OutOfOrderSequence for ever; v1 is what 3.x brokers run
                    "--feature", "transaction.version=1"}, out);
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot format Kafka storage in " + logDir + ": " + e.getMessage(), e);
        }
        String printed = output.toString(StandardCharsets.UTF_8).strip();
        if (exitCode != 0) {
            throw new IllegalStateException("cannot format Kafka storage in " + logDir + " (exit " + exitCode + "): " + printed);
        }
        log.info("formatted Kafka storage in {} with cluster id {}", logDir, clusterId);
    }

    private static void writeConfig(Path configFile, Properties properties) {
        try {
            Files.createDirectories(configFile.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(configFile)) {
                properties.store(out, "written by basewatch on every start of the embedded broker; edits are lost");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + configFile, e);
        }
    }
}
