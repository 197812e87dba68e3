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
import org.basewatch.contracts.TableProgress;
import org.basewatch.contracts.Topics;
import org.basewatch.sink.Scope;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Knows when the status table accounts for every claim seen: each claim is routed to one or more
 * places ({@link Scope}), and each record on {@code base-status-progress} ({@link TableProgress}) says
 * how many claims were ever routed to each place of a country that the places' latest rows account
 * for. The sink decides rows in batches and publishes only those that change, so rows are not
 * counted; those numbers are. The latest record of each country before the run began is the baseline.
 */
public final class RowTally {
    private final Map<String, Long> baseline = new ConcurrentHashMap<>();
    private final Map<String, Long> routed = new ConcurrentHashMap<>();
    private final Map<String, Long> latest = new ConcurrentHashMap<>();

    /**
     * Reads {@code base-status-progress} from the start to its current end with {@code consumer}
     * (read_committed, not subscribed) to learn what each place's rows accounted for; leaves it unassigned.
     */
    public void readBaseline(KafkaConsumer<String, byte[]> consumer) {
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.BASE_STATUS_PROGRESS).stream()
                .map((PartitionInfo p) -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
        while (partitions.stream().anyMatch(tp -> consumer.position(tp) < ends.get(tp))) {
            for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                receivedOf(r.value()).forEach((place, received) -> baseline.merge(place, received, Math::max));
            }
        }
        consumer.unsubscribe();
    }

    /**
     * A read_committed consumer of {@code topics}, positioned at their current ends, for counting what
     * the pipeline commits from now on; reads this tally's baseline first.
     */
    public KafkaConsumer<String, byte[]> watchFromNow(Properties clientProps, List<String> topics) {
        Properties p = new Properties();
        p.putAll(clientProps);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 64 * 1024 * 1024);
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
        readBaseline(consumer);
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            for (PartitionInfo info : consumer.partitionsFor(topic)) {
                partitions.add(new TopicPartition(topic, info.partition()));
            }
        }
        consumer.assign(partitions);
        consumer.endOffsets(partitions).forEach(consumer::seek);
        return consumer;
    }

    /**
     * Notes a claim read from {@code claims}: the places it will be routed to (none if the sink cannot read it), each
     * with the count of claims received there ({@link TableProgress#received()}) from which the place's row accounts for it.
     */
    public Map<String, Long> claim(byte[] value) {
        Map<String, Long> positions = new LinkedHashMap<>();
        try {
            Claim claim = Json.read(value, Claim.class);
            if (claim.place() != null && Places.isKnown(claim.place())
                    && (claim.isRetraction() || claim.status() != null && claim.modality() != null)) {
                Scope.places(claim).forEach(place ->
                        positions.put(place, baseline.getOrDefault(place, 0L) + routed.merge(place, 1L, Long::sum)));
            }
        } catch (RuntimeException e) {
            // an unreadable claim becomes a dead letter, not a row
        }
        return positions;
    }

    /**
     * Notes a record read from {@code base-status-progress}; per place, the claims routed there that its row now
     * accounts for (none when the record cannot be read).
     */
    public Map<String, Long> progress(byte[] value) {
        Map<String, Long> received = receivedOf(value);
        received.forEach((place, count) -> latest.merge(place, count, Math::max));
        return received;
    }

    /** Claims routed since the run began: the work the sink has to account for. */
    public long routedClaims() {
        return routed.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Routed claims the rows published so far account for. */
    public long decidedClaims() {
        return routed.keySet().stream().mapToLong(place ->
                Math.min(routed.get(place), Math.max(0, latest.getOrDefault(place, 0L) - baseline.getOrDefault(place, 0L)))).sum();
    }

    /** Every place's latest row accounts for every claim routed to it since the run began. */
    public boolean allDecided() {
        return routed.entrySet().stream().allMatch(e ->
                latest.getOrDefault(e.getKey(), 0L) >= baseline.getOrDefault(e.getKey(), 0L) + e.getValue());
    }

    private static Map<String, Long> receivedOf(byte[] value) {
        try {
            TableProgress progress = value == null ? null : Json.read(value, TableProgress.class);
            return progress == null || progress.received() == null ? Map.of() : progress.received();
        } catch (RuntimeException e) {
            return Map.of(); // written by no sink of this release
        }
    }
}
