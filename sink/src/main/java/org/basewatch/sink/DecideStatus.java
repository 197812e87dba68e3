package org.basewatch.sink;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.basewatch.contracts.Claim;
import org.basewatch.contracts.Evidence;
import org.basewatch.contracts.Modality;
import org.basewatch.contracts.PlaceStatus;
import org.basewatch.contracts.Revision;
import org.basewatch.contracts.StatusChange;

import org.basewatch.sink.status.DatedClaim;
import org.basewatch.sink.status.Evicted;
import org.basewatch.sink.status.PlaceClaims;
import org.basewatch.sink.status.PlaceClaims.StoredClaim;
import org.basewatch.sink.status.PlaceTimeline;
import org.basewatch.sink.status.StatusDecider;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Folds each claim into its place's claim set and decides the place's status from the whole set,
 * so the result depends on event time, not arrival order.
 * <ul>
 * <li>Claims are stored one entry each ({@code place-claims}, key {@code place|claim}) beside a small
 * per-place summary ({@code place-summary}); the task keeps each place's claims in memory, sorted in
 * event time, after first use, so a claim costs one small write.</li>
 * <li>Status changes are found per claim: each transition of the place's event-time timeline is
 * emitted the first time it appears ({@code place-transitions} remembers which), once per real
 * transition, not once per claim. A late article that reveals an earlier transition emits it with its
 * (past) effective date. Given the claims' order, the changes are the same however the run is cut.</li>
 * <li>Rows are decided once per place per {@code interval} (wall clock), not once per claim: a claim
 * about the country reaches sixteen places, and an article makes a dozen claims. The row's
 * {@code version} counts the changes of the place's claim set (a repeated claim changes nothing), and
 * its {@value #RECEIVED} header (its only header) how many claims were ever routed to the place, repeats
 * included, so a reader that counts routed claims knows when the table has caught up: this is how
 * {@code local --until-idle} knows it is done (README, The status row). The summary records how many
 * received claims the last row accounted for, so a place whose row was still pending when the task
 * stopped is decided when it starts again.</li>
 * </ul>
 */
public final class DecideStatus implements Processor<String, ScopedClaim, String, DecideStatus.Outcome> {
    public static final String STORE = "place-claims";
    public static final String SUMMARY = "place-summary";
    public static final String TRANSITIONS = "place-transitions";
    public static final Duration DEFAULT_INTERVAL = Duration.ofMillis(100);
    /** Header of every row: the claims ever routed to its place, as a decimal number. */
    public static final String RECEIVED = "basewatch-claims-received";
    static final int MAX_CLAIMS_PER_PLACE = 400;
    private static final String DROPPED_PLAN = "#dropped-plan|";
    /** Beside a place's claims: the revision a retraction withdrew an article's claims to, by article. */
    private static final String RETRACTED = "#retracted|";

    /** A decided row, or the transitions of the place's timeline not published before. */
    public record Outcome(PlaceStatus row, List<StatusChange> changes) {
    }

    private final Duration interval;
    private ProcessorContext<String, Outcome> context;
    private KeyValueStore<String, StoredClaim> claimStore;
    private KeyValueStore<String, PlaceClaims> summaries;
    private KeyValueStore<String, String> transitionStore;
    /** place → its claims in event-time order, loaded from the store on first use (a task starts empty). */
    private final Map<String, PlaceTimeline> timelines = new HashMap<>();
    /** place → its timeline as last computed (all of it published). */
    private final Map<String, List<StatusDecider.Transition>> lastTimeline = new HashMap<>();
    /** place → published transition keys, loaded on first use. */
    private final Map<String, Set<String>> published = new HashMap<>();
    /** place → what its dropped claims still decide, loaded from its summary and dropped plans on first use. */
    private final Map<String, Evicted> dropped = new HashMap<>();
    /** place → article id → the revision its last retraction here withdrew older claims to, loaded on first use. */
    private final Map<String, Map<String, Revision>> retracted = new HashMap<>();
    /** place → its summary as last written (the store is written with every claim, read only on first use). */
    private final Map<String, PlaceClaims> summaryCache = new HashMap<>();
    /** Places whose row is not decided yet, in place order, with what their row will carry. */
    private final Map<String, Pending> pending = new TreeMap<>();

    private static final class Pending {
        long timestamp;
    }

    public DecideStatus(Duration interval) {
        this.interval = interval;
    }

    @Override
    public void init(ProcessorContext<String, Outcome> context) {
        this.context = context;
        this.claimStore = context.getStateStore(STORE);
        this.summaries = context.getStateStore(SUMMARY);
        this.transitionStore = context.getStateStore(TRANSITIONS);
        this.timelines.clear();
        this.published.clear();
        this.lastTimeline.clear();
        this.dropped.clear();
        this.retracted.clear();
        this.summaryCache.clear();
        this.pending.clear();
        try (KeyValueIterator<String, PlaceClaims> it = summaries.all()) {
            it.forEachRemaining(kv -> {
                if (kv.value.received() > kv.value.decided()) {
                    pending.put(kv.key, new Pending());
                }
            });
        }
        context.schedule(interval, PunctuationType.WALL_CLOCK_TIME, now -> decidePending());
    }

    @Override
    public void process(Record<String, ScopedClaim> record) {
        String place = record.key();
        Claim incoming = record.value().claim();
        boolean changed = incoming.isRetraction() ? retract(place, incoming, record) : fold(place, record);
        PlaceClaims summary = summaryOf(place);
        putSummary(place, new PlaceClaims(summary.version() + (changed ? 1 : 0), summary.received() + 1, summary.decided(),
                droppedOf(place).withoutPlans()));
        Pending p = pending.computeIfAbsent(place, k -> new Pending());
        p.timestamp = Math.max(p.timestamp, record.timestamp());
        // only asserted claims make the timeline: anything else cannot reveal a transition
        boolean asserted = incoming.modality() == Modality.ASSERTED || incoming.isRetraction();
        List<StatusChange> changes = changed && asserted ? newTransitions(place) : List.of();
        if (!changes.isEmpty()) {
            context.forward(record.withValue(new Outcome(null, changes)));
        }
    }

    /** Adds the claim to the place's set, unless it is one already there with no more outlets behind it; whether it did. */
    private boolean fold(String place, Record<String, ScopedClaim> record) {
        Claim claim = record.value().claim();
        String inheritedFrom = record.value().inheritedFrom();
        PlaceTimeline claims = timelineOf(place);
        String key = place + "|" + claimKey(claim, inheritedFrom) + (claim.place() == null || claim.place().equals(place)
                || inheritedFrom != null ? "" : "|in:" + claim.place());
        Revision current = currentRevision(place, claim.articleId());
        Revision revision = claim.revision();
        if (current != null && (revision == null ? claims.get(key) == null : current.supersedes(revision))) {
            return false; // read from a version of its article that a later one replaced
        }
        boolean pruned = revision != null && revision.supersedes(current)
                && withdraw(place, claim.articleId(), revision) > 0;
        DatedClaim same = claims.get(key);
        if (same != null && claim.sources() <= same.claim().sources()) {
            return pruned;
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
            // the oldest claim goes, and what it decided stays in the place's summary (its plans beside its claims)
            Evicted before = droppedOf(place);
            // news from a place inside decides nothing here once dropped: that place keeps its own summary
            DatedClaim oldest = claims.sorted().get(0);
            Evicted after = StatusDecider.isFromInside(place, oldest) ? before
                    : before.drop(StatusDecider.ownClaims(place, claims.sorted()));
            for (PlaceClaims.StoredClaim plan : after.plans()) {
                if (!before.plans().contains(plan)) {
                    claimStore.put(droppedPlanKey(place, plan), plan);
                }
            }
            dropped.put(place, after);
            // put(null) deletes without reading back the old value, as delete() would
            claimStore.put(claims.removeOldest(), null);
        }
        return true;
    }

    /**
     * A retraction: the claims of its article here read from an earlier revision are withdrawn, and the revision is
     * remembered so that such a claim arriving late is not taken; whether the place's claim set changed.
     */
    private boolean retract(String place, Claim retraction, Record<String, ScopedClaim> record) {
        Revision current = currentRevision(place, retraction.articleId());
        if (current != null && !retraction.revision().supersedes(current)) {
            return false;
        }
        int withdrawn = withdraw(place, retraction.articleId(), retraction.revision());
        retractedOf(place).put(retraction.articleId(), retraction.revision());
        claimStore.put(place + RETRACTED + retraction.articleId(), new StoredClaim(retraction, arrivalDay(record), null));
        return withdrawn > 0;
    }

    /** Removes the claims of {@code articleId} here that {@code revision} supersedes; how many. */
    private int withdraw(String place, String articleId, Revision revision) {
        PlaceTimeline claims = timelineOf(place);
        int n = 0;
        for (String key : claims.keysOf(articleId)) {
            if (revision.supersedes(claims.get(key).claim().revision())) {
                claims.remove(key);
                claimStore.put(key, null);
                n++;
            }
        }
        return n;
    }

    /** The latest revision of {@code articleId} known here: of its claims, or of a retraction; null when neither says. */
    private Revision currentRevision(String place, String articleId) {
        Revision latest = retractedOf(place).get(articleId);
        PlaceTimeline claims = timelineOf(place);
        for (String key : claims.keysOf(articleId)) {
            Revision r = claims.get(key).claim().revision();
            if (r != null && r.supersedes(latest)) {
                latest = r;
            }
        }
        return latest;
    }

    private Map<String, Revision> retractedOf(String place) {
        return retracted.computeIfAbsent(place, p -> {
            Map<String, Revision> loaded = new HashMap<>();
            String prefix = p + RETRACTED;
            try (KeyValueIterator<String, StoredClaim> it = claimStore.prefixScan(prefix, new StringSerializer())) {
                it.forEachRemaining(kv -> loaded.put(kv.key.substring(prefix.length()), kv.value.claim().revision()));
            }
            return loaded;
        });
    }

    private List<StatusChange> newTransitions(String place) {
        List<StatusDecider.Transition> timeline = StatusDecider.transitionsInOrder(
                StatusDecider.ownClaims(place, timelineOf(place).sorted()), droppedOf(place));
        List<StatusDecider.Transition> before = lastTimeline.put(place, timeline);
        Set<String> done = publishedOf(place);
        List<StatusChange> changes = new ArrayList<>();
        String detectedAt = Instant.ofEpochMilli(context.currentSystemTimeMs()).toString();
        for (int i = 0; i < timeline.size(); i++) {
            StatusDecider.Transition t = timeline.get(i);
            // most claims leave most of the timeline as it was, and what was there was published
            if (before != null && i < before.size() && t.sameAs(before.get(i))) {
                continue;
            }
            if (done.add(t.key())) {
                transitionStore.put(place + "|" + t.key(), t.effectiveDate());
                // the timeline goes on past it: a late article corrected an earlier period, this is not news
                String kind = i < timeline.size() - 1 ? StatusChange.RETROACTIVE : StatusChange.CURRENT;
                changes.add(new StatusChange(place, t.from(), t.to(), t.effectiveDate(), detectedAt, Evidence.of(t.evidence()),
                        t.stories(), t.confidence(), kind));
            }
        }
        return changes;
    }

    /** Decides every place that received claims since its last row: one row each. */
    private void decidePending() {
        for (Map.Entry<String, Pending> e : pending.entrySet()) {
            String place = e.getKey();
            PlaceClaims summary = summaryOf(place);
            if (summary.received() == 0) {
                continue;
            }
            PlaceStatus row = StatusDecider.decide(place, timelineOf(place).sorted(), summary.version(), droppedOf(place));
            putSummary(place, new PlaceClaims(summary.version(), summary.received(), summary.received(), summary.evicted()));
            long timestamp = e.getValue().timestamp > 0 ? e.getValue().timestamp : context.currentSystemTimeMs();
            RecordHeaders headers = new RecordHeaders();
            headers.add(RECEIVED, Long.toString(summary.received()).getBytes(StandardCharsets.UTF_8));
            context.forward(new Record<>(place, new Outcome(row, List.of()), timestamp, headers));
        }
        pending.clear();
    }

    private String arrivalOf(String key, Record<String, ScopedClaim> record) {
        StoredClaim before = claimStore.get(key);
        return before != null ? before.arrival() : arrivalDay(record);
    }

    private static String arrivalDay(Record<String, ScopedClaim> record) {
        return LocalDate.ofInstant(Instant.ofEpochMilli(record.timestamp()), ZoneOffset.UTC).toString();
    }

    private PlaceTimeline timelineOf(String place) {
        return timelines.computeIfAbsent(place, p -> {
            PlaceTimeline loaded = new PlaceTimeline();
            try (KeyValueIterator<String, StoredClaim> it = claimStore.prefixScan(p + "|", new StringSerializer())) {
                it.forEachRemaining(kv -> loaded.put(kv.key, dated(kv.value)));
            }
            return loaded;
        });
    }

    private PlaceClaims summaryOf(String place) {
        return summaryCache.computeIfAbsent(place, p -> {
            PlaceClaims stored = summaries.get(p);
            return stored != null ? stored : new PlaceClaims(0, 0, 0, null);
        });
    }

    private void putSummary(String place, PlaceClaims summary) {
        summaryCache.put(place, summary);
        summaries.put(place, summary);
    }

    private Evicted droppedOf(String place) {
        return dropped.computeIfAbsent(place, p -> {
            List<PlaceClaims.StoredClaim> plans = new ArrayList<>();
            try (KeyValueIterator<String, StoredClaim> it = claimStore.prefixScan(p + DROPPED_PLAN, new StringSerializer())) {
                it.forEachRemaining(kv -> plans.add(kv.value));
            }
            return Evicted.orNone(summaryOf(p).evicted()).withPlans(plans);
        });
    }

    /** Where a place's latest dropped plan of one kind is kept: beside its claims, outside their {@code place|} prefix. */
    private static String droppedPlanKey(String place, PlaceClaims.StoredClaim plan) {
        return place + DROPPED_PLAN + plan.claim().status() + "|" + (plan.inheritedFrom() == null ? "place" : "region");
    }

    private Set<String> publishedOf(String place) {
        return published.computeIfAbsent(place, p -> {
            Set<String> loaded = new HashSet<>();
            String prefix = p + "|";
            try (KeyValueIterator<String, String> it = transitionStore.prefixScan(prefix, new StringSerializer())) {
                it.forEachRemaining(kv -> loaded.add(kv.key.substring(prefix.length())));
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
