package org.basewatch.sink.status;

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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Step 5 of {@link StatusDecider}'s rule, scopes that agree: a scope is never WITHDRAWN while a place inside it is
 * PRESENT or ADVISORY_ONLY. A scope hears every claim asserted inside it (Scope), so it decides each place inside
 * from the same claims that place decides itself from, deepest first, and a scope its own claims call withdrawn takes
 * the status of the place inside that still has forces (the one least far in the lifecycle).
 */
final class Scopes {
    private Scopes() {
    }

    /** {@code own}, the row {@code place}'s own claims give, held up by what the places inside it still have. */
    static PlaceStatus heldUpFromInside(String place, PlaceStatus own, List<DatedClaim> claims) {
        if (own.status() != Status.WITHDRAWN) {
            return own;
        }
        // every place inside, also one that only inherits: it may inherit forces from a scope above this one
        List<String> inside = Places.all().stream().map(Place::id).filter(id -> Places.within(id, place)).toList();
        Map<String, PlaceStatus> decided = new TreeMap<>();
        PlaceStatus holding = null;
        for (String child : inside) {
            PlaceStatus row = decideInside(child, place, claims, decided);
            if (row.status() != null && row.status().ordinal() <= Status.ADVISORY_ONLY.ordinal()
                    && (holding == null || row.status().ordinal() < holding.status().ordinal())) {
                holding = row;
            }
        }
        return heldUp(own, holding);
    }

    /** The row of {@code child} (inside {@code scope}) from {@code claims}, as {@code child} decides it itself. */
    private static PlaceStatus decideInside(String child, String scope, List<DatedClaim> claims, Map<String, PlaceStatus> decided) {
        PlaceStatus known = decided.get(child);
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
        PlaceStatus row = heldUpFromInside(child, own, childClaims);
        decided.put(child, row);
        return row;
    }

    /**
     * The timeline a scope publishes: {@code own}, the transitions of its own claims, except that a withdrawal is held
     * up while a place inside it still has forces on its timeline ({@code inside}, each as that place publishes it): the
     * scope then shows that place's status (the one least far in the lifecycle), and becomes WITHDRAWN when the last of
     * them leaves, on that place's evidence. The same rule as the row's ({@link #heldUpFromInside}), day by day.
     */
    static List<Transition> heldUpTimeline(List<Transition> own, Collection<List<Transition>> inside) {
        if (own.stream().noneMatch(t -> t.to() == Status.WITHDRAWN)) {
            return own;
        }
        TreeMap<LocalDate, List<Transition>> byDay = new TreeMap<>();
        own.forEach(t -> byDay.computeIfAbsent(t.day(), d -> new ArrayList<>()).add(t));
        inside.forEach(timeline -> timeline.forEach(t -> byDay.computeIfAbsent(t.day(), d -> new ArrayList<>()).add(t)));
        List<Transition> out = new ArrayList<>();
        Status before = own.get(0).from();
        for (Map.Entry<LocalDate, List<Transition>> day : byDay.entrySet()) {
            Status status = statusOn(own, day.getKey());
            if (status == Status.WITHDRAWN) {
                for (List<Transition> timeline : inside) {
                    Status there = statusOn(timeline, day.getKey());
                    if (there != null && there.ordinal() <= Status.ADVISORY_ONLY.ordinal()
                            && (status == Status.WITHDRAWN || there.ordinal() < status.ordinal())) {
                        status = there;
                    }
                }
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
}
