package org.basewatch.app.bench;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.basewatch.contracts.Json;
import org.basewatch.contracts.StoryMark;
import org.basewatch.contracts.Topics;
import org.basewatch.app.RowTally;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Watches, on its own thread, what the pipeline committed (read_committed) since the watch began:
 * counts story marks, dead letters, claims and status rows, which routed claims the rows account for,
 * and, for articles sent with a {@link #SENT_ID} header, how long after sending each of their story
 * marks and status rows became readable. The idea is {@code RunCounter}'s, with timings added.
 */
public final class OutputWatch implements AutoCloseable {
    /** Header naming the sent article; Kafka Streams carries record headers through every step to base-status. */
    public static final String SENT_ID = "basewatch-bench-id";
    private static final List<String> TOPICS = List.of(Topics.STORIES, Topics.ARTICLES_DLQ, Topics.CLAIMS,
            Topics.CLAIMS_DLQ, Topics.BASE_STATUS);

    private final KafkaConsumer<String, byte[]> consumer;
    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
    private final RowTally tally = new RowTally();
    private final AtomicLong duplicates = new AtomicLong();
    private final Map<String, Long> sentNanos = new ConcurrentHashMap<>();
    private final List<Long> rowLatencyNanos = new ArrayList<>();
    private final java.util.Set<String> rowSeen = new java.util.HashSet<>();
    private final List<Long> markLatencyNanos = new ArrayList<>();
    private final Thread thread;
    private volatile boolean caughtUp;
    private volatile boolean stopped;
    private volatile RuntimeException failure;

    public OutputWatch(Properties clientProps) {
        TOPICS.forEach(topic -> counts.put(topic, new AtomicLong()));
        consumer = tally.watchFromNow(clientProps, TOPICS);
        thread = new Thread(this::run, "bench-output-watch");
        thread.setDaemon(true);
        thread.start();
    }

    /** Notes that article {@code id} was handed to the producer now, so its outputs can be timed. */
    public void sent(String id, long nanoTime) {
        sentNanos.put(id, nanoTime);
    }

    private void run() {
        try {
            while (!stopped) {
                var records = consumer.poll(Duration.ofMillis(50));
                long now = System.nanoTime();
                for (ConsumerRecord<String, byte[]> r : records) {
                    count(r, now);
                }
                Map<TopicPartition, Long> ends = consumer.endOffsets(consumer.assignment());
                caughtUp = ends.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
            }
        } catch (WakeupException e) {
            // closing
        } catch (RuntimeException e) {
            failure = e;
        }
    }

    private void count(ConsumerRecord<String, byte[]> r, long now) {
        counts.get(r.topic()).incrementAndGet();
        if (r.topic().equals(Topics.STORIES) && r.value() != null && isDuplicate(r.value())) {
            duplicates.incrementAndGet();
        }
        if (r.topic().equals(Topics.CLAIMS)) {
            tally.claim(r.value());
        } else if (r.topic().equals(Topics.BASE_STATUS)) {
            tally.row(r.key(), r.headers());
        }
        // a status row carries the ids of every article it answers for; an article counts once per place
        for (Header id : r.headers().headers(SENT_ID)) {
            String article = new String(id.value(), StandardCharsets.UTF_8);
            Long sent = sentNanos.get(article);
            if (sent == null) {
                continue;
            }
            if (r.topic().equals(Topics.BASE_STATUS)) {
                if (rowSeen.add(article + "|" + r.key())) {
                    synchronized (rowLatencyNanos) {
                        rowLatencyNanos.add(now - sent);
                    }
                }
            } else if (r.topic().equals(Topics.STORIES)) {
                synchronized (markLatencyNanos) {
                    markLatencyNanos.add(now - sent);
                }
            }
        }
    }

    private static boolean isDuplicate(byte[] value) {
        try {
            return Json.read(value, StoryMark.class).duplicateOf() != null;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Story marks that put an article in an earlier story. */
    public long duplicates() {
        return duplicates.get();
    }

    public long count(String topic) {
        check();
        return counts.get(topic).get();
    }

    /** Articles that came out as a story mark or a dead letter. */
    public long processed() {
        return count(Topics.STORIES) + count(Topics.ARTICLES_DLQ);
    }

    /** Claims routed to places, and how many of them the published rows account for. */
    public RowTally tally() {
        return tally;
    }

    /** Everything put in so far came out: the given articles processed, every routed claim in a row, read to the end. */
    public boolean allOut(long articles) {
        return processed() >= articles && tally.allDecided() && caughtUp;
    }

    public List<Long> rowLatencyNanos() {
        synchronized (rowLatencyNanos) {
            return List.copyOf(rowLatencyNanos);
        }
    }

    public List<Long> markLatencyNanos() {
        synchronized (markLatencyNanos) {
            return List.copyOf(markLatencyNanos);
        }
    }

    private void check() {
        if (failure != null) {
            throw new IllegalStateException("the output watch failed: " + failure.getMessage(), failure);
        }
    }

    @Override
    public void close() {
        stopped = true;
        consumer.wakeup();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        consumer.close();
    }
}
