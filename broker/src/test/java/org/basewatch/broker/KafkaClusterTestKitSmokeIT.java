package org.basewatch.broker;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.FinalizedVersionRange;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.server.common.MetadataVersion;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.basewatch.broker.BrokerClients.createTopic;
import static org.basewatch.broker.BrokerClients.producer;
import static org.basewatch.broker.BrokerClients.readAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Proves the recipe other modules can copy for a throwaway in-JVM Kafka cluster in their tests. */
class KafkaClusterTestKitSmokeIT {

    @Test
    void shouldCommitExactlyOnceTransactionOnTestKitCluster() throws Exception {
        try (KafkaClusterTestKit cluster = TestClusters.startSingleNode()) {
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
    void shouldRunTheTransactionProtocolTheEmbeddedBrokerIsFormattedWith() throws Exception {
        try (KafkaClusterTestKit cluster = TestClusters.startSingleNode();
             Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers()))) {
            Map<String, FinalizedVersionRange> finalized = admin.describeFeatures().featureMetadata().get().finalizedFeatures();
            // transactions v1, as KraftStorage formats the embedded broker (v2 stalls exactly-once Streams on 4.3.1)
            assertEquals((short) 1, finalized.get("transaction.version").maxVersionLevel());
            assertEquals(MetadataVersion.latestProduction().featureLevel(), finalized.get("metadata.version").maxVersionLevel());
        }
    }
}
