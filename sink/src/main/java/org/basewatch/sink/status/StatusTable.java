package org.basewatch.sink.status;

import org.basewatch.contracts.Claim;
import org.basewatch.contracts.Evidence;
import org.basewatch.contracts.Modality;
import org.basewatch.contracts.PlaceStatus;
import org.basewatch.contracts.Places;
import org.basewatch.contracts.Revision;
import org.basewatch.contracts.Status;
import org.basewatch.contracts.StatusChange;
import org.basewatch.contracts.TableProgress;
import org.basewatch.sink.Scope;
import org.basewatch.sink.status.PlaceClaims.Cutoff;
import org.basewatch.sink.status.PlaceClaims.StoredClaim;
import org.basewatch.sink.status.StatusDecider.Transition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The status table of one country as the sink holds it: every claim stored once, under the place it names, and each
 * place's view of the claims that speak for it ({@link Scope#route}: its own, its scopes' that speak for the places
 * inside them, those asserted inside it), from which {@link StatusDecider} decides its row and its transitions. A claim
 * touches only the places it is routed to. Pure Java: {@code DecideStatus} keeps it in its stores through a
 * {@link Ledger} and gives it back what they hold when a task starts ({@link #restoreClaim}, {@link #restorePlace},
 * {@link #restoreTransition}, then {@link #restored}).
 * <ul>
 * <li>A place keeps its newest {@value #MAX_CLAIMS_PER_PLACE} claims in event time; what older ones decided stays in its
 * summary ({@link Evicted}), and the last one it dropped is its cutoff. A claim no place keeps any more is deleted.</li>
 * <li>Status changes are found per claim: a place whose current status (the last transition of its event-time timeline)
 * changes, or began on another day, publishes one change describing it, {@code retroactive} when it corrects the past
 * ({@link #newTransitions}); steps a late claim inserts before the current status are history, seen in the row and its
 * evidence, not news.</li>
 * <li>Rows are decided in batches ({@link #decidePending}) and published only when a reader would see them change: a
 * row's {@code version} counts the changes of the claims that speak for its place; how many claims were ever routed
 * there, repeats included, goes out per country ({@link TableProgress}) with every batch.</li>
 * <li>A new version of an article replaces the claims of the old one (corrections): a retraction withdraws them within
 * its place, a claim of a later revision everywhere.</li>
 * </ul>
 */
public final class StatusTable {
    /** The claims a place keeps (the newest in event time): the walk of its timeline costs this at most. */
    public static final int MAX_CLAIMS_PER_PLACE = 400;
    private static final String RETRACTED = "#retracted|";
    private static final String DROPPED_PLAN = "#dropped-plan|";

    /** Where the table writes what it must keep: a null value deletes. */
    public interface Ledger {
        void claim(String key, StoredClaim value);

        void place(String place, PlaceClaims summary);

        void transition(String key, String effectiveDate);
    }

    /** A place's row to publish, with the latest record time among its claims. */
    public record Row(PlaceStatus status, long timestamp) {
    }

    /** What one round of decisions publishes: the rows that changed, and how far each country's table accounts now. */
    public record Decided(List<Row> rows, List<TableProgress> progress) {
    }

    private final Ledger ledger;
    /** key ({@code place|claim}) → the claim, stored once. */
    private final Map<String, StoredClaim> claims = new HashMap<>();
    private final Map<String, Set<String>> keysByArticle = new HashMap<>();
    /** article → place → the revision a retraction there withdrew its older claims to. */
    private final Map<String, Map<String, Revision>> retracted = new HashMap<>();
    private final Map<String, PlaceView> views = new HashMap<>();
    /** Places whose row is not decided yet, in place order, with the latest record time of their claims. */
    private final Map<String, Long> pending = new TreeMap<>();
    private final Map<String, List<StoredClaim>> droppedPlans = new HashMap<>();

    public StatusTable(Ledger ledger) {
        this.ledger = ledger;
    }

    // ---- restoring what the stores hold

    /** An entry of the claims store. */
    public void restoreClaim(String key, StoredClaim value) {
        if (key.startsWith(RETRACTED)) {
            String[] parts = key.substring(RETRACTED.length()).split("\\|", 2);
            retracted.computeIfAbsent(parts[0], a -> new HashMap<>()).put(parts.length > 1 ? parts[1] : value.claim().place(),
                    value.claim().revision());
        } else if (key.startsWith(DROPPED_PLAN)) {
            droppedPlans.computeIfAbsent(key.substring(DROPPED_PLAN.length()).split("\\|", 2)[0], p -> new ArrayList<>()).add(value);
        } else {
            index(key, value);
        }
    }

    /** An entry of the summaries store. */
    public void restorePlace(String place, PlaceClaims summary) {
        view(place).summary = summary;
    }

    /** A key of the published-transitions store ({@code place|transition}). */
    public void restoreTransition(String key) {
        int bar = key.indexOf('|');
        view(key.substring(0, bar)).published.add(key.substring(bar + 1));
    }

    /** Builds each place's view once the stores are read; places whose row was pending when the task stopped are again. */
    public void restored() {
        for (PlaceView v : views.values()) {
            v.dropped = Evicted.orNone(v.summary.evicted()).withPlans(droppedPlans.getOrDefault(v.place, List.of()));
            if (v.summary.received() > v.summary.decided()) {
                pending.put(v.place, 0L);
            }
        }
        for (Map.Entry<String, StoredClaim> e : claims.entrySet()) {
            for (Scope.Routed r : Scope.route(e.getValue().claim())) {
                DatedClaim d = e.getValue().at(r.inheritedFrom()).dated();
                PlaceView v = view(r.place());
                if (v.keeps(e.getKey(), d)) {
                    v.claims.put(e.getKey(), d);
                }
            }
        }
        droppedPlans.clear();
        // what each place published last, so the next claim's change is told against it
        views.values().forEach(this::published);
    }

    // ---- claims

    /**
     * Takes one claim (or retraction) that arrived on {@code arrivalDay} in a record of time {@code timestamp}; the status
     * changes it reveals, each keyed by its place.
     */
    public List<StatusChange> add(Claim claim, String arrivalDay, long timestamp, String detectedAt) {
        List<Scope.Routed> routes = Scope.route(claim);
        Set<String> withdrawn = new TreeSet<>();
        Set<String> changed = claim.isRetraction() ? retract(claim, arrivalDay, withdrawn) : fold(claim, arrivalDay, withdrawn);
        Set<String> touched = new LinkedHashSet<>();
        routes.forEach(r -> touched.add(r.place()));
        touched.addAll(changed);
        for (Scope.Routed r : routes) {
            PlaceView v = view(r.place());
            v.summary = v.summary.withReceived(v.summary.received() + 1);
        }
        for (String place : touched) {
            PlaceView v = view(place);
            if (changed.contains(place)) {
                v.summary = v.summary.withVersion(v.summary.version() + 1);
            }
            ledger.place(place, v.summary);
            pending.merge(place, timestamp, Math::max);
        }
        // only asserted claims make the timeline: anything else reveals a transition only by withdrawing an old version's
        List<String> deepestFirst = new ArrayList<>(claim.modality() == Modality.ASSERTED || claim.isRetraction() ? changed : withdrawn);
        deepestFirst.sort(Comparator.comparingInt((String p) -> -Places.ancestors(p).size()).thenComparing(p -> p));
        List<StatusChange> changes = new ArrayList<>();
        for (String place : deepestFirst) {
            changes.addAll(newTransitions(view(place), detectedAt));
        }
        return changes;
    }

    /** Stores the claim once, unless it is one already there with no more outlets behind it; the places whose claims changed. */
    private Set<String> fold(Claim claim, String arrivalDay, Set<String> withdrawn) {
        String key = claim.place() + "|" + claimKey(claim);
        Revision current = currentRevision(claim.articleId(), claim.place());
        Revision revision = claim.revision();
        StoredClaim same = claims.get(key);
        if (current != null && (revision == null ? same == null : current.supersedes(revision))) {
            return Set.of(); // read from a version of its article that a later one replaced
        }
        Set<String> changed = new TreeSet<>();
        if (revision != null && revision.supersedes(current)) {
            withdrawn.addAll(withdraw(claim.articleId(), null, revision));
            changed.addAll(withdrawn);
        }
        if (same != null && claim.sources() <= same.claim().sources()) {
            return changed;
        }
        // a claim seen before with fewer outlets keeps its arrival: the story was carried by more outlets since;
        // a corroboration comes without the evidence text the first copy of the claim brought
        Claim kept = same != null && claim.evidence() == null
                ? same.claim().withStory(same.claim().storyId(), claim.sources(), same.claim().notBefore()) : claim;
        StoredClaim stored = new StoredClaim(kept, same != null ? same.arrival() : arrivalDay, null);
        ledger.claim(key, stored);
        index(key, stored);
        for (Scope.Routed r : Scope.route(kept)) {
            PlaceView v = view(r.place());
            DatedClaim d = stored.at(r.inheritedFrom()).dated();
            // a new claim joins every place it speaks for, even one that drops it at once (what it decided stays);
            // a corroboration only where the claim it corroborates still is
            if (same == null || v.claims.get(key) != null || v.keeps(key, d)) {
                v.claims.put(key, d);
                changed.add(r.place());
            }
        }
        // only once every place has it: a claim one place drops at once may be kept by another
        changed.forEach(place -> keepNewest(view(place)));
        return changed;
    }

    /** A retraction: its article's claims within its place read from an earlier revision are withdrawn; the places whose claims changed. */
    private Set<String> retract(Claim retraction, String arrivalDay, Set<String> withdrawn) {
        Revision current = currentRevision(retraction.articleId(), retraction.place());
        if (current != null && !retraction.revision().supersedes(current)) {
            return Set.of();
        }
        withdrawn.addAll(withdraw(retraction.articleId(), retraction.place(), retraction.revision()));
        retracted.computeIfAbsent(retraction.articleId(), a -> new HashMap<>()).put(retraction.place(), retraction.revision());
        ledger.claim(RETRACTED + retraction.articleId() + "|" + retraction.place(), new StoredClaim(retraction, arrivalDay, null));
        return withdrawn;
    }

    /** Removes the claims of {@code articleId} (within {@code scope}, or anywhere when null) that {@code revision} supersedes. */
    private Set<String> withdraw(String articleId, String scope, Revision revision) {
        Set<String> changed = new TreeSet<>();
        for (String key : List.copyOf(keysByArticle.getOrDefault(String.valueOf(articleId), Set.of()))) {
            Claim c = claims.get(key).claim();
            boolean inScope = scope == null || scope.equals(c.place()) || Places.within(c.place(), scope);
            if (inScope && revision.supersedes(c.revision())) {
                for (Scope.Routed r : Scope.route(c)) {
                    PlaceView v = view(r.place());
                    if (v.claims.get(key) != null) {
                        v.claims.remove(key);
                        changed.add(r.place());
                    }
                }
                delete(key);
            }
        }
        return changed;
    }

    /** The latest revision of {@code articleId} known for a claim about {@code place}: of its claims, or of a retraction reaching it. */
    private Revision currentRevision(String articleId, String place) {
        Revision latest = null;
        for (Map.Entry<String, Revision> e : retracted.getOrDefault(String.valueOf(articleId), Map.of()).entrySet()) {
            boolean reaches = e.getKey().equals(place) || Places.within(place, e.getKey());
            if (reaches && e.getValue().supersedes(latest)) {
                latest = e.getValue();
            }
        }
        for (String key : keysByArticle.getOrDefault(String.valueOf(articleId), Set.of())) {
            Revision r = claims.get(key).claim().revision();
            if (r != null && r.supersedes(latest)) {
                latest = r;
            }
        }
        return latest;
    }

    /** Drops a place's oldest claims beyond {@link #MAX_CLAIMS_PER_PLACE}; what they decided stays in its summary. */
    private void keepNewest(PlaceView v) {
        while (v.claims.size() > MAX_CLAIMS_PER_PLACE) {
            Evicted before = v.dropped;
            DatedClaim oldest = v.claims.sorted().get(0);
            // news from a place inside decides nothing here once dropped: that place keeps its own summary
            Evicted after = StatusDecider.isFromInside(v.place, oldest) ? before
                    : before.drop(v.claims.own());
            for (StoredClaim plan : after.plans()) {
                if (!before.plans().contains(plan)) {
                    ledger.claim(DROPPED_PLAN + v.place + "|" + plan.claim().status() + "|" + (plan.inheritedFrom() == null ? "place" : "region"), plan);
                }
            }
            v.dropped = after;
            String key = v.claims.removeOldest();
            Cutoff cutoff = v.summary.cutoff();
            if (cutoff == null || PlaceTimeline.comesAfter(key, oldest, cutoff.key(), cutoff.claim().dated())) {
                cutoff = new Cutoff(key, claims.get(key).at(oldest.inheritedFrom()).slim());
            }
            v.summary = v.summary.withDropped(after.withoutPlans(), cutoff);
            if (Scope.route(claims.get(key).claim()).stream().noneMatch(r -> view(r.place()).claims.get(key) != null)) {
                delete(key); // no place keeps it any more
            }
        }
    }

    /**
     * The timeline {@code v}'s place publishes: that of its own and its scopes' claims, a withdrawal held up while a place
     * inside still has forces, the places inside summarised where its own claims give no status (Scopes). The places inside must be up to date: {@link #add} walks the deepest first.
     */
    private List<Transition> timeline(PlaceView v) {
        List<Transition> own = StatusDecider.transitionsInOrder(v.claims.own(), v.dropped);
        List<List<Transition>> inside = new ArrayList<>();
        for (PlaceView child : views.values()) {
            if (Places.within(child.place, v.place)) {
                inside.add(published(child));
            }
        }
        return Scopes.heldUpTimeline(own, inside);
    }

    /** The timeline {@code v}'s place has published, worked out again after a restart (all of it was published before). */
    private List<Transition> published(PlaceView v) {
        if (v.lastTimeline == null) {
            v.lastTimeline = timeline(v);
        }
        return v.lastTimeline;
    }

    /**
     * The change {@code v}'s new timeline announces against the one it last published: none, or one describing its
     * current status (the last transition), never the steps before it that a late claim inserted or moved. It is
     * {@code current} news when the current status changes on or after the day the last one began, {@code retroactive}
     * when a late claim changes it as of an earlier day, or only moves the day it began (then {@code from} is the status
     * before it on the corrected timeline).
     */
    private List<StatusChange> newTransitions(PlaceView v, String detectedAt) {
        List<Transition> timeline = timeline(v);
        List<Transition> before = v.lastTimeline == null ? List.of() : v.lastTimeline;
        v.lastTimeline = timeline;
        Transition now = timeline.isEmpty() ? null : timeline.get(timeline.size() - 1);
        Transition was = before.isEmpty() ? null : before.get(before.size() - 1);
        if (now == null || (was != null && now.to() == was.to() && now.effectiveDate().equals(was.effectiveDate()))) {
            return List.of();
        }
        boolean statusChanged = was == null || was.to() != now.to();
        boolean news = statusChanged && (was == null || !now.day().isBefore(was.day()));
        Status from = statusChanged ? (was == null ? null : was.to()) : now.from();
        v.published.add(now.announced());
        ledger.transition(v.place + "|" + now.announced(), now.effectiveDate());
        return List.of(new StatusChange(v.place, from, now.to(), now.effectiveDate(), detectedAt, Evidence.of(now.evidence()),
                now.stories(), now.confidence(), news ? StatusChange.CURRENT : StatusChange.RETROACTIVE));
    }

    // ---- rows

    /**
     * Decides every place whose claims came or changed since its last row, in place order; a row goes out only when what
     * a reader sees of it changed (anything but its {@code version}), and with it, per country decided, how many routed
     * claims each of its places' rows now account for.
     */
    public Decided decidePending() {
        List<Row> rows = new ArrayList<>();
        Set<String> countries = new TreeSet<>();
        for (Map.Entry<String, Long> e : pending.entrySet()) {
            PlaceView v = view(e.getKey());
            if (v.summary.received() == 0) {
                continue;
            }
            PlaceStatus row = StatusDecider.decide(v.place, v.claims.sorted(), v.claims.own(), v.summary.version(), v.dropped);
            v.summary = v.summary.decidedAll();
            ledger.place(v.place, v.summary);
            countries.add(Scope.country(v.place));
            if (!sameForReaders(row, v.lastRow)) {
                v.lastRow = row;
                rows.add(new Row(row, e.getValue()));
            }
        }
        pending.clear();
        return new Decided(rows, countries.stream().map(this::progress).toList());
    }

    /** Per place of {@code country} that was routed claims, how many of them its latest row accounts for. */
    private TableProgress progress(String country) {
        Map<String, Long> decided = new TreeMap<>();
        for (PlaceView v : views.values()) {
            if (v.summary.decided() > 0 && Scope.country(v.place).equals(country)) {
                decided.put(v.place, v.summary.decided());
            }
        }
        return new TableProgress(country, decided);
    }

    /**
     * Whether a reader would see nothing new in {@code row} after {@code published}: the version only counts changes of
     * the claim set, and most of them (a claim joining the evidence nobody cites) leave the row as it was. After a
     * restart nothing was published in this task's life, so the first row of each place goes out again.
     */
    private static boolean sameForReaders(PlaceStatus row, PlaceStatus published) {
        return published != null && row.equals(published.withVersion(row.version()));
    }

    // ---- bookkeeping

    private PlaceView view(String place) {
        return views.computeIfAbsent(place, PlaceView::new);
    }

    private void index(String key, StoredClaim value) {
        claims.put(key, value);
        keysByArticle.computeIfAbsent(String.valueOf(value.claim().articleId()), a -> new LinkedHashSet<>()).add(key);
    }

    private void delete(String key) {
        StoredClaim gone = claims.remove(key);
        ledger.claim(key, null);
        String article = String.valueOf(gone.claim().articleId());
        Set<String> keys = keysByArticle.get(article);
        keys.remove(key);
        if (keys.isEmpty()) {
            keysByArticle.remove(article);
        }
    }

    /** Identifies a claim whatever its corroboration: the same statement of the same article. */
    private static String claimKey(Claim c) {
        return c.articleId() + "|" + c.status() + "|" + c.modality() + "|" + c.start() + "|" + c.eventDate();
    }
}
