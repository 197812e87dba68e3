package org.basewatch.broker;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.FinalizedVersionRange;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.metadata.bootstrap.BootstrapMetadata;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.basewatch.broker.BrokerClients.createTopic;
import static org.basewatch.broker.BrokerClients.producer;
import static org.basewatch.broker.BrokerClients.readAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Proves the recipe other modules can copy for a throwaway in-JVM Kafka cluster in their tests. */
class KafkaClusterTestKitSmokeIT {

    /**
     * One combined KRaft node with the same single-node settings as {@link EmbeddedBroker}, at the
     * released metadata version and feature levels that {@code kafka-storage.sh format} would pick.
     */
    static KafkaClusterTestKit startSingleNode() throws Exception {
        // TestKitNodes.Builder() alone would run the unreleased metadata version, and
        // setBootstrapMetadataVersion drops every other feature (transaction.version back to 0).
        MetadataVersion version = MetadataVersion.latestProduction();
        Map<String, Short> features = new TreeMap<>();
        Feature.PRODUCTION_FEATURES.forEach(f -> features.put(f.featureName(), f.defaultLevel(version)));
        KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(
                new TestKitNodes.Builder(BootstrapMetadata.fromVersions(version, features, "testkit"))
                        .setCombined(true)
                        .setNumBrokerNodes(1)
                        .setNumControllerNodes(1)
                        .build())
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("share.coordinator.state.topic.replication.factor", "1")
                .setConfigProp("share.coordinator.state.topic.min.isr", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .setConfigProp("group.streams.initial.rebalance.delay.ms", "0")
                .setConfigProp("auto.create.topics.enable", "false")
                .setConfigProp("num.partitions", "3")
                .setConfigProp("message.max.bytes", String.valueOf(64 * 1024 * 1024))
                .setConfigProp("unstable.feature.versions.enable", "false")
                .setConfigProp("unstable.api.versions.enable", "false")
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

    @Test
    void shouldCommitExactlyOnceTransactionOnTestKitCluster() throws Exception {
        try (KafkaClusterTestKit cluster = startSingleNode()) {
            String bootstrap = cluster.bootstrapServers();
            createTopic(bootstrap, "base-status", 3);
            Map<String, Object> exactlyOnce = Map.of(
                    ProducerConfig.TRANSACTIONAL_ID_CONFIG, "testkit-smoke",
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                    ProducerConfig.MAX_BLOCK_MS_CONFIG, 30_000);
            try (KafkaProducer<String, String> producer = producer(bootstrap, exactlyOnce)) {
                producer.initTransactions();
                producer.beginTransaction();
                producer.send(new ProducerRecord<>("base-status", "iq-ain-al-asad", "aborted"));
                producer.abortTransaction();
                producer.beginTransaction();
                producer.send(new ProducerRecord<>("base-status", "iq-ain-al-asad", "committed"));
                producer.commitTransaction();
            }
            List<String> committed = readAll(bootstrap, "base-status", 1).stream().map(ConsumerRecord::value).toList();
            assertEquals(List.of("committed"), committed);
        }
    }

    @Test
    void shouldRunReleasedTransactionProtocolLikeFormattedStorage() throws Exception {
        try (KafkaClusterTestKit cluster = startSingleNode();
             Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers()))) {
            Map<String, FinalizedVersionRange> finalized = admin.describeFeatures().featureMetadata().get().finalizedFeatures();
            short expected = Feature.TRANSACTION_VERSION.defaultLevel(MetadataVersion.latestProduction());
            assertEquals(expected, finalized.get("transaction.version").maxVersionLevel());
            assertEquals(MetadataVersion.latestProduction().featureLevel(), finalized.get("metadata.version").maxVersionLevel());
        }
    }
}
