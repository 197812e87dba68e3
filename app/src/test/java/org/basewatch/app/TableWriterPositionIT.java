package org.basewatch.app;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.basewatch.broker.TestClusters;
import org.basewatch.contracts.Claim;
import org.basewatch.contracts.DatePrecision;
import org.basewatch.contracts.Json;
import org.basewatch.contracts.Modality;
import org.basewatch.contracts.PlaceStatus;
import org.basewatch.contracts.Settings;
import org.basewatch.contracts.Status;
import org.basewatch.contracts.StatusChange;
import org.basewatch.contracts.TopicSetup;
import org.basewatch.contracts.Topics;
import org.basewatch.sink.TableWriter;
import org.basewatch.sink.db.Position;
import org.basewatch.sink.db.StatusTableStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * The table writer keeps its position in its database (issue 17): a writer started on an empty SQLite or PostgreSQL
 * database after the topics are full fills it, two databases fed side by side each get everything, and a writer
 * restarted after its group's offsets are lost (as after a crash between the database commit and the offset commit)
 * goes on where its rows end, reading nothing twice and losing nothing.
 */
class TableWriterPositionIT {
    private static final List<String> PLACES = List.of("ain-al-asad", "harir", "al-qaim", "victory-base", "taji");
    private static final int CLAIMS_PER_ROUND = 24;
    private static final List<String> TOPICS = List.of(Topics.CLAIMS, Topics.BASE_STATUS, Topics.BASE_STATUS_CHANGES);

    @Test
    void shouldFillEveryNewDatabaseAndGoOnFromItsOwnPosition(@TempDir Path dir) throws Exception {
        try (KafkaClusterTestKit cluster = TestClusters.startSingleNode();
             EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
            Properties settings = Settings.defaults();
            settings.setProperty(Settings.BOOTSTRAP, cluster.bootstrapServers());
            Properties client = Settings.kafkaClient(settings);
            TopicSetup.ensure(client, 3, (short) 1);
            publishRound(client, 0);

            try (Admin admin = Admin.create(client);
                 StatusTableStore sqlite = StatusTableStore.open("jdbc:sqlite:" + dir.resolve("basewatch.db"), null, null);
                 StatusTableStore pg = StatusTableStore.open(postgres.getJdbcUrl("postgres", "postgres"), null, null)) {
                assertNotEquals(TableWriter.groupFor(sqlite), TableWriter.groupFor(pg), "each database its own group");

                try (TableWriter first = new TableWriter(client, sqlite).start()) {
                    awaitCaughtUp(admin, sqlite, 1);
                    assertEquals(CLAIMS_PER_ROUND, first.claimsWritten());
                }
                // the second database, started after the first writer read everything, still fills itself
                try (TableWriter second = new TableWriter(client, pg).start()) {
                    awaitCaughtUp(admin, pg, 1);
                    assertEquals(CLAIMS_PER_ROUND, second.claimsWritten());

                    publishRound(client, 1);
                    awaitCaughtUp(admin, pg, 2);
                    // a crash after the database commit loses the group's offsets at worst: the database's position wins
                    admin.deleteConsumerGroups(List.of(TableWriter.groupFor(sqlite))).all().get();
                    try (TableWriter restarted = new TableWriter(client, sqlite).start()) {
                        awaitCaughtUp(admin, sqlite, 2);
                        assertEquals(CLAIMS_PER_ROUND, restarted.claimsWritten(), "only the new round read again");
                    }
                }
                assertEquals(sqlite.places(), pg.places(), "both databases hold the same table");
            }
        }
    }

    /** Waits until {@code store} holds {@code rounds} rounds and its stored positions reach the end of every partition. */
    private static void awaitCaughtUp(Admin admin, StatusTableStore store, int rounds) {
        await("the database after round " + rounds).atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> {
                    assertEquals(EndOffsets.of(admin, TOPICS), stored(store), "stored positions at the ends");
                    assertEquals(rounds * CLAIMS_PER_ROUND, PLACES.stream().mapToInt(p -> store.history(p).size()).sum(), "claims");
                    assertEquals(rounds * PLACES.size(), store.changes().size(), "changes");
                    for (PlaceStatus row : store.places()) {
                        assertEquals(lastVersion(rounds, row.place()), row.version(), row.place());
                    }
                    assertEquals(PLACES.size(), store.places().size(), "rows");
                });
    }

    private static Map<TopicPartition, Long> stored(StatusTableStore store) {
        Map<TopicPartition, Long> positions = new HashMap<>();
        for (Position p : store.positions()) {
            positions.put(new TopicPartition(p.topic(), p.partition()), p.nextOffset());
        }
        return positions;
    }

    /** The version of the last row about {@code place} published in the last of {@code rounds} rounds. */
    private static long lastVersion(int rounds, String place) {
        int last = CLAIMS_PER_ROUND - 1;
        while (!PLACES.get(last % PLACES.size()).equals(place)) {
            last--;
        }
        return (long) (rounds - 1) * CLAIMS_PER_ROUND + last + 1;
    }

    /**
     * One round as the sink writes it, in transactions (so the partitions hold markers the writer must step over):
     * claims about every place, a row per claim with a growing version, and one change per place.
     */
    private static void publishRound(Properties client, int round) {
        Properties p = new Properties();
        p.putAll(client);
        p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "table-writer-it-" + round);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            for (int i = 0; i < CLAIMS_PER_ROUND; i++) {
                long version = (long) round * CLAIMS_PER_ROUND + i + 1;
                String place = PLACES.get(i % PLACES.size());
                String article = "article-" + round + "-" + i;
                Claim claim = new Claim(article, place, Status.WITHDRAWN, Modality.ASSERTED, "2026-01-" + (10 + i),
                        DatePrecision.DAY, "evidence of " + article, 0, 10, 0.8, null, article, "outlet", 1, null);
                producer.send(new ProducerRecord<>(Topics.CLAIMS, place, Json.bytes(claim)));
                producer.send(new ProducerRecord<>(Topics.BASE_STATUS, place, Json.bytes(row(place, version))));
            }
            producer.commitTransaction();
            producer.beginTransaction();
            for (String place : PLACES) {
                StatusChange change = new StatusChange(place, round == 0 ? null : Status.PRESENT, Status.WITHDRAWN,
                        "2026-0" + (round + 1) + "-01", "2026-12-07T00:00:00Z", null);
                producer.send(new ProducerRecord<>(Topics.BASE_STATUS_CHANGES, place, Json.bytes(change)));
            }
            producer.commitTransaction();
        }
    }

    private static PlaceStatus row(String place, long version) {
        return new PlaceStatus(place, place, Status.WITHDRAWN, "2026-01-10", "2026-01-10", null, 1, 1, false, false, null,
                List.of(), version);
    }
}
