package org.basewatch.sink.db;

import org.basewatch.contracts.Claim;
import org.basewatch.contracts.DatePrecision;
import org.basewatch.contracts.Evidence;
import org.basewatch.contracts.Expected;
import org.basewatch.contracts.Json;
import org.basewatch.contracts.Modality;
import org.basewatch.contracts.Revision;
import org.basewatch.contracts.PlaceStatus;
import org.basewatch.contracts.StatusChange;
import org.basewatch.contracts.Status;
import org.basewatch.contracts.Why;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

/** Turns result-set rows of the store's tables back into contract records. */
final class Rows {

    @FunctionalInterface
    interface Reader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private Rows() {
    }

    static PlaceStatus placeStatus(ResultSet rs) throws SQLException {
        String expectedStatus = rs.getString("expected_status");
        String expectedBy = rs.getString("expected_by");
        boolean overdue = rs.getBoolean("expected_overdue");
        boolean hasExpected = !rs.wasNull() || expectedStatus != null || expectedBy != null;
        String evidenceJson = rs.getString("evidence_json");
        String whyJson = rs.getString("why_json");
        return new PlaceStatus(
                rs.getString("place"),
                rs.getString("name"),
                status(rs.getString("status")),
                rs.getString("since"),
                rs.getString("as_of"),
                hasExpected ? new Expected(status(expectedStatus), expectedBy, overdue) : null,
                rs.getInt("sources"),
                rs.getInt("stories"),
                rs.getBoolean("conflict"),
                rs.getBoolean("approximate"),
                rs.getString("inherited_from"),
                evidenceJson == null ? null : Arrays.asList(Json.read(evidenceJson, Evidence[].class)),
                rs.getLong("version"),
                rs.getBoolean("disputed"),
                whyJson == null ? null : Json.read(whyJson, Why.class));
    }

    static Claim claim(ResultSet rs) throws SQLException {
        String modality = rs.getString("modality");
        String precision = rs.getString("date_precision");
        return new Claim(
                rs.getString("article_id"),
                rs.getString("place"),
                status(rs.getString("status")),
                modality == null ? null : Modality.valueOf(modality),
                rs.getString("event_date"),
                precision == null ? null : DatePrecision.valueOf(precision),
                rs.getString("evidence"),
                rs.getInt("start_offset"),
                rs.getInt("end_offset"),
                rs.getDouble("confidence"),
                rs.getString("speaker"),
                rs.getString("story_id"),
                rs.getString("source"),
                rs.getInt("sources"),
                rs.getString("published_at"),
                rs.getString("not_before"),
                revision(rs));
    }

    private static Revision revision(ResultSet rs) throws SQLException {
        long at = rs.getLong("revision_at");
        return rs.wasNull() ? null : new Revision(at, rs.getString("revision_hash"));
    }

    static StatusChange statusChange(ResultSet rs) throws SQLException {
        String evidenceJson = rs.getString("evidence_json");
        return new StatusChange(
                rs.getString("place"),
                status(rs.getString("from_status")),
                status(rs.getString("to_status")),
                rs.getString("effective_date"),
                rs.getString("detected_at"),
                evidenceJson == null ? null : Json.read(evidenceJson, Evidence.class),
                rs.getInt("sources"),
                rs.getDouble("confidence"),
                rs.getString("kind"));
    }

    static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static Status status(String name) {
        return name == null ? null : Status.valueOf(name);
    }
}
