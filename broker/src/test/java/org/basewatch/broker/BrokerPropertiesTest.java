package org.basewatch.broker;

import kafka.server.KafkaConfig;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class BrokerPropertiesTest {
    private static final Path LOG_DIR = Path.of("/tmp/basewatch-test/kafka");

    @Test
    void shouldDescribeValidSingleNodeKafkaConfig() {
        KafkaConfig config = KafkaConfig.fromProps(BrokerProperties.of(LOG_DIR, 19092, 19093, Map.of()), false);

        assertEquals(1, config.nodeId());
        assertEquals(64 * 1024 * 1024, config.messageMaxBytes());
        assertFalse(config.autoCreateTopicsEnable());
        assertEquals(3, config.numPartitions());
        assertEquals((short) 1, config.groupCoordinatorConfig().offsetsTopicReplicationFactor());
        assertEquals((short) 1, config.getShort("transaction.state.log.replication.factor"));
        assertEquals(1, config.getInt("transaction.state.log.min.isr"));
        assertEquals((short) 1, config.getShort("share.coordinator.state.topic.replication.factor"));
        assertEquals((short) 1, config.getShort("share.coordinator.state.topic.min.isr"));
        assertEquals(0, config.groupCoordinatorConfig().classicGroupInitialRebalanceDelayMs());
    }

    @Test
    void shouldListenOnGivenPortsOnlyOnLocalhost() {
        Properties p = BrokerProperties.of(LOG_DIR, 19092, 19093, Map.of());

        assertEquals("PLAINTEXT://localhost:19092,CONTROLLER://localhost:19093", p.getProperty("listeners"));
        assertEquals("1@localhost:19093", p.getProperty("controller.quorum.voters"));
        assertEquals(LOG_DIR.toAbsolutePath().toString(), p.getProperty("log.dirs"));
    }

    @Test
    void shouldLetOverridesReplaceBuiltInSettings() {
        Properties p = BrokerProperties.of(LOG_DIR, 19092, 19093, Map.of("log.retention.ms", "86400000", "num.partitions", "6"));

        assertEquals("86400000", p.getProperty("log.retention.ms"));
        assertEquals("6", p.getProperty("num.partitions"));
    }
}
