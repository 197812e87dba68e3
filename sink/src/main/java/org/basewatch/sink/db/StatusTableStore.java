package org.basewatch.sink.db;

import org.basewatch.contracts.Claim;
import org.basewatch.contracts.Expected;
import org.basewatch.contracts.Json;
import org.basewatch.contracts.PlaceStatus;
import org.basewatch.contracts.Revision;
import org.basewatch.contracts.StatusChange;
import org.flywaydb.core.api.FlywayException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The sink's JDBC store of the per-place status table, every claim made about a place and every
 * status change, in SQLite ({@code jdbc:sqlite:<data-dir>/basewatch.db}) or PostgreSQL. All writes
 * are idempotent, so replaying the topics from the start leaves the database as it was.
 *
 * <p>One connection, shared by synchronized methods: the sink writes from one thread and the
 * readers are light.
 */
public final class StatusTableStore implements AutoCloseable {
    private static final String PLACE_COLUMNS = "place, name, status, since, as_of, expected_status, expected_by,"
            + " expected_overdue, sources, stories, conflict, approximate, inherited_from, evidence_json, version,"
            + " disputed, why_json";
    private static final String CLAIM_COLUMNS = "place, article_id, story_id, source, sources, status, modality,"
            + " event_date, date_precision, published_at, not_before, evidence, speaker, start_offset, end_offset,"
            + " confidence, revision_at, revision_hash";
    private static final String CHANGE_COLUMNS = "place, from_status, to_status, effective_date, detected_at,"
            + " evidence_json, sources, confidence, kind";

    // The WHERE clause is the replay guard: an older or equal version is a no-op, never a regression.
    private static final String UPSERT_PLACE = "INSERT INTO places (" + PLACE_COLUMNS + ", updated_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (place) DO UPDATE SET name = excluded.name, status = excluded.status,"
            + " since = excluded.since, as_of = excluded.as_of, expected_status = excluded.expected_status,"
            + " expected_by = excluded.expected_by, expected_overdue = excluded.expected_overdue,"
            + " sources = excluded.sources, stories = excluded.stories, conflict = excluded.conflict,"
            + " approximate = excluded.approximate, inherited_from = excluded.inherited_from,"
            + " evidence_json = excluded.evidence_json, version = excluded.version, disputed = excluded.disputed,"
            + " why_json = excluded.why_json, updated_at = excluded.updated_at"
            + " WHERE excluded.version > places.version";
    // Without a conflict target, DO NOTHING covers the COALESCE unique indexes in both databases.
    private static final String INSERT_CLAIM = "INSERT INTO place_history (" + CLAIM_COLUMNS + ", recorded_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
    /** A claim read from a revision of its article that a correction replaced (see {@link Revision#supersedes}). */
    private static final String REPLACED = "EXISTS (SELECT 1 FROM article_revisions r WHERE r.article_id = h.article_id"
            + " AND (h.revision_hash IS NULL OR h.revision_hash <> r.revision_hash)"
            + " AND (h.revision_at IS NULL OR h.revision_at < r.revision_at"
            + " OR (h.revision_at = r.revision_at AND h.revision_hash < r.revision_hash)))";
    // The WHERE clause keeps the latest revision when corrections arrive out of order.
    private static final String UPSERT_REVISION = "INSERT INTO article_revisions (article_id, revision_at, revision_hash)"
            + " VALUES (?, ?, ?) ON CONFLICT (article_id) DO UPDATE SET revision_at = excluded.revision_at,"
            + " revision_hash = excluded.revision_hash WHERE excluded.revision_at > article_revisions.revision_at"
            + " OR (excluded.revision_at = article_revisions.revision_at"
            + " AND excluded.revision_hash > article_revisions.revision_hash)";
    private static final String DELETE_REPLACED = "DELETE FROM place_history AS h WHERE h.article_id = ? AND " + REPLACED;
    private static final String INSERT_CHANGE = "INSERT INTO status_changes (" + CHANGE_COLUMNS + ")"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
    private static final String UPSERT_POSITION = "INSERT INTO writer_positions (topic, topic_partition, next_offset, updated_at)"
            + " VALUES (?, ?, ?, ?) ON CONFLICT (topic, topic_partition) DO UPDATE SET next_offset = excluded.next_offset,"
            + " updated_at = excluded.updated_at";
    // the first writer to open the database names it; a concurrent second one keeps that name
    private static final String CLAIM_IDENTITY = "INSERT INTO database_identity (singleton, id) VALUES (1, ?)"
            + " ON CONFLICT (singleton) DO NOTHING";

    private static final int IDENTITY_LENGTH = 8;

    private final Connection connection;

    private StatusTableStore(Connection connection) {
        this.connection = connection;
    }

