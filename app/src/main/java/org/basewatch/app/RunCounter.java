package org.basewatch.app;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.basewatch.contracts.Claim;
import org.basewatch.contracts.Json;
import org.basewatch.contracts.Places;
import org.basewatch.contracts.StoryMark;
import org.basewatch.contracts.Topics;
import org.basewatch.sink.Scope;
import org.basewatch.sink.TableWriter;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts what the pipeline committed since this run began (read_committed, from the end offsets
 * at construction): story marks, duplicates, dead letters, claims and status rows. This is how
 * {@code local} knows everything put in has come out, and what its summary line says.
 */
final class RunCounter implements AutoCloseable {
    private static final List<String> TOPICS = List.of(Topics.STORIES, Topics.ARTICLES_DLQ, Topics.CLAIMS,
            Topics.CLAIMS_DLQ, Topics.BASE_STATUS);
    private final KafkaConsumer<String, byte[]> consumer;
    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong expectedRows = new AtomicLong();
    private volatile boolean caughtUp;

    RunCounter(Properties clientProps) {
        Properties p = new Properties();
        p.putAll(clientProps);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : TOPICS) {
            counts.put(topic, new AtomicLong());
            for (PartitionInfo info : consumer.partitionsFor(topic)) {
                partitions.add(new TopicPartition(topic, info.partition()));
            }
        }
        consumer.assign(partitions);
        consumer.endOffsets(partitions).forEach(consumer::seek);
    }

    /** Reads what has been committed since the last call; call from one thread. */
    void poll() {
        for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(100))) {
            counts.get(r.topic()).incrementAndGet();
            if (r.topic().equals(Topics.STORIES) && r.value() != null
                    && Json.read(r.value(), StoryMark.class).duplicateOf() != null) {
                duplicates.incrementAndGet();
            }
            if (r.topic().equals(Topics.CLAIMS)) {
                expectedRows.addAndGet(rowsFor(r.value()));
            }
        }
        Map<TopicPartition, Long> ends = consumer.endOffsets(consumer.assignment());
        caughtUp = ends.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    /** The sink emits one status row per place a readable claim is routed to; an unreadable claim becomes one dead letter instead. */
    private static int rowsFor(byte[] value) {
        try {
            Claim claim = Json.read(value, Claim.class);
            return claim.place() != null && Places.isKnown(claim.place()) && claim.status() != null && claim.modality() != null
                    ? Scope.fanOut(claim) : 0;
        } catch (RuntimeException e) {
            return 0;
        }
    }

    /** Status rows the claims seen so far will produce once the sink has decided them all. */
    long expectedRows() {
        return expectedRows.get();
    }

    /**
     * Waits until every article put in came out as a story mark or a dead letter, every claim reached
     * the status table, and the table writer has written every row; false when {@code timeout} passes first.
     */
    boolean awaitIdle(long published, TableWriter writer, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        int quietChecks = 0;
        while (System.nanoTime() < deadline) {
            poll();
            boolean processed = count(Topics.STORIES) + count(Topics.ARTICLES_DLQ) >= published;
            boolean decided = count(Topics.BASE_STATUS) >= expectedRows();
            boolean written = writer.rowsWritten() >= count(Topics.BASE_STATUS);
            quietChecks = processed && decided && written && caughtUp() ? quietChecks + 1 : 0;
            if (quietChecks >= 3) {
                return true;
            }
        }
        return false;
    }

    long count(String topic) {
        return counts.get(topic).get();
    }

    long duplicates() {
        return duplicates.get();
    }

    boolean caughtUp() {
        return caughtUp;
    }

    @Override
    public void close() {
        consumer.close();
    }
}
