package org.basewatch.processor;

import org.apache.kafka.streams.StreamsConfig;
import org.basewatch.contracts.Membership;
import org.basewatch.contracts.Settings;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The processor's Streams settings: static membership. */
class ProcessorConfigTest {
    private static Properties config(Path stateDir, String instance) {
        Properties overrides = new Properties();
        overrides.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        overrides.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        if (instance != null) {
            overrides.put(Membership.CONFIG, instance);
        }
        return ProcessorTopology.config(overrides);
    }

    @Test
    void shouldGiveEachInstanceAStableGroupInstanceIdThatStreamsSuffixesPerThread(@org.junit.jupiter.api.io.TempDir Path dir) {
        Path one = dir.resolve("one");
        String id = (String) config(one, null).get("group.instance.id");
        assertNotNull(id, "static membership");
        assertEquals("basewatch-processor-" + Membership.instance(null, Membership.hostName(), one), id);
        assertEquals(id, config(one, null).get("group.instance.id"), "the same instance restarted");
        assertNotEquals(id, config(dir.resolve("two"), null).get("group.instance.id"), "another instance on this host");
        assertEquals("basewatch-processor-worker-2", config(one, "worker-2").get("group.instance.id"));

        // what each stream thread's consumer joins with (the thread index is Streams' own)
        StreamsConfig streams = new StreamsConfig(config(one, null));
        assertEquals(id + "-1", streams.getMainConsumerConfigs(ProcessorTopology.APPLICATION_ID, "c", 1).get("group.instance.id"));
        assertEquals(id + "-2", streams.getMainConsumerConfigs(ProcessorTopology.APPLICATION_ID, "c", 2).get("group.instance.id"));
        assertEquals(Membership.SESSION_TIMEOUT_MS, streams.getMainConsumerConfigs(ProcessorTopology.APPLICATION_ID, "c", 1).get("session.timeout.ms"));
    }

    @Test
    void shouldPassTheInstanceSettingOn() {
        Properties all = Settings.defaults();
        all.setProperty(Membership.CONFIG, "worker-2");
        Properties own = ProcessorTopology.settings(all);
        assertEquals("worker-2", own.getProperty(Membership.CONFIG));
    }
}
