package org.basewatch.sink;

import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.basewatch.contracts.Claim;
import org.basewatch.contracts.Json;
import org.basewatch.contracts.Membership;
import org.basewatch.contracts.PlaceStatus;
import org.basewatch.contracts.StatusChange;
import org.basewatch.contracts.Topics;
import org.basewatch.sink.db.Position;
import org.basewatch.sink.db.StatusTableStore;
import org.basewatch.sink.db.TableBatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Copies the committed status table, its changes and every claim into the database. It reads {@code read_committed}
 * and keeps its position in the database itself, written in the same transaction as the rows (as exactly-once JDBC
 * sinks do): a new database starts from the beginning of the topics and fills itself, a restarted writer goes on where
 * its rows end. Its consumer group is named after the database ({@link #groupFor}), so sinks sharing a database share
 * the partitions and another database is fed on its own; offsets committed to that group only show the position to
 * Kafka's tools.
 */
public final class TableWriter implements Runnable, AutoCloseable {
    /** The prefix of every writer's consumer group; {@link #groupFor} adds the database's name. */
    public static final String GROUP_ID = "basewatch-table-writer";
    private static final Logger LOG = LoggerFactory.getLogger(TableWriter.class);
    private static final List<String> TOPICS = List.of(Topics.CLAIMS, Topics.BASE_STATUS, Topics.BASE_STATUS_CHANGES);

    private final KafkaConsumer<String, byte[]> consumer;
    private final StatusTableStore store;
    private final AtomicLong rows = new AtomicLong();
    private final AtomicLong claims = new AtomicLong();
    private final AtomicLong changes = new AtomicLong();
    private volatile boolean running = true;
    private Map<TopicPartition, Long> written = Map.of();
    private final Thread thread;

    public TableWriter(Properties clientProps, StatusTableStore store) {
        this(clientProps, store, groupFor(store));
    }

    /** The consumer group of the writers of {@code store}'s database: {@code basewatch-table-writer-<database name>}. */
    public static String groupFor(StatusTableStore store) {
        return GROUP_ID + "-" + store.identity();
    }

    /** A writer in the consumer group {@code groupId}; its position still comes from the database. */
    public TableWriter(Properties clientProps, StatusTableStore store, String groupId) {
        this(clientProps, store, groupId, null);
    }

    /**
     * A writer whose member of {@code groupId} is static ({@link Membership}): named after the instance whose state
     * folder is {@code stateDir}, so that the same sink restarted takes its old member's place at once. With a null
     * {@code stateDir} the member is dynamic unless the client settings name a {@code group.instance.id}.
     */
    public TableWriter(Properties clientProps, StatusTableStore store, String groupId, Path stateDir) {
        Properties p = new Properties();
        p.putAll(clientProps);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        if (stateDir != null) {
            Membership.apply(p, groupId, stateDir);
        }
        p.remove(Membership.CONFIG);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        this.consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
        this.store = store;
        this.thread = new Thread(this, "basewatch-table-writer");
    }

    public TableWriter start() {
        thread.start();
        return this;
    }

    @Override
    public void run() {
        try {
            consumer.subscribe(TOPICS, new StoredPositions(consumer, store));
            while (running) {
                ConsumerRecords<String, byte[]> batch = consumer.poll(Duration.ofMillis(200));
                Map<TopicPartition, Long> positions = positions();
                if (batch.isEmpty() && positions.equals(written)) {
                    continue;
                }
                write(batch, positions);
                written = positions;
                consumer.commitAsync(toOffsets(positions), (offsets, e) -> {
                    if (e != null) {
                        LOG.debug("the group's offsets lag behind the database's until the next batch: {}", e.toString());
                    }
                });
            }
        } catch (WakeupException e) {
            if (running) {
                throw e;
            }
        } finally {
            // a static member does not leave on close unless told to: leaving hands its partitions to the other
            // sinks now rather than after the session timeout (a killed writer never gets here, and rejoins as itself)
            consumer.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                    .withTimeout(Duration.ofSeconds(5)));
        }
    }

    /**
     * Where the consumer goes on in every partition it holds; these move past transaction markers too, which an empty
     * poll still has to write down for the database's lag to reach zero.
     */
    private Map<TopicPartition, Long> positions() {
        Map<TopicPartition, Long> positions = new HashMap<>();
        for (TopicPartition tp : consumer.assignment()) {
            positions.put(tp, consumer.position(tp));
        }
        return positions;
    }

    private static Map<TopicPartition, OffsetAndMetadata> toOffsets(Map<TopicPartition, Long> positions) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        positions.forEach((tp, next) -> offsets.put(tp, new OffsetAndMetadata(next)));
        return offsets;
    }

    /** One poll's records and the positions after them in one transaction; the latest row per place is enough. */
    private void write(ConsumerRecords<String, byte[]> batch, Map<TopicPartition, Long> positions) {
        List<Claim> newClaims = new ArrayList<>();
        List<Claim> retractions = new ArrayList<>();
        Map<String, PlaceStatus> newRows = new LinkedHashMap<>();
        List<StatusChange> newChanges = new ArrayList<>();
        int rowRecords = 0;
        for (ConsumerRecord<String, byte[]> r : batch) {
            if (r.value() == null) {
                continue;
            }
            try {
                switch (r.topic()) {
                    case Topics.CLAIMS -> {
                        Claim claim = Json.read(r.value(), Claim.class);
                        // a retraction withdraws an article's replaced claims from the history, it is none itself
                        (claim.isRetraction() ? retractions : newClaims).add(claim);
                    }
                    case Topics.BASE_STATUS -> {
                        PlaceStatus row = Json.read(r.value(), PlaceStatus.class);
                        newRows.merge(row.place(), row, (a, b) -> b.version() >= a.version() ? b : a);
                        rowRecords++;
                    }
                    case Topics.BASE_STATUS_CHANGES -> newChanges.add(Json.read(r.value(), StatusChange.class));
                    default -> LOG.warn("unexpected topic {}", r.topic());
                }
            } catch (RuntimeException e) {
                // the streams wrote these records, so an unreadable one is a bug: log where, keep the table going
                LOG.atError().addKeyValue("topic", r.topic()).addKeyValue("partition", r.partition()).addKeyValue("offset", r.offset())
                        .log("cannot read a record for the database: {}", e.toString());
            }
        }
        List<Position> at = new ArrayList<>();
        positions.forEach((tp, next) -> at.add(new Position(tp.topic(), tp.partition(), next)));
        store.write(new TableBatch(newClaims, retractions, newRows.values(), newChanges, at));
        claims.addAndGet(newClaims.size());
        rows.addAndGet(rowRecords);
        changes.addAndGet(newChanges.size());
    }

    /** Status row records consumed and written so far (one per claim the sink decided). */
    public long rowsWritten() {
        return rows.get();
    }

    public long claimsWritten() {
        return claims.get();
    }

    public long changesWritten() {
        return changes.get();
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
