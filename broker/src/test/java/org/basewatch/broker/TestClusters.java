package org.basewatch.broker;

import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.metadata.bootstrap.BootstrapMetadata;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;

import java.util.Map;
import java.util.TreeMap;

/**
 * A throwaway single-node KRaft cluster for integration tests of every module, with the settings
 * exactly-once Streams needs and the feature levels {@link EmbeddedBroker} formats its storage with.
 */
public final class TestClusters {
    private TestClusters() {
    }

    public static KafkaClusterTestKit startSingleNode() throws Exception {
        return start(new TestKitNodes.Builder(metadata()).setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build(), (short) 1, 1);
    }

    /**
     * Three brokers beside one controller (so a broker can be stopped without the quorum), every topic replicated
     * three times and {@code min.insync.replicas=2}: a write survives one broker down.
     */
    public static KafkaClusterTestKit startThreeBrokers() throws Exception {
        return start(new TestKitNodes.Builder(metadata()).setCombined(false).setNumBrokerNodes(3).setNumControllerNodes(1).build(), (short) 3, 2);
    }

    /** The released metadata version with its default feature levels, as `kafka-storage.sh format` picks. */
    private static BootstrapMetadata metadata() {
        // the builder's default would run the unreleased version
        MetadataVersion version = MetadataVersion.latestProduction();
        Map<String, Short> features = new TreeMap<>();
        Feature.PRODUCTION_FEATURES.forEach(f -> features.put(f.featureName(), f.defaultLevel(version)));
        // transactions v2 (KIP-890) stalls exactly-once Streams here: a produce retried after
        // CONCURRENT_TRANSACTIONS is refused with OutOfOrderSequence for ever; v1 is what 3.x brokers run
        features.put("transaction.version", (short) 1);
        return BootstrapMetadata.fromVersions(version, features, "testkit");
    }

    private static KafkaClusterTestKit start(TestKitNodes nodes, short replication, int minInSync) throws Exception {
        KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(nodes)
                .setConfigProp("offsets.topic.replication.factor", String.valueOf(replication))
                .setConfigProp("transaction.state.log.replication.factor", String.valueOf(replication))
                .setConfigProp("transaction.state.log.min.isr", String.valueOf(minInSync))
                .setConfigProp("share.coordinator.state.topic.replication.factor", String.valueOf(replication))
                .setConfigProp("share.coordinator.state.topic.min.isr", String.valueOf(minInSync))
                .setConfigProp("default.replication.factor", String.valueOf(replication))
                .setConfigProp("min.insync.replicas", String.valueOf(minInSync))
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .setConfigProp("auto.create.topics.enable", "false")
                .setConfigProp("message.max.bytes", String.valueOf(64 * 1024 * 1024))
                .build();
        try {
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            return cluster;
        } catch (Exception e) {
            cluster.close();
            throw e;
        }
    }
}
