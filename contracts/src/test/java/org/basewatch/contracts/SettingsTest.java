package org.basewatch.contracts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Configuration precedence, lowest first: defaults, the --config file, the environment, the flags. */
class SettingsTest {

    @Test
    void shouldUseTheDefaultsWhenNothingElseSpeaks() {
        Properties p = Settings.resolve(null, Map.of(), Map.of());

        assertEquals("localhost:9092", p.getProperty(Settings.BOOTSTRAP));
        assertEquals("3", p.getProperty(Settings.PARTITIONS));
        assertEquals("1", p.getProperty(Settings.REPLICATION));
        assertEquals("data", p.getProperty(Settings.DATA_DIR));
    }

    @Test
    void shouldLetTheFileOverTheDefaultsTheEnvironmentOverTheFileAndTheFlagsOverAll(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("client.properties");
        Files.writeString(file, """
                bootstrap.servers=file:9092
                basewatch.topic.partitions=6
                basewatch.topic.replication=2
                security.protocol=SASL_SSL
                """);
        Map<String, String> env = Map.of("KAFKA_BOOTSTRAP_SERVERS", "env:9092", "BASEWATCH_TOPIC_PARTITIONS", "9");
        Map<String, String> flags = new HashMap<>();
        flags.put(Settings.BOOTSTRAP, "flag:9092");
        flags.put(Settings.REPLICATION, null);

        Properties p = Settings.resolve(file, env, flags);

        assertEquals("flag:9092", p.getProperty(Settings.BOOTSTRAP), "a flag wins over the environment");
        assertEquals("9", p.getProperty(Settings.PARTITIONS), "the environment wins over the file");
        assertEquals("2", p.getProperty(Settings.REPLICATION), "a flag left out (null) leaves the file's value");
        assertEquals("SASL_SSL", p.getProperty("security.protocol"), "the file wins over the defaults and adds client settings");
        assertEquals("data", p.getProperty(Settings.DATA_DIR), "what no layer says keeps its default");
    }

    @Test
    void shouldMapKafkaAndBasewatchEnvironmentVariablesToTheirProperties() {
        Map<String, String> env = Map.of(
                "KAFKA_SECURITY_PROTOCOL", "SSL",
                "KAFKA_SASL_JAAS_CONFIG", "x",
                "BASEWATCH_JDBC_URL", "jdbc:postgresql://db/basewatch",
                "BASEWATCH_DATA_DIR", "/data",
                "HOME", "/root",
                "KAFKA_", "nothing");

        Properties p = Settings.resolve(null, env, null);

        assertEquals("SSL", p.getProperty("security.protocol"));
        assertEquals("x", p.getProperty("sasl.jaas.config"));
        assertEquals("jdbc:postgresql://db/basewatch", p.getProperty(Settings.JDBC_URL));
        assertEquals("/data", p.getProperty(Settings.DATA_DIR));
        assertNull(p.getProperty("home"));
        assertFalse(p.stringPropertyNames().stream().anyMatch(k -> k.isEmpty() || k.equals("kafka.")), p.toString());
    }

    @Test
    void shouldHandTheClientsOnlyKafkaSettings() {
        Properties p = Settings.resolve(null, Map.of("KAFKA_SECURITY_PROTOCOL", "SSL", "BASEWATCH_JDBC_URL", "jdbc:x"), null);

        Properties client = Settings.kafkaClient(p);

        assertEquals("SSL", client.getProperty("security.protocol"));
        assertEquals("localhost:9092", client.getProperty(Settings.BOOTSTRAP));
        assertTrue(client.stringPropertyNames().stream().noneMatch(k -> k.startsWith("basewatch.")), client.toString());
    }
}
