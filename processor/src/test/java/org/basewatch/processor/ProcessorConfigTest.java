package org.basewatch.processor;

import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.processor.internals.InternalTopicConfig;
import org.apache.kafka.streams.processor.internals.InternalTopologyBuilder;
import org.basewatch.contracts.Membership;
import org.basewatch.contracts.Settings;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The processor's Streams settings: static membership, and the partitions of its repartition topics. */
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
    void shouldGiveExtractionTheConfiguredPartitionsAndKeepDedupOnOne(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Properties six = config(dir, null);
        six.setProperty(ProcessorTopology.EXTRACTION_PARTITIONS, "6");
        Map<String, Optional<Integer>> partitions = repartitionPartitions(six);
        assertEquals(Optional.of(6), partitions.get("basewatch-processor-stories-for-extraction-repartition"), partitions.toString());
        assertEquals(Optional.of(1), partitions.get("basewatch-processor-articles-for-dedup-repartition"), partitions.toString());

        Properties topics = config(dir, null);
        topics.setProperty(Settings.PARTITIONS, "4");
        assertEquals(Optional.of(4), repartitionPartitions(topics).get("basewatch-processor-stories-for-extraction-repartition"),
                "without the setting, as many as topics are created with");
        assertEquals(Optional.of(3), repartitionPartitions(config(dir, null)).get("basewatch-processor-stories-for-extraction-repartition"),
                "the default partitions of topics");

        Properties zero = config(dir, null);
        zero.setProperty(ProcessorTopology.EXTRACTION_PARTITIONS, "0");
        assertThrows(IllegalArgumentException.class, () -> ProcessorTopology.buildTopology(zero));
    }

    @Test
    void shouldPassTheInstanceAndExtractionSettingsOn() {
        Properties all = Settings.defaults();
        all.setProperty(Membership.CONFIG, "worker-2");
        all.setProperty(ProcessorTopology.EXTRACTION_PARTITIONS, "6");
        Properties own = ProcessorTopology.settings(all);
        assertEquals("worker-2", own.getProperty(Membership.CONFIG));
        assertEquals("6", own.getProperty(ProcessorTopology.EXTRACTION_PARTITIONS));
        assertEquals("3", own.getProperty(Settings.PARTITIONS));
    }

    /**
     * The partitions the built topology fixes for each repartition topic (empty: left to Streams, which copies those of
     * the topics upstream). {@code TopologyDescription} does not show them, so this reads Streams' internal builder.
     */
    static Map<String, Optional<Integer>> repartitionPartitions(Properties props) throws Exception {
        Topology topology = ProcessorTopology.buildTopology(props);
        Field field = Topology.class.getDeclaredField("internalTopologyBuilder");
        field.setAccessible(true);
        InternalTopologyBuilder builder = (InternalTopologyBuilder) field.get(topology);
        builder.setApplicationId(ProcessorTopology.APPLICATION_ID);
        builder.rewriteTopology(new StreamsConfig(props));
        Map<String, Optional<Integer>> out = new HashMap<>();
        builder.subtopologyToTopicsInfo().values().forEach(info ->
                info.repartitionSourceTopics.forEach((name, config) -> out.put(name, ((InternalTopicConfig) config).numberOfPartitions())));
        return out;
    }
}
