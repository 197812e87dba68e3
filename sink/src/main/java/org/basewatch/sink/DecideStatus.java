package org.basewatch.sink;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.basewatch.contracts.Claim;
import org.basewatch.contracts.Evidence;
import org.basewatch.contracts.PlaceStatus;
import org.basewatch.contracts.StatusChange;
import org.basewatch.sink.status.DatedClaim;
import org.basewatch.sink.status.PlaceClaims;
import org.basewatch.sink.status.PlaceClaims.StoredClaim;
import org.basewatch.sink.status.StatusDecider;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Folds each claim into its place's claim set (store {@code place-claims}) and re-decides the
 * place's status from the whole set, so the result depends on event time, not arrival order.
 * Emits the row for every claim received, and each transition of the place's event-time timeline
 * the first time it appears: once per real transition, not once per claim. A late article that
 * reveals an earlier transition emits it with its (past) effective date.
 */
public final class DecideStatus implements Processor<String, ScopedClaim, String, DecideStatus.Outcome> {
    public static final String STORE = "place-claims";
    static final int MAX_CLAIMS_PER_PLACE = 400;

    /** A decided row and the transitions of the place's timeline not published before. */
    public record Outcome(PlaceStatus row, List<StatusChange> changes) {
    }

    private ProcessorContext<String, Outcome> context;
    private KeyValueStore<String, PlaceClaims> store;

    @Override
    public void init(ProcessorContext<String, Outcome> context) {
        this.context = context;
        this.store = context.getStateStore(STORE);
    }

    @Override
    public void process(Record<String, ScopedClaim> record) {
        Claim claim = record.value().claim();
        String inheritedFrom = record.value().inheritedFrom();
        String place = record.key();
        PlaceClaims known = store.get(place);
        List<StoredClaim> claims = new ArrayList<>(known == null ? List.of() : known.claims());
        StoredClaim same = claims.stream()
                .filter(s -> sameClaim(s.claim(), claim) && Objects.equals(s.inheritedFrom(), inheritedFrom))
                .findFirst().orElse(null);
        if (same != null && claim.sources() <= same.claim().sources()) {
            // a redelivered claim changes nothing, but the row still answers for it (one row per claim in)
            PlaceStatus row = StatusDecider.decide(place, claims.stream().map(DecideStatus::dated).toList(), known.version());
            context.forward(record.withValue(new Outcome(row, List.of())));
            return;
        }
        if (same != null) {
            // the story was carried by more outlets since: the claim now counts their corroboration
            claims.remove(same);
        }
        String arrival = same != null ? same.arrival()
                : LocalDate.ofInstant(Instant.ofEpochMilli(record.timestamp()), ZoneOffset.UTC).toString();
        claims.add(new StoredClaim(claim, arrival, inheritedFrom));
        long version = (known == null ? 0 : known.version()) + 1;
        List<DatedClaim> dated = new ArrayList<>(claims.stream().map(DecideStatus::dated).toList());
        if (dated.size() > MAX_CLAIMS_PER_PLACE) {
            dated.sort(DatedClaim.BY_EVENT_TIME);
            DatedClaim oldest = dated.remove(0);
            claims.removeIf(s -> s.claim() == oldest.claim());
        }
        PlaceStatus row = StatusDecider.decide(place, dated, version);
        List<String> published = new ArrayList<>(known == null ? List.of() : known.published());
        List<StatusChange> changes = new ArrayList<>();
        String detectedAt = Instant.ofEpochMilli(context.currentSystemTimeMs()).toString();
        for (StatusDecider.Transition t : StatusDecider.transitions(dated)) {
            if (!published.contains(t.key())) {
                published.add(t.key());
                changes.add(new StatusChange(place, t.from(), t.to(), t.effectiveDate(), detectedAt, Evidence.of(t.evidence())));
            }
        }
        store.put(place, new PlaceClaims(List.copyOf(claims), version, List.copyOf(published)));
        context.forward(record.withValue(new Outcome(row, changes)));
    }

    private static DatedClaim dated(StoredClaim s) {
        return DatedClaim.of(s.claim(), LocalDate.parse(s.arrival()), s.inheritedFrom());
    }

    private static boolean sameClaim(Claim a, Claim b) {
        return Objects.equals(a.articleId(), b.articleId()) && a.status() == b.status()
                && a.modality() == b.modality() && a.start() == b.start()
                && Objects.equals(a.eventDate(), b.eventDate());
    }

}
