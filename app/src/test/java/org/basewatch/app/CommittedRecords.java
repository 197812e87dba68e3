package org.basewatch.app;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.basewatch.app.dlq.CommittedTopic;

import java.util.List;
import java.util.Properties;

/** Every committed record of a topic (read_committed, from the beginning up to the last stable offset). */
final class CommittedRecords {
    private CommittedRecords() {
    }

    static List<ConsumerRecord<String, byte[]>> read(String bootstrap, String topic) {
        Properties client = new Properties();
        client.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        return CommittedTopic.read(client, topic);
    }
}
