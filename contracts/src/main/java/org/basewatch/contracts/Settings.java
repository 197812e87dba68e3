package org.basewatch.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The one place that decides configuration precedence, lowest first:
 * built-in defaults → properties file ({@code --config}) → environment → command-line flags.
 *
 * <p>Environment: {@code KAFKA_FOO_BAR=x} becomes the Kafka client property {@code foo.bar=x}
 * (so {@code KAFKA_BOOTSTRAP_SERVERS}, {@code KAFKA_SECURITY_PROTOCOL}, {@code KAFKA_SASL_JAAS_CONFIG}
 * pass through to every client); {@code BASEWATCH_FOO_BAR=x} becomes {@code basewatch.foo.bar=x}.
 */
public final class Settings {
    public static final String BOOTSTRAP = "bootstrap.servers";
    public static final String PARTITIONS = "basewatch.topic.partitions";
    public static final String REPLICATION = "basewatch.topic.replication";
    public static final String DATA_DIR = "basewatch.data.dir";
    public static final String JDBC_URL = "basewatch.jdbc.url";

    private Settings() {
    }

    public static Properties defaults() {
        Properties p = new Properties();
        p.setProperty(BOOTSTRAP, "localhost:9092");
        p.setProperty(PARTITIONS, "3");
        p.setProperty(REPLICATION, "1");
        p.setProperty(DATA_DIR, "data");
        return p;
    }

    /** Resolves the layers in precedence order; any layer may be null or empty. */
    public static Properties resolve(Path file, Map<String, String> env, Map<String, String> flags) {
        Properties p = defaults();
        if (file != null) {
            try (InputStream in = Files.newInputStream(file)) {
                Properties fromFile = new Properties();
                fromFile.load(in);
                p.putAll(fromFile);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read config file " + file, e);
            }
        }
        if (env != null) {
            env.forEach((k, v) -> {
                String key = fromEnv(k);
                if (key != null) {
                    p.setProperty(key, v);
                }
            });
        }
        if (flags != null) {
            flags.forEach((k, v) -> {
                if (v != null) {
                    p.setProperty(k, v);
                }
            });
        }
        return p;
    }

    /** {@code KAFKA_BOOTSTRAP_SERVERS} → {@code bootstrap.servers}; {@code BASEWATCH_DATA_DIR} → {@code basewatch.data.dir}. */
    static String fromEnv(String name) {
        if (name.startsWith("KAFKA_") && name.length() > 6) {
            return name.substring(6).toLowerCase(Locale.ROOT).replace('_', '.');
        }
        if (name.startsWith("BASEWATCH_") && name.length() > 10) {
            return "basewatch." + name.substring(10).toLowerCase(Locale.ROOT).replace('_', '.');
        }
        return null;
    }

    /** Only the Kafka client properties (everything not under {@code basewatch.}). */
    public static Properties kafkaClient(Properties all) {
        Properties p = new Properties();
        all.stringPropertyNames().stream()
                .filter(k -> !k.startsWith("basewatch."))
                .forEach(k -> p.setProperty(k, all.getProperty(k)));
        return p;
    }
}
