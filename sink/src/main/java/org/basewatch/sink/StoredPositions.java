package org.basewatch.sink;

import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.basewatch.sink.db.Position;
import org.basewatch.sink.db.StatusTableStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts the table writer where its database says it stopped whenever it is given partitions, and at the beginning of
 * a partition the database has never read: the database's position wins over whatever the group committed.
 */
final class StoredPositions implements ConsumerRebalanceListener {
    private static final Logger LOG = LoggerFactory.getLogger(StoredPositions.class);

    private final KafkaConsumer<?, ?> consumer;
    private final StatusTableStore store;

    StoredPositions(KafkaConsumer<?, ?> consumer, StatusTableStore store) {
        this.consumer = consumer;
        this.store = store;
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        Map<TopicPartition, Long> stored = new HashMap<>();
        for (Position p : store.positions()) {
            stored.put(new TopicPartition(p.topic(), p.partition()), p.nextOffset());
        }
        List<TopicPartition> unread = new ArrayList<>();
        for (TopicPartition tp : partitions) {
            Long next = stored.get(tp);
            if (next == null) {
                unread.add(tp);
            } else {
                consumer.seek(tp, next);
            }
        }
        if (!unread.isEmpty()) {
            // an empty list would mean every assigned partition
            consumer.seekToBeginning(unread);
        }
        LOG.info("table writer given {} partitions: {} at the database's positions, {} from the beginning",
                partitions.size(), partitions.size() - unread.size(), unread.size());
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        // every batch is in the database with its positions before the next poll: nothing to finish here
    }
}
