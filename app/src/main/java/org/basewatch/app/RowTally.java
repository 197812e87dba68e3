package org.basewatch.app;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.basewatch.contracts.Claim;
import org.basewatch.contracts.Json;
import org.basewatch.contracts.Places;
import org.basewatch.contracts.Topics;
import org.basewatch.sink.DecideStatus;
import org.basewatch.sink.Scope;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Knows when the status table accounts for every claim seen: each claim is routed to one or more
 * places ({@link Scope}), and each row on {@code base-status} says in its
 * {@value DecideStatus#RECEIVED} header how many claims were ever routed to its place. The sink
 * decides rows in batches, so rows are not counted; those numbers are. Their values before the run
 * began (the latest row of each place) are the baseline.
 */
public final class RowTally {
    private final Map<String, Long> baseline = new ConcurrentHashMap<>();
    private final Map<String, Long> routed = new ConcurrentHashMap<>();
    private final Map<String, Long> latest = new ConcurrentHashMap<>();

    /**
     * Reads {@code base-status} from the start to its current end with {@code consumer}
     * (read_committed, not subscribed) to learn each place's latest version; leaves it unassigned.
     */
    public void readBaseline(KafkaConsumer<String, byte[]> consumer) {
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.BASE_STATUS).stream()
                .map((PartitionInfo p) -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
        while (partitions.stream().anyMatch(tp -> consumer.position(tp) < ends.get(tp))) {
            for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                Long received = receivedOf(r.headers());
                if (r.key() != null && received != null) {
                    baseline.merge(r.key(), received, Math::max);
                }
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
     * with the {@value DecideStatus#RECEIVED} count of the first row of the place that can account for it.
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

    /** Notes a row read from {@code base-status}; the claims it says its place received, null when it does not say. */
    public Long row(String place, Headers headers) {
        Long received = receivedOf(headers);
        if (place != null && received != null) {
            latest.merge(place, received, Math::max);
        }
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

    private static Long receivedOf(Headers headers) {
        Header h = headers.lastHeader(DecideStatus.RECEIVED);
        try {
            return h == null ? null : Long.parseLong(new String(h.value(), StandardCharsets.UTF_8));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