    /**
     * Opens the database, creating or migrating its schema first. {@code user} and
     * {@code password} may be null (SQLite, or credentials given in the URL).
     */
    public static StatusTableStore open(String jdbcUrl, String user, String password) {
        Database.createSqliteFolder(jdbcUrl);
        try {
            Database.migrate(jdbcUrl, user, password);
            return new StatusTableStore(Database.connect(jdbcUrl, user, password));
        } catch (SQLException | FlywayException e) {
            throw new StoreException("cannot open " + Database.withoutParameters(jdbcUrl), e);
        }
    }

    /** Writes the row unless the stored row for that place has the same or a newer version. */
    public void upsert(PlaceStatus row) {
        upsertAll(List.of(row));
    }

    /** {@link #upsert} for many rows in one transaction: all are written (or skipped as stale) or none. */
    public synchronized void upsertAll(Collection<PlaceStatus> rows) {
        String now = Instant.now().toString();
        transaction("upsert places", () -> executeBatch(UPSERT_PLACE, rows, (st, row) -> bindPlace(st, row, now)));
    }

    /** Adds a claim to its place's history; the same claim again is ignored. */
    public void recordClaim(Claim claim) {
        recordClaims(List.of(claim));
    }

    /** {@link #recordClaim} for many claims in one transaction. */
    public synchronized void recordClaims(Collection<Claim> claims) {
        String now = Instant.now().toString();
        transaction("record claims", () -> executeBatch(INSERT_CLAIM, claims, (st, claim) -> bindClaim(st, claim, now)));
    }

    /**
     * Records the corrections of articles ({@link Claim#isRetraction retractions}): the claims read from a revision
     * of the article that a later one replaced leave its history, now and when they come again later.
     */
    public synchronized void recordRetractions(Collection<Claim> retractions) {
        transaction("record revisions", () -> writeRetractions(retractions));
    }

    private void writeRetractions(Collection<Claim> retractions) throws SQLException {
        executeBatch(UPSERT_REVISION, retractions, (st, r) -> {
            st.setString(1, r.articleId());
            st.setLong(2, r.revision().at());
            st.setString(3, r.revision().hash());
        });
        executeBatch(DELETE_REPLACED, retractions, (st, r) -> st.setString(1, r.articleId()));
    }

    /** Adds a status change; the same transition of a place on the same date again is ignored. */
    public void recordChange(StatusChange change) {
        recordChanges(List.of(change));
    }

    /** {@link #recordChange} for many changes in one transaction. */
    public synchronized void recordChanges(Collection<StatusChange> changes) {
        transaction("record changes", () -> executeBatch(INSERT_CHANGE, changes, StatusTableStore::bindChange));
    }

    /**
     * Everything one poll of the table writer read, and the positions it read up to, in one transaction: after a
     * crash the database holds a batch with its positions or neither, so the writer goes on exactly where its rows
     * end.
     */
    public synchronized void write(TableBatch batch) {
        String now = Instant.now().toString();
        transaction("write a batch", () -> {
            executeBatch(INSERT_CLAIM, batch.claims(), (st, claim) -> bindClaim(st, claim, now));
            writeRetractions(batch.retractions());
            executeBatch(UPSERT_PLACE, batch.rows(), (st, row) -> bindPlace(st, row, now));
            executeBatch(INSERT_CHANGE, batch.changes(), StatusTableStore::bindChange);
            executeBatch(UPSERT_POSITION, batch.positions(), (st, p) -> {
                st.setString(1, p.topic());
                st.setInt(2, p.partition());
                st.setLong(3, p.nextOffset());
                st.setString(4, now);
            });
        });
    }

    /** The table writer's stored positions: where it goes on in each partition it has read (none in a new database). */
    public synchronized List<Position> positions() {
        return query("SELECT topic, topic_partition, next_offset FROM writer_positions ORDER BY topic, topic_partition", null,
                rs -> new Position(rs.getString(1), rs.getInt(2), rs.getLong(3)));
    }

    /**
     * This database's name, made up by the first writer that opened it and the same for every later one whatever URL
     * reaches it: the table writer's consumer group is named after it.
     */
    public synchronized String identity() {
        transaction("name the database", () -> executeBatch(CLAIM_IDENTITY, List.of(UUID.randomUUID().toString()),
                (st, id) -> st.setString(1, id.substring(0, IDENTITY_LENGTH))));
        return query("SELECT id FROM database_identity", null, rs -> rs.getString(1)).get(0);
    }

    /** Every stored status row, ordered by place id. */
    public synchronized List<PlaceStatus> places() {
        List<PlaceStatus> rows = query("SELECT " + PLACE_COLUMNS + " FROM places", null, Rows::placeStatus);
        // Sorted here because PostgreSQL orders text by the server's locale and SQLite by bytes.
        rows.sort(Comparator.comparing(PlaceStatus::place));
        return rows;
    }

