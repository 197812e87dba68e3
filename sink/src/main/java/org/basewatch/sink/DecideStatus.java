package org.basewatch.sink;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.basewatch.contracts.Claim;
import org.basewatch.contracts.PlaceStatus;
import org.basewatch.contracts.StatusChange;
import org.basewatch.contracts.TableProgress;
import org.basewatch.sink.status.PlaceClaims;
import org.basewatch.sink.status.PlaceClaims.StoredClaim;
import org.basewatch.sink.status.StatusTable;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Keeps one country's {@link StatusTable} in three stores and hands it each claim: {@code country-claims} (every claim
 * once), {@code place-summaries} (per place: version, claims received and decided, what dropped claims decide) and
 * {@code published-transitions}. Status changes go out as each claim reveals them; the places that received claims are
 * decided once per {@code interval} (wall clock), and a row goes out only when a reader would see it change. With the
 * rows, in the same transaction, goes one {@link TableProgress} per country decided: how many claims were ever routed
 * to each of its places, so a reader that counts routed claims ({@code Scope.places}) knows when the table has caught up
 * ({@code local --until-idle}, README, The status row).
 */
public final class DecideStatus implements Processor<String, Claim, String, DecideStatus.Outcome> {
    public static final String STORE = "country-claims";
    public static final String SUMMARY = "place-summaries";
    public static final String TRANSITIONS = "published-transitions";
    public static final Duration DEFAULT_INTERVAL = Duration.ofMillis(100);
    static final int MAX_CLAIMS_PER_PLACE = StatusTable.MAX_CLAIMS_PER_PLACE;

    /** A decided row, status changes of its place's timeline not published before, or how far a country's table accounts. */
    public record Outcome(PlaceStatus row, List<StatusChange> changes, TableProgress progress) {
        static Outcome row(PlaceStatus row) {
            return new Outcome(row, List.of(), null);
        }

        static Outcome change(StatusChange change) {
            return new Outcome(null, List.of(change), null);
        }

        static Outcome progress(TableProgress progress) {
            return new Outcome(null, List.of(), progress);
        }
    }

    private final Duration interval;
    private ProcessorContext<String, Outcome> context;
    private StatusTable table;

    public DecideStatus(Duration interval) {
        this.interval = interval;
    }

    @Override
    public void init(ProcessorContext<String, Outcome> context) {
        this.context = context;
        KeyValueStore<String, StoredClaim> claims = context.getStateStore(STORE);
        KeyValueStore<String, PlaceClaims> summaries = context.getStateStore(SUMMARY);
        KeyValueStore<String, String> transitions = context.getStateStore(TRANSITIONS);
        // put(null) deletes without reading the old value back, as delete() would
        table = new StatusTable(new StatusTable.Ledger() {
            @Override
            public void claim(String key, StoredClaim value) {
                claims.put(key, value);
            }

            @Override
            public void place(String place, PlaceClaims summary) {
                summaries.put(place, summary);
            }

            @Override
            public void transition(String key, String effectiveDate) {
                transitions.put(key, effectiveDate);
            }
        });
        try (KeyValueIterator<String, StoredClaim> it = claims.all()) {
            it.forEachRemaining(kv -> table.restoreClaim(kv.key, kv.value));
        }
        try (KeyValueIterator<String, PlaceClaims> it = summaries.all()) {
            it.forEachRemaining(kv -> table.restorePlace(kv.key, kv.value));
        }
        try (KeyValueIterator<String, String> it = transitions.all()) {
            it.forEachRemaining(kv -> table.restoreTransition(kv.key));
        }
        table.restored();
        context.schedule(interval, PunctuationType.WALL_CLOCK_TIME, now -> decidePending());
    }

    @Override
    public void process(Record<String, Claim> record) {
        String arrival = LocalDate.ofInstant(Instant.ofEpochMilli(record.timestamp()), ZoneOffset.UTC).toString();
        String detectedAt = Instant.ofEpochMilli(context.currentSystemTimeMs()).toString();
        for (StatusChange change : table.add(record.value(), arrival, record.timestamp(), detectedAt)) {
            context.forward(record.withKey(change.place()).withValue(Outcome.change(change)));
        }
    }

    private void decidePending() {
        long now = context.currentSystemTimeMs();
        StatusTable.Decided decided = table.decidePending();
        for (StatusTable.Row row : decided.rows()) {
            long timestamp = row.timestamp() > 0 ? row.timestamp() : now;
            context.forward(new Record<>(row.status().place(), Outcome.row(row.status()), timestamp, new RecordHeaders()));
        }
        // after the rows, in the same transaction: a reader that sees the progress can read the rows it accounts for
        for (TableProgress progress : decided.progress()) {
            context.forward(new Record<>(progress.country(), Outcome.progress(progress), now, new RecordHeaders()));
        }
    }
}
