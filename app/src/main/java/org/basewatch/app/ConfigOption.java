package org.basewatch.app;

import org.basewatch.contracts.Settings;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * {@code --config FILE}, and the one way a command turns its flags into settings: {@link Settings#resolve}
 * (defaults → this file → {@code KAFKA_*}/{@code BASEWATCH_*} environment → the flags).
 */
public final class ConfigOption {
    @Option(names = "--config", paramLabel = "FILE",
            description = "Properties file: Kafka client settings (security.protocol, sasl.*, ssl.*) and basewatch.* settings.")
    Path config;

    /** The settings with {@code flags} (null values left out) on top. */
    Properties resolve(Map<String, String> flags) {
        return Settings.resolve(config, System.getenv(), flags);
    }
}
