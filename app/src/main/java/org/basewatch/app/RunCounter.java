package org.basewatch.app;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.basewatch.contracts.Json;
import org.basewatch.contracts.StoryMark;
import org.basewatch.contracts.Topics;
import org.basewatch.sink.TableWriter;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * Counts what the pipeline committed since this run began (read_committed, from the end offsets
 * at construction): story marks, duplicates, dead letters, claims and status rows, and whether the
 * rows account for every claim ({@link RowTally}). This is how {@code local} knows everything put in
 * has come out, and what its summary line says.
 */
final class RunCounter implements AutoCloseable {
    private static final List<String> TOPICS = List.of(Topics.STORIES, Topics.ARTICLES_DLQ, Topics.CLAIMS,
            Topics.CLAIMS_DLQ, Topics.BASE_STATUS, Topics.BASE_STATUS_PROGRESS);
    private final KafkaConsumer<String, byte[]> consumer;
    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
    private final AtomicLong duplicates = new AtomicLong();
    private final RowTally tally = new RowTally();
    private volatile boolean caughtUp;

    RunCounter(Properties clientProps) {
        TOPICS.forEach(topic -> counts.put(topic, new AtomicLong()));
        consumer = tally.watchFromNow(clientProps, TOPICS);
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
                tally.claim(r.value());
            } else if (r.topic().equals(Topics.BASE_STATUS_PROGRESS)) {
                tally.progress(r.value());
            }
        }
        Map<TopicPartition, Long> ends = consumer.endOffsets(consumer.assignment());
        caughtUp = ends.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    /** Claims routed to places since the run began, and how many of them the published rows account for. */
    RowTally tally() {
        return tally;
    }

    /**
     * Waits until every article put in came out as a story mark or a dead letter, every claim reached
     * the status table, and the table writer has written every row; false when {@code timeout} passes
     * or {@code stopped} says the pipeline stopped first.
     */
    boolean awaitIdle(long published, TableWriter writer, Duration timeout, BooleanSupplier stopped) {
        long deadline = System.nanoTime() + timeout.toNanos();
        int quietChecks = 0;
        while (System.nanoTime() < deadline && !stopped.getAsBoolean()) {
            poll();
            boolean processed = count(Topics.STORIES) + count(Topics.ARTICLES_DLQ) >= published;
            boolean decided = tally.allDecided();
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
