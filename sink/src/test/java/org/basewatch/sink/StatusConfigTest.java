package org.basewatch.sink;

import org.apache.kafka.streams.StreamsConfig;
import org.basewatch.contracts.Membership;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The sink's Streams settings carry a static member name: stable for one instance, different for two. */
class StatusConfigTest {
    private static Properties config(Path stateDir, Properties extra) {
        Properties overrides = new Properties();
        overrides.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        overrides.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        overrides.putAll(extra);
        return StatusTopology.config(overrides);
    }

    @Test
    void shouldGiveEachInstanceAStableGroupInstanceId(@TempDir Path dir) {
        Path one = dir.resolve("sink");
        String id = (String) config(one, new Properties()).get("group.instance.id");
        assertNotNull(id, "static membership");
        assertEquals("basewatch-sink-" + Membership.instance(null, Membership.hostName(), one), id);
        assertEquals(id, config(one, new Properties()).get("group.instance.id"), "the same instance restarted");
        assertNotEquals(id, config(dir.resolve("sink2"), new Properties()).get("group.instance.id"), "another instance on this host");

        Properties named = new Properties();
        named.setProperty(Membership.CONFIG, "eu-1");
        assertEquals("basewatch-sink-eu-1", config(one, named).get("group.instance.id"));
        StreamsConfig streams = new StreamsConfig(config(one, named));
        assertEquals("basewatch-sink-eu-1-1", streams.getMainConsumerConfigs(StatusTopology.APPLICATION_ID, "c", 1).get("group.instance.id"));
        assertNull(streams.getRestoreConsumerConfigs("c").get("group.instance.id"), "the restore consumer has no group");
    }

    @Test
    void shouldLeaveStaticMembershipOffWhereItCannotWork(@TempDir Path dir) {
        Properties streamsProtocol = new Properties();
        streamsProtocol.setProperty("group.protocol", "streams");
        // Kafka Streams refuses group.instance.id with the streams rebalance protocol
        assertNull(config(dir, streamsProtocol).get("group.instance.id"));
        Properties off = new Properties();
        off.setProperty(Membership.CONFIG, Membership.NONE);
        assertNull(config(dir, off).get("group.instance.id"));
        Properties explicit = new Properties();
        explicit.setProperty("group.instance.id", "mine");
        assertEquals("mine", config(dir, explicit).get("group.instance.id"));
    }
}