    public synchronized Optional<PlaceStatus> place(String id) {
        return query("SELECT " + PLACE_COLUMNS + " FROM places WHERE place = ?", id, Rows::placeStatus)
                .stream().findFirst();
    }

    /** Every claim made about a place, oldest event first (undated claims last). */
    public synchronized List<Claim> history(String place) {
        return query("SELECT " + CLAIM_COLUMNS + " FROM place_history h WHERE place = ? AND NOT " + REPLACED
                + " ORDER BY event_date NULLS LAST, published_at NULLS LAST, article_id, start_offset, status",
                place, Rows::claim);
    }

    /** Every status change, oldest effective date first (undated last), then by place. */
    public synchronized List<StatusChange> changes() {
        return query("SELECT " + CHANGE_COLUMNS + " FROM status_changes"
                + " ORDER BY effective_date NULLS LAST, place, detected_at, to_status, from_status", null, Rows::statusChange);
    }

    /** The status changes of one place, in the order of {@link #changes()}. */
    public synchronized List<StatusChange> changes(String place) {
        return query("SELECT " + CHANGE_COLUMNS + " FROM status_changes WHERE place = ?"
                + " ORDER BY effective_date NULLS LAST, place, detected_at, to_status, from_status", place, Rows::statusChange);
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the database", e);
        }
    }

    private static void bindPlace(PreparedStatement st, PlaceStatus row, String now) throws SQLException {
        Expected expected = row.expected();
        st.setString(1, row.place());
        st.setString(2, row.name());
        st.setString(3, Rows.name(row.status()));
        st.setString(4, row.since());
        st.setString(5, row.asOf());
        st.setString(6, expected == null ? null : Rows.name(expected.status()));
        st.setString(7, expected == null ? null : expected.by());
        // NULL rather than false, so that a row without an expectation reads back as null.
        st.setObject(8, expected == null ? null : expected.overdue(), java.sql.Types.BOOLEAN);
        st.setInt(9, row.sources());
        st.setInt(10, row.stories());
        st.setBoolean(11, row.conflict());
        st.setBoolean(12, row.approximate());
        st.setString(13, row.inheritedFrom());
        st.setString(14, row.evidence() == null ? null : Json.write(row.evidence()));
        st.setLong(15, row.version());
        st.setBoolean(16, row.disputed());
        st.setString(17, row.why() == null ? null : Json.write(row.why()));
        st.setString(18, now);
    }

    private static void bindClaim(PreparedStatement st, Claim c, String now) throws SQLException {
        st.setString(1, c.place());
        st.setString(2, c.articleId());
        st.setString(3, c.storyId());
        st.setString(4, c.source());
        st.setInt(5, c.sources());
        st.setString(6, Rows.name(c.status()));
        st.setString(7, Rows.name(c.modality()));
        st.setString(8, c.eventDate());
        st.setString(9, Rows.name(c.datePrecision()));
        st.setString(10, c.publishedAt());
        st.setString(11, c.notBefore());
        st.setString(12, c.evidence());
        st.setString(13, c.speaker());
        st.setInt(14, c.start());
        st.setInt(15, c.end());
        st.setDouble(16, c.confidence());
        if (c.revision() == null) {
            st.setNull(17, java.sql.Types.BIGINT);
        } else {
            st.setLong(17, c.revision().at());
        }
        st.setString(18, c.revision() == null ? null : c.revision().hash());
        st.setString(19, now);
    }

    private static void bindChange(PreparedStatement st, StatusChange c) throws SQLException {
        st.setString(1, c.place());
        st.setString(2, Rows.name(c.from()));
        st.setString(3, Rows.name(c.to()));
        st.setString(4, c.effectiveDate());
        st.setString(5, c.detectedAt());
        st.setString(6, c.evidence() == null ? null : Json.write(c.evidence()));
        st.setInt(7, c.sources());
        st.setDouble(8, c.confidence());
        st.setString(9, c.kind());
    }

    private <T> List<T> query(String sql, String param, Rows.Reader<T> reader) {
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            if (param != null) {
                st.setString(1, param);
            }
            try (ResultSet rs = st.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(reader.read(rs));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new StoreException("query failed: " + sql, e);
        }
    }

    private void transaction(String what, Work work) {
        try {
            connection.setAutoCommit(false);
            try {
                work.run();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException(what + " failed", e);
        }
    }

    private <T> void executeBatch(String sql, Collection<T> items, Binder<T> binder) throws SQLException {
        if (items.isEmpty()) {
            return;
        }
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            for (T item : items) {
                binder.bind(st, item);
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    @FunctionalInterface
    private interface Work {
        void run() throws SQLException;
    }

    @FunctionalInterface
    private interface Binder<T> {
        void bind(PreparedStatement st, T item) throws SQLException;
    }
}
