package org.basewatch.sink.status;

import org.basewatch.contracts.EventDates;
import org.basewatch.contracts.Evidence;
import org.basewatch.contracts.Place;
import org.basewatch.contracts.PlaceStatus;
import org.basewatch.contracts.Places;
import org.basewatch.contracts.Status;
import org.basewatch.contracts.Why;
import org.basewatch.sink.Scope;

import org.basewatch.sink.status.StatusDecider.Transition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Step 5 of {@link StatusDecider}'s rule, scopes that agree with the places inside them. A scope hears every claim
 * asserted inside it (Scope), so it decides each place inside from the same claims that place decides itself from,
 * deepest first. Then:
 * <ul>
 * <li>a scope its own claims call WITHDRAWN while a place inside it still has forces (PRESENT, ADVISORY_ONLY, or
 * WITHDRAWING: they are leaving, not gone) takes that place's status (the one least far in the lifecycle), disputed, and
 * {@code why} names the place;</li>
 * <li>a scope with no status of its own (no claim about it or the scopes above it decides one) summarises the places
 * inside it: it shows the status of the place inside least far in the lifecycle, so it has forces while any place
 * inside has them and is WITHDRAWN only when every place inside with a known status is. Its {@code why} begins with
 * {@value #SUMMARY} and names the places at that status; its {@code since}, {@code asOf} and sources are those of the
 * first of them to reach it (the last to leave, for WITHDRAWN).</li>
 * </ul>
 * Both hold day by day on the timeline a scope publishes ({@link #heldUpTimeline}), which changes only when the status
 * it shows changes: a place inside that reaches a status another place inside already gives the scope announces nothing.
 */
final class Scopes {
    /** How the {@code why} of a row that summarises the places inside its scope begins. */
    static final String SUMMARY = "summary of the places inside";

    private Scopes() {
    }

    /** A place's row as a scope above it sees it, and whether that row is itself a summary. */
    private record Inside(PlaceStatus row, boolean summary) {
    }

    /**
     * {@code own}, the row {@code place}'s own claims give, held up by what the places inside it still have, or, when
     * its own claims decide no status, the summary of the places inside it.
     */
    static PlaceStatus heldUpFromInside(String place, PlaceStatus own, List<DatedClaim> claims) {
        return decideWithInside(place, own, claims, new TreeMap<>()).row();
    }

    private static Inside decideWithInside(String place, PlaceStatus own, List<DatedClaim> claims, Map<String, Inside> decided) {
        if (own.status() != null && own.status() != Status.WITHDRAWN) {
            return new Inside(own, false);
        }
        // every place inside, also one that only inherits: it may inherit forces from a scope above this one
        List<String> inside = Places.all().stream().map(Place::id).filter(id -> Places.within(id, place)).toList();
        List<Inside> rows = new ArrayList<>();
        for (String child : inside) {
            rows.add(decideInside(child, claims, decided));
        }
        if (own.status() == null) {
            return summary(own, rows);
        }
        PlaceStatus holding = null;
        for (Inside in : rows) {
            PlaceStatus row = in.row();
            if (row.status() != null && hasForces(row.status())
                    && (holding == null || row.status().ordinal() < holding.status().ordinal())) {
                holding = row;
            }
        }
        return new Inside(heldUp(own, holding), false);
    }

    /** The row of {@code child} (inside {@code scope}) from {@code claims}, as {@code child} decides it itself. */
    private static Inside decideInside(String child, List<DatedClaim> claims, Map<String, Inside> decided) {
        Inside known = decided.get(child);
        if (known != null) {
            return known;
        }
        List<String> scopesOfChild = Places.ancestors(child);
        List<DatedClaim> childClaims = new ArrayList<>();
        for (DatedClaim d : claims) {
            String about = d.claim().place();
            if (about == null) {
                continue;
            }
            if (about.equals(child) && d.isDirect()) {
                childClaims.add(d);
            } else if (Places.within(about, child) && d.isDirect()) {
                childClaims.add(d); // news from inside the child, for its own scope check
            } else if (scopesOfChild.contains(about) && Scope.speaksForPlacesInside(d.claim())) {
                childClaims.add(d.inheritedFrom(about));
            }
        }
        PlaceStatus own = StatusDecider.decideOwn(child, StatusDecider.ownClaims(child, childClaims), 0, Evicted.NONE);
        Inside row = decideWithInside(child, own, childClaims, new TreeMap<>());
        decided.put(child, row);
        return row;
    }

    /**
     * The timeline a scope publishes: {@code own}, the transitions of its own claims, day by day as the row's rule
     * ({@link #heldUpFromInside}) has it against the places inside ({@code inside}, each timeline as that place publishes
     * it): a withdrawal is held up while a place inside still has forces, the scope showing that place's status and
     * becoming WITHDRAWN when the last of them leaves, on that place's evidence; where its own claims give no status yet,
     * it shows the status of the place inside least far in the lifecycle. A change of the status shown is a transition,
     * nothing else is.
     */
    static List<Transition> heldUpTimeline(List<Transition> own, Collection<List<Transition>> inside) {
        if (inside.isEmpty()) {
            return own;
        }
        TreeMap<LocalDate, List<Transition>> byDay = new TreeMap<>();
        own.forEach(t -> byDay.computeIfAbsent(t.day(), d -> new ArrayList<>()).add(t));
        inside.forEach(timeline -> timeline.forEach(t -> byDay.computeIfAbsent(t.day(), d -> new ArrayList<>()).add(t)));
        List<Transition> out = new ArrayList<>();
        Status before = own.isEmpty() ? null : own.get(0).from();
        for (Map.Entry<LocalDate, List<Transition>> day : byDay.entrySet()) {
            Status status = statusOn(own, day.getKey());
            Status leastFar = null;
            for (List<Transition> timeline : inside) {
                Status there = statusOn(timeline, day.getKey());
                if (there != null && (leastFar == null || there.ordinal() < leastFar.ordinal())) {
                    leastFar = there;
                }
            }
            if (status == null || (status == Status.WITHDRAWN && leastFar != null && hasForces(leastFar))) {
                status = leastFar;
            }
            if (status != before) {
                Status now = status;
                // the change that brought it: one of that day's transitions to it, else the first of that day
                Transition cause = day.getValue().stream().filter(t -> t.to() == now).findFirst().orElse(day.getValue().get(0));
                out.add(new Transition(before, status, cause.effectiveDate(), cause.evidence(), cause.stories(), cause.confidence(),
                        day.getKey()));
                before = status;
            }
        }
        return out;
    }

    /**
     * Whether coalition forces are still at a place of this status: what holds up its scopes' withdrawal. A place still
     * WITHDRAWING has them too, else its scope would be announced withdrawn the day its last place began to leave.
     */
    static boolean hasForces(Status status) {
        return status != Status.WITHDRAWN;
    }

    /** The status a timeline gives on {@code day}: the last transition on or before it, else where its first began. */
    private static Status statusOn(List<Transition> timeline, LocalDate day) {
        Status status = timeline.isEmpty() ? null : timeline.get(0).from();
        for (Transition t : timeline) {
            if (t.day().isAfter(day)) {
                break;
            }
            status = t.to();
        }
        return status;
    }

    private static PlaceStatus heldUp(PlaceStatus own, PlaceStatus holding) {
        if (holding == null || own.status() != Status.WITHDRAWN) {
            return own;
        }
        String summary = holding.status() + " since " + holding.since() + ": " + holding.name() + " inside it is "
                + holding.status() + ", so it is not withdrawn; its own claims say " + (own.why() == null ? own.status() : own.why().summary());
        Why why = new Why(summary, holding.why() == null ? List.of() : holding.why().carried(),
                own.why() == null ? List.of() : own.why().carried());
        return new PlaceStatus(own.place(), own.name(), holding.status(), holding.since(), holding.asOf(), own.expected(),
                holding.sources(), holding.stories(), true, holding.approximate(), null, own.evidence(), own.version(), true, why);
    }

    /**
     * The row of a scope whose own claims decide no status: the status of the places inside least far in the lifecycle,
     * on the evidence of those at it that decide it themselves (a summary row inside names no evidence of its own).
     */
    private static Inside summary(PlaceStatus own, List<Inside> inside) {
        Status leastFar = null;
        for (Inside in : inside) {
            Status s = in.row().status();
            if (s != null && (leastFar == null || s.ordinal() < leastFar.ordinal())) {
                leastFar = s;
            }
        }
        if (leastFar == null) {
            return new Inside(own, false);
        }
        Status status = leastFar;
        Comparator<PlaceStatus> bySince = Comparator.comparing(r -> EventDates.latestDay(r.since()),
                Comparator.nullsLast(Comparator.naturalOrder()));
        List<PlaceStatus> at = inside.stream().filter(in -> !in.summary() && in.row().status() == status).map(Inside::row)
                .sorted(status == Status.WITHDRAWN ? bySince.reversed() : bySince).toList();
        PlaceStatus first = at.get(0);
        StringBuilder why = new StringBuilder(status + " since " + first.since() + ": " + SUMMARY + " it, no claim decides its own status; ");
        for (int i = 0; i < at.size(); i++) {
            PlaceStatus r = at.get(i);
            why.append(i == 0 ? "" : ", ").append(r.name()).append(" ").append(status).append(" since ").append(r.since());
        }
        List<Evidence> evidence = new ArrayList<>(first.evidence());
        evidence.addAll(own.evidence());
        PlaceStatus row = new PlaceStatus(own.place(), own.name(), status, first.since(), first.asOf(), own.expected(),
                first.sources(), first.stories(), false, first.approximate(), null,
                evidence.subList(0, Math.min(evidence.size(), StatusDecider.MAX_EVIDENCE)), own.version(), false,
                new Why(why.toString(), first.why() == null ? List.of() : first.why().carried(), List.of()));
        return new Inside(row, true);
    }
}
