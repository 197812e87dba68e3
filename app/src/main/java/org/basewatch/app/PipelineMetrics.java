package org.basewatch.app;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.basewatch.contracts.Claim;
import org.basewatch.contracts.DeadLetters;
import org.basewatch.contracts.Json;
import org.basewatch.contracts.StatusChange;
import org.basewatch.contracts.StoryMark;
import org.basewatch.contracts.Topics;
import org.basewatch.sink.db.Position;
import org.basewatch.sink.db.StatusTableStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * basewatch's own metrics, {@code basewatch_*} next to Kafka's: the extraction time measured in the processor, and
 * counts of what the parts of this process committed since it started (articles in, processed, duplicates,
 * dead-lettered by reason; claims by modality; status changes by new status), read {@code read_committed} from their
 * topics so that a retried transaction is not counted twice; plus the table writer's lag from its database.
 */
final class PipelineMetrics implements AutoCloseable {
    static final List<String> PROCESSOR_TOPICS = List.of(Topics.ARTICLES, Topics.STORIES, Topics.ARTICLES_DLQ, Topics.CLAIMS);
    static final List<String> SINK_TOPICS = List.of(Topics.BASE_STATUS_CHANGES);
    private static final Logger LOG = LoggerFactory.getLogger(PipelineMetrics.class);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration LAG_REFRESH = Duration.ofSeconds(1);
    private static final String UNKNOWN = "unknown";

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final AtomicLong writerLag = new AtomicLong(-1);
    private KafkaConsumer<String, byte[]> consumer;
    private Thread thread;
    private volatile boolean running = true;

    PrometheusMeterRegistry registry() {
        return registry;
    }

    /** Told by the processor how long each extraction took; the timer appears with the first, so only where one runs. */
    void extractionNanos(long nanos) {
        Timer.builder("basewatch.extraction").description("Time to extract the claims of one article").register(registry)
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    /**
     * Starts counting what is committed to {@code topics} from now on, and, with a {@code store}, its table writer's
     * lag; returns once the starting point is fixed, so everything committed after this call is counted.
     */
    void watch(Properties clientProps, Collection<String> topics, StatusTableStore store) {
        Properties p = new Properties();
        p.putAll(clientProps);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.remove(ConsumerConfig.GROUP_ID_CONFIG);
        consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> watched = partitions(topics);
        consumer.assign(watched);
        consumer.seekToEnd(watched);
        watched.forEach(consumer::position);
        List<TopicPartition> writerPartitions = store == null ? List.of() : partitions(LagCommand.WRITER_TOPICS);
        if (store != null) {
            Gauge.builder("basewatch.table.writer.lag", writerLag, AtomicLong::get).baseUnit("records")
                    .description("Records committed to the table writer's topics that its database does not have yet (-1: not known yet)")
                    .register(registry);
        }
        thread = new Thread(() -> run(store, writerPartitions), "basewatch-metrics");
        thread.setDaemon(true);
        thread.start();
    }

    private List<TopicPartition> partitions(Collection<String> topics) {
        List<TopicPartition> out = new ArrayList<>();
        for (String topic : topics) {
            for (PartitionInfo info : consumer.partitionsFor(topic)) {
                out.add(new TopicPartition(topic, info.partition()));
            }
        }
        return out;
    }

    private void run(StatusTableStore store, List<TopicPartition> writerPartitions) {
        long nextLag = 0;
        try {
            while (running) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(POLL)) {
                    count(r);
                }
                if (store != null && System.nanoTime() >= nextLag) {
                    writerLag.set(lag(store, consumer.endOffsets(writerPartitions)));
                    nextLag = System.nanoTime() + LAG_REFRESH.toNanos();
                }
            }
        } catch (WakeupException e) {
            // closing
        } catch (RuntimeException e) {
            LOG.warn("basewatch metrics stopped: {}", e.toString());
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void count(ConsumerRecord<String, byte[]> r) {
        try {
            switch (r.topic()) {
                case Topics.ARTICLES -> registry.counter("basewatch.articles.in").increment();
                case Topics.STORIES -> {
                    registry.counter("basewatch.articles.processed").increment();
                    if (r.value() != null && Json.read(r.value(), StoryMark.class).duplicateOf() != null) {
                        registry.counter("basewatch.articles.duplicates").increment();
                    }
                }
                case Topics.ARTICLES_DLQ -> registry.counter("basewatch.articles.dead.lettered", "reason", header(r, DeadLetters.REASON)).increment();
                case Topics.CLAIMS -> {
                    Claim claim = Json.read(r.value(), Claim.class);
                    if (!claim.isRetraction()) {
                        registry.counter("basewatch.claims", "modality", claim.modality() == null ? UNKNOWN : claim.modality().name()).increment();
                    }
                }
                case Topics.BASE_STATUS_CHANGES -> {
                    StatusChange change = Json.read(r.value(), StatusChange.class);
                    registry.counter("basewatch.status.changes", "to", change.to() == null ? UNKNOWN : change.to().name()).increment();
                }
                default -> { }
            }
        } catch (RuntimeException e) {
            LOG.debug("not counted: {}/{}/{}: {}", r.topic(), r.partition(), r.offset(), e.toString());
        }
    }

    static long lag(StatusTableStore store, Map<TopicPartition, Long> ends) {
        Map<TopicPartition, Long> stored = new HashMap<>();
        for (Position p : store.positions()) {
            stored.put(new TopicPartition(p.topic(), p.partition()), p.nextOffset());
        }
        long lag = 0;
        for (Map.Entry<TopicPartition, Long> e : ends.entrySet()) {
            lag += Math.max(0, e.getValue() - stored.getOrDefault(e.getKey(), 0L));
        }
        return lag;
    }

    private static String header(ConsumerRecord<?, ?> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null || h.value() == null ? UNKNOWN : new String(h.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        running = false;
        if (consumer != null) {
            consumer.wakeup();
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        registry.close();
    }
}
