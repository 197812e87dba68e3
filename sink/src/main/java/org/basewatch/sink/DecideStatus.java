package org.basewatch.sink;

import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds each claim into its place's claim set and re-decides the place's status from the whole set,
 * so the result depends on event time, not arrival order. Claims are stored one entry each
 * ({@code place-claims}, key {@code place|claim}) beside a small per-place summary
 * ({@code place-summary}); the task keeps each place's dated claims in memory after first use, so a
 * claim costs one small write, not a re-read and re-write of the place's whole history.
 * Emits the row for every claim received, and each transition of the place's event-time timeline
 * the first time it appears: once per real transition, not once per claim. A late article that
 * reveals an earlier transition emits it with its (past) effective date.
 */
public final class DecideStatus implements Processor<String, ScopedClaim, String, DecideStatus.Outcome> {
    public static final String STORE = "place-claims";
    public static final String SUMMARY = "place-summary";
    static final int MAX_CLAIMS_PER_PLACE = 400;

    /** A decided row and the transitions of the place's timeline not published before. */
    public record Outcome(PlaceStatus row, List<StatusChange> changes) {
    }

    private ProcessorContext<String, Outcome> context;
    private KeyValueStore<String, StoredClaim> claimStore;
    private KeyValueStore<String, PlaceClaims> summaries;
    /** place → claim key → dated claim, loaded from the store on first use (a task starts empty). */
    private final Map<String, Map<String, DatedClaim>> cache = new HashMap<>();

    @Override
    public void init(ProcessorContext<String, Outcome> context) {
        this.context = context;
        this.claimStore = context.getStateStore(STORE);
        this.summaries = context.getStateStore(SUMMARY);
        this.cache.clear();
    }

    @Override
    public void process(Record<String, ScopedClaim> record) {
        Claim claim = record.value().claim();
        String inheritedFrom = record.value().inheritedFrom();
        String place = record.key();
        Map<String, DatedClaim> claims = claimsOf(place);
        PlaceClaims summary = summaries.get(place);
        String key = place + "|" + claimKey(claim, inheritedFrom);
        DatedClaim same = claims.get(key);
        if (same != null && claim.sources() <= same.claim().sources()) {
            // a redelivered claim changes nothing, but the row still answers for it (one row per claim in)
            PlaceStatus row = StatusDecider.decide(place, List.copyOf(claims.values()), summary == null ? 0 : summary.version());
            context.forward(record.withValue(new Outcome(row, List.of())));
            return;
        }
        // a claim seen before with fewer outlets keeps its arrival: the story was carried by more outlets since
        String arrival = same != null ? arrivalOf(key, record) : arrivalDay(record);
        // a corroboration comes without the evidence text the first copy of the claim brought
        Claim kept = same != null && claim.evidence() == null
                ? same.claim().withStory(same.claim().storyId(), claim.sources(), same.claim().notBefore()) : claim;
        StoredClaim stored = new StoredClaim(kept, arrival, inheritedFrom);
        claimStore.put(key, stored);
        claims.put(key, dated(stored));
        if (claims.size() > MAX_CLAIMS_PER_PLACE) {
            String oldest = claims.entrySet().stream().min(Map.Entry.comparingByValue(DatedClaim.BY_EVENT_TIME)).orElseThrow().getKey();
            claims.remove(oldest);
            claimStore.delete(oldest);
        }
        long version = (summary == null ? 0 : summary.version()) + 1;
        List<DatedClaim> dated = List.copyOf(claims.values());
        PlaceStatus row = StatusDecider.decide(place, dated, version);
        List<String> published = new ArrayList<>(summary == null ? List.of() : summary.published());
        List<StatusChange> changes = new ArrayList<>();
        String detectedAt = Instant.ofEpochMilli(context.currentSystemTimeMs()).toString();
        for (StatusDecider.Transition t : StatusDecider.transitions(dated)) {
            if (!published.contains(t.key())) {
                published.add(t.key());
                changes.add(new StatusChange(place, t.from(), t.to(), t.effectiveDate(), detectedAt, Evidence.of(t.evidence())));
            }
        }
        summaries.put(place, new PlaceClaims(version, List.copyOf(published)));
        context.forward(record.withValue(new Outcome(row, changes)));
    }

    private String arrivalOf(String key, Record<String, ScopedClaim> record) {
        StoredClaim before = claimStore.get(key);
        return before != null ? before.arrival() : arrivalDay(record);
    }

    private static String arrivalDay(Record<String, ScopedClaim> record) {
        return LocalDate.ofInstant(Instant.ofEpochMilli(record.timestamp()), ZoneOffset.UTC).toString();
    }

    private Map<String, DatedClaim> claimsOf(String place) {
        return cache.computeIfAbsent(place, p -> {
            Map<String, DatedClaim> loaded = new LinkedHashMap<>();
            try (KeyValueIterator<String, StoredClaim> it = claimStore.prefixScan(p + "|", new StringSerializer())) {
                it.forEachRemaining(kv -> loaded.put(kv.key, dated(kv.value)));
            }
            return loaded;
        });
    }

    private static DatedClaim dated(StoredClaim s) {
        return DatedClaim.of(s.claim(), LocalDate.parse(s.arrival()), s.inheritedFrom());
    }

    /** Identifies a claim whatever its corroboration: the same statement of the same article, reached the same way. */
    private static String claimKey(Claim c, String inheritedFrom) {
        return c.articleId() + "|" + c.status() + "|" + c.modality() + "|" + c.start() + "|" + c.eventDate()
                + "|" + (inheritedFrom == null ? "" : inheritedFrom);
    }
}
