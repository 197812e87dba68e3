package org.basewatch.sink.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.basewatch.contracts.Claim;
import org.basewatch.contracts.DatePrecision;
import org.basewatch.contracts.Evidence;
import org.basewatch.contracts.Expected;
import org.basewatch.contracts.Modality;
import org.basewatch.contracts.PlaceStatus;
import org.basewatch.contracts.Revision;
import org.basewatch.contracts.Status;
import org.basewatch.contracts.StatusChange;
import org.basewatch.contracts.Why;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs every behaviour of the store against a real SQLite file and a real PostgreSQL server. */
class StatusTableStoreTest {
    private static final String ARABIC_EVIDENCE =
            "أكملت اللجنة جميع إجراءات انسحاب قوات التحالف القتالية من قاعدة عين الأسد الجوية";
    private static EmbeddedPostgres postgres;
    private static final AtomicInteger DATABASES = new AtomicInteger();

    @TempDir
    Path dir;

    enum Backend { SQLITE, POSTGRES }

    @AfterAll
    static void stopPostgres() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void shouldCreateSchemaOnOpen(Backend backend) throws SQLException {
        String url = freshDatabase(backend);
        try (StatusTableStore store = StatusTableStore.open(url, null, null)) {
            assertEquals(List.of(), store.places());
        }
        try (Connection c = DriverManager.getConnection(url)) {
            List<String> tables = tables(c.getMetaData());
            assertTrue(tables.containsAll(List.of("places", "place_history", "status_changes")), tables.toString());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void shouldKeepADisputedRowsReasonsAndHowSureAChangeIs(Backend backend) {
        String url = freshDatabase(backend);
        PlaceStatus plain = row("harir", Status.PRESENT, 4);
        Why why = new Why("PRESENT since 2021-12-18 on 2 stories; disputed: overruled 1 claim for [WITHDRAWN]",
                List.of(evidence()), List.of(evidence()));
        PlaceStatus disputed = new PlaceStatus(plain.place(), plain.name(), plain.status(), plain.since(), plain.asOf(),
                plain.expected(), plain.sources(), plain.stories(), true, false, null, plain.evidence(), 4, true, why);
        StatusChange change = new StatusChange("harir", Status.PRESENT, Status.WITHDRAWN, "2026-12-05",
                "2026-12-07T10:00:00Z", evidence(), 2, 0.9, StatusChange.RETROACTIVE);
        try (StatusTableStore store = StatusTableStore.open(url, null, null)) {
            store.upsert(disputed);
            store.recordChange(change);
        }
        try (StatusTableStore store = StatusTableStore.open(url, null, null)) {
            assertEquals(List.of(disputed), store.places());
            assertEquals(List.of(change), store.changes());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void shouldKeepDataWhenReopened(Backend backend) {
        String url = freshDatabase(backend);
        PlaceStatus row = row("ain-al-asad", Status.ADVISORY_ONLY, 3);
        try (StatusTableStore store = StatusTableStore.open(url, null, null)) {
            store.upsert(row);
        }
        try (StatusTableStore store = StatusTableStore.open(url, null, null)) {
            assertEquals(List.of(row), store.places());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void shouldInsertThenUpdateRow(Backend backend) {
        try (StatusTableStore store = StatusTableStore.open(freshDatabase(backend), null, null)) {
            PlaceStatus first = row("harir", Status.PRESENT, 1);
            PlaceStatus second = row("harir", Status.WITHDRAWING, 2);
            store.upsert(first);
            assertEquals(Optional.of(first), store.place("harir"));
            store.upsert(second);
            assertEquals(Optional.of(second), store.place("harir"));
            assertEquals(List.of(second), store.places());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void shouldNeverLetOlderVersionOverwriteNewer(Backend backend) {
        try (StatusTableStore store = StatusTableStore.open(freshDatabase(backend), null, null)) {
            PlaceStatus newer = row("ain-al-asad", Status.WITHDRAWN, 7);
            store.upsert(newer);
            store.upsertAll(List.of(row("ain-al-asad", Status.PRESENT, 1), row("ain-al-asad", Status.ADVISORY_ONLY, 6),
                    row("ain-al-asad", Status.WITHDRAWING, 7)));
            assertEquals(Optional.of(newer), store.place("ain-al-asad"));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void shouldListPlacesOrderedById(Backend backend) {
        try (StatusTableStore store = StatusTableStore.open(freshDatabase(backend), null, null)) {
            store.upsertAll(List.of(row("taji", Status.WITHDRAWN, 1), row("harir", Status.PRESENT, 1),
                    row("iq", Status.ADVISORY_ONLY, 1)));
            assertEquals(List.of("harir", "iq", "taji"), store.places().stream().map(PlaceStatus::place).toList());
            assertEquals(Optional.empty(), store.place("balad"));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void shouldRecordEachClaimOnceWhenReplayed(Backend backend) {
        try (StatusTableStore store = StatusTableStore.open(freshDatabase(backend), null, null)) {
            Claim dated = claim("seed-000", "2021-12-18", 812);
            Claim undated = claim("seed-001", null, 40);
            Claim other = claim("seed-002", "2021-12-29", 10);
            for (int replay = 0; replay < 3; replay++) {
                store.recordClaim(dated);
                store.recordClaims(List.of(undated, other));
            }
            assertEquals(List.of(dated, other, undated), store.history("ain-al-asad"));
            assertEquals(List.of(), store.history("harir"));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void shouldLeaveOutTheClaimsOfACorrectedArticlesEarlierVersionWhicheverArrivesFirst(Backend backend) {
        Revision first = new Revision(1_000, "aaaa");
        Revision corrected = new Revision(2_000, "bbbb");
        Claim old = claim("wire-1", "2021-12-18", 5).withRevision(first);
        Claim kept = claim("seed-000", "2021-12-18", 812).withRevision(first); // another article, same revision values
        Claim fresh = claim("wire-1", "2021-12-19", 7).withRevision(corrected);
        try (StatusTableStore store = StatusTableStore.open(freshDatabase(backend), null, null)) {
            store.recordClaims(List.of(old, kept));
            store.recordClaims(List.of(fresh));
            assertEquals(List.of(kept, old, fresh), store.history("ain-al-asad"), "no correction yet");

            store.recordRetractions(List.of(Claim.retraction("wire-1", "iq", corrected)));
            assertEquals(List.of(kept, fresh), store.history("ain-al-asad"));

            store.recordClaims(List.of(old)); // the old version's claim replayed after the correction
            store.recordRetractions(List.of(Claim.retraction("wire-1", "iq", first))); // and an older correction late
            assertEquals(List.of(kept, fresh), store.history("ain-al-asad"));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void shouldRecordEachChangeOnceWhenReplayed(Backend backend) {
        try (StatusTableStore store = StatusTableStore.open(freshDatabase(backend), null, null)) {
            StatusChange first = new StatusChange("ain-al-asad", null, Status.PRESENT, null,
                    "2026-11-28T10:00:00Z", null);
            StatusChange second = new StatusChange("ain-al-asad", Status.PRESENT, Status.ADVISORY_ONLY, "2021-12-18",
                    "2026-11-28T10:00:01Z", evidence());
            for (int replay = 0; replay < 3; replay++) {
                store.recordChanges(List.of(first, second));
            }
            // A replay re-detects the change later; the first detection is the one kept.
            store.recordChange(new StatusChange("ain-al-asad", Status.PRESENT, Status.ADVISORY_ONLY, "2021-12-18",
                    "2026-11-29T08:00:00Z", evidence()));
            assertEquals(List.of(second, first), store.changes());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void shouldRoundTripArabicEvidenceAsJson(Backend backend) throws SQLException {
        String url = freshDatabase(backend);
        PlaceStatus row = row("ain-al-asad", Status.ADVISORY_ONLY, 2);
        try (StatusTableStore store = StatusTableStore.open(url, null, null)) {
            store.upsert(row);
            assertEquals(ARABIC_EVIDENCE, store.place("ain-al-asad").orElseThrow().evidence().get(0).evidence());
        }
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT evidence_json FROM places")) {
            assertTrue(rs.next());
            assertTrue(rs.getString(1).contains(ARABIC_EVIDENCE), rs.getString(1));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void shouldKeepRowWithoutExpectationOrEvidence(Backend backend) {
        try (StatusTableStore store = StatusTableStore.open(freshDatabase(backend), null, null)) {
            PlaceStatus bare = new PlaceStatus("k1", null, null, null, null, null, 0, 0, false, false, null, null, 1);
            PlaceStatus overdue = new PlaceStatus("harir", "Harir Air Base", Status.PRESENT, "2021", "2026-01-05",
                    new Expected(Status.WITHDRAWN, "2026-12-31", false), 1, 1, true, true, "iq-kurdistan",
                    List.of(), 1);
            store.upsertAll(List.of(bare, overdue));
            assertEquals(List.of(overdue, bare), store.places());
        }
    }

    @Test
    void shouldCreateMissingDataFolderAndUseWalForSqlite() throws SQLException {
        String url = "jdbc:sqlite:" + dir.resolve("new/data/dir/basewatch.db");
        try (StatusTableStore store = StatusTableStore.open(url, null, null)) {
            store.upsert(row("victory", Status.WITHDRAWN, 1));
            assertEquals(1, store.places().size());
        }
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
            assertTrue(rs.next());
            assertEquals("wal", rs.getString(1).toLowerCase());
        }
    }

    @Test
    void shouldConnectToPostgresWithSeparateCredentials() {
        String withUserInUrl = freshDatabase(Backend.POSTGRES);
        String url = withUserInUrl.substring(0, withUserInUrl.indexOf('?'));
        try (StatusTableStore store = StatusTableStore.open(url, "postgres", "postgres")) {
            store.upsert(row("joc-hq", Status.WITHDRAWN, 1));
        }
        try (StatusTableStore store = StatusTableStore.open(withUserInUrl, null, null)) {
            assertEquals(List.of("joc-hq"), store.places().stream().map(PlaceStatus::place).toList());
        }
    }

    @Test
    void shouldReportUnreachableDatabaseWithoutItsParameters() {
        StoreException e = assertThrows(StoreException.class, () -> StatusTableStore.open(
                "jdbc:postgresql://127.0.0.1:1/none?password=secret&connectTimeout=1", null, null));
        assertFalse(e.getMessage().contains("secret"), e.getMessage());
    }

    private String freshDatabase(Backend backend) {
        String name = "basewatch" + DATABASES.incrementAndGet();
        if (backend == Backend.SQLITE) {
            return "jdbc:sqlite:" + dir.resolve(name + ".db");
        }
        try (Connection c = postgres().getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return postgres().getJdbcUrl("postgres", name);
    }

    private static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return postgres;
    }

    private static List<String> tables(DatabaseMetaData meta) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = meta.getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME").toLowerCase());
            }
        }
        return names;
    }

    private static PlaceStatus row(String place, Status status, long version) {
        return new PlaceStatus(place, place + " name", status, "2021-12-18", "2021-12-29",
                new Expected(Status.WITHDRAWN, "2026-12-31", version % 2 == 0), 2 + (int) version, 1 + (int) version,
                version % 2 == 1, false, "iq-federal", List.of(evidence()), version);
    }

    private static Evidence evidence() {
        return new Evidence("seed-000", "story-1", "ina.iq", "2021-12-21", Status.ADVISORY_ONLY, Modality.ASSERTED,
                "2021-12-18", ARABIC_EVIDENCE, 812, 1004, 0.9);
    }

    private static Claim claim(String articleId, String eventDate, int start) {
        return new Claim(articleId, "ain-al-asad", Status.ADVISORY_ONLY, Modality.ASSERTED, eventDate,
                eventDate == null ? null : DatePrecision.DAY, ARABIC_EVIDENCE, start, start + 80, 0.85,
                "الكاظمي", "story-" + articleId, "ina.iq", 2, eventDate == null ? null : "2021-12-21",
                eventDate == null ? "2021-12-20" : null);
    }
}
