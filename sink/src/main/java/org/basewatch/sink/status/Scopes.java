package org.basewatch.sink.status;

import org.basewatch.contracts.Place;
import org.basewatch.contracts.PlaceStatus;
import org.basewatch.contracts.Places;
import org.basewatch.contracts.Status;
import org.basewatch.contracts.Why;
import org.basewatch.sink.Scope;

import java.util.ArrayList;
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
