package org.basewatch.bench;

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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Watches, on its own thread, what the pipeline committed (read_committed) since the watch began:
 * counts story marks, dead letters, claims and status rows, which routed claims the rows account for,
 * and, for articles sent with a {@link #SENT_ID} header, how long after sending each of their story
 * marks became readable, and the status table accounted for them. The idea is {@code RunCounter}'s, with
 * timings added.
 * <p>It sees only what any consumer of the topics sees. Streams carries an article's headers to its story
 * mark and its claims; the table is timed by counting: each claim routed to a place gets the place's next
 * received count ({@link RowTally#claim}), and the first {@code base-status-progress} record whose count for
 * the place reaches it answers for the claim's article there: the sink writes it in the transaction of the
 * rows it accounts for, so from then on the place's row, changed or not, is readable with what the article
 * said. Claims reach a place from several partitions, so the order the sink takes them in may differ from
 * the order read here by a few records: the timing of one pair can be off by as much as the sink's decide
 * interval, not the distribution's shape.
 */
public final class OutputWatch implements AutoCloseable {
    /** Header naming the sent article; Kafka Streams carries record headers through the processor to stories and claims. */
    public static final String SENT_ID = "basewatch-bench-id";
    private static final List<String> TOPICS = List.of(Topics.STORIES, Topics.ARTICLES_DLQ, Topics.CLAIMS,
            Topics.CLAIMS_DLQ, Topics.BASE_STATUS, Topics.BASE_STATUS_PROGRESS);

    private final KafkaConsumer<String, byte[]> consumer;
    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
    private final RowTally tally = new RowTally();
    private final AtomicLong duplicates = new AtomicLong();
    private final Map<String, Long> sentNanos = new ConcurrentHashMap<>();
    private final List<Long> rowLatencyNanos = new ArrayList<>();
    private final Set<String> rowSeen = new HashSet<>();
    /** place → (received count that accounts for it, article) of timed claims no row accounted for yet, in count order. */
    private final Map<String, Deque<Waiting>> waiting = new HashMap<>();
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

    private record Waiting(long received, String article) {
    }

    private void count(ConsumerRecord<String, byte[]> r, long now) {
        counts.get(r.topic()).incrementAndGet();
        String article = sentArticle(r);
        if (r.topic().equals(Topics.STORIES)) {
            if (r.value() != null && isDuplicate(r.value())) {
                duplicates.incrementAndGet();
            }
            if (article != null) {
                synchronized (markLatencyNanos) {
                    markLatencyNanos.add(now - sentNanos.get(article));
                }
            }
        } else if (r.topic().equals(Topics.CLAIMS)) {
            Map<String, Long> positions = tally.claim(r.value());
            if (article != null) {
                positions.forEach((place, received) ->
                        waiting.computeIfAbsent(place, p -> new ArrayDeque<>()).add(new Waiting(received, article)));
            }
        } else if (r.topic().equals(Topics.BASE_STATUS_PROGRESS)) {
            tally.progress(r.value()).forEach((place, received) -> accountedFor(place, received, now));
        }
    }

    /** An article counts once per place, when the table first accounts for one of its claims there. */
    private void accountedFor(String place, long received, long now) {
        Deque<Waiting> queue = waiting.get(place);
        while (queue != null && !queue.isEmpty() && queue.peek().received() <= received) {
            Waiting w = queue.poll();
            if (rowSeen.add(w.article() + "|" + place)) {
                synchronized (rowLatencyNanos) {
                    rowLatencyNanos.add(now - sentNanos.get(w.article()));
                }
            }
        }
    }

    /** The timed article {@code r} comes from, or null. */
    private String sentArticle(ConsumerRecord<String, byte[]> r) {
        Header id = r.headers().lastHeader(SENT_ID);
        String article = id == null ? null : new String(id.value(), StandardCharsets.UTF_8);
        return article != null && sentNanos.containsKey(article) ? article : null;
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
