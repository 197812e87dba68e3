package org.basewatch.app;

import org.basewatch.contracts.Settings;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Options every subcommand that talks to a Kafka cluster shares. Precedence is decided in {@link Settings}:
 * defaults → {@code --config} file → {@code BASEWATCH_*}/{@code KAFKA_*} environment → these flags.
 */
public final class KafkaOptions {
    @Option(names = "--bootstrap-servers", description = "Kafka bootstrap servers (default: localhost:9092).")
    String bootstrapServers;

    @Mixin
    ConfigOption config;

    @Option(names = "--partitions", description = "Partitions of topics created at start-up (default: 3).")
    Integer partitions;

    @Option(names = "--replication", description = "Replication factor of topics created at start-up (default: 1).")
    Short replication;

    public Properties settings() {
        return settings(new DataOptions());
    }

    /** The settings with these flags and {@code data}'s on top. */
    public Properties settings(DataOptions data) {
        Map<String, String> flags = new HashMap<>();
        flags.put(Settings.BOOTSTRAP, bootstrapServers);
        flags.put(Settings.PARTITIONS, partitions == null ? null : partitions.toString());
        flags.put(Settings.REPLICATION, replication == null ? null : replication.toString());
        data.addTo(flags);
        return config.resolve(flags);
    }

    static int partitions(Properties settings) {
        return Integer.parseInt(settings.getProperty(Settings.PARTITIONS));
    }

    static short replication(Properties settings) {
        return Short.parseShort(settings.getProperty(Settings.REPLICATION));
    }
}
