package org.basewatch.sink;

import org.basewatch.contracts.Claim;
import org.basewatch.contracts.Modality;
import org.basewatch.contracts.Place;
import org.basewatch.contracts.Places;
import org.basewatch.contracts.Status;

import java.util.ArrayList;
import java.util.List;

/**
 * A statement about a region or the country speaks for the places inside it: routes a claim to its
 * own place and, when it asserts or plans an end of presence (advisers only, withdrawing,
 * withdrawn), to every place within it. "Coalition forces remain in Iraq" says nothing about any
 * one base, so presence stays with the place named; so do denials and demands. An asserted claim also
 * goes up to every scope containing its place, as news from inside it: a region is never withdrawn while
 * a place inside it still has forces (StatusDecider).
 */
public final class Scope {
    private Scope() {
    }

    /** The places a claim is routed to: its own and, when it speaks for them, those inside it. */
    public static List<String> places(Claim claim) {
        return route(claim).stream().map(Routed::place).toList();
    }

    /** Whether a claim about a region also speaks for the places inside it. */
    public static boolean speaksForPlacesInside(Claim claim) {
        if (claim.isRetraction()) {
            return true; // what an article's old version said may have reached every place inside
        }
        return (claim.modality() == Modality.ASSERTED || claim.modality() == Modality.PLANNED)
                && claim.status() != Status.PRESENT;
    }

    /** A claim as it reaches one place: that place's id and the claim with where it was inherited from. */
    public record Routed(String place, ScopedClaim scoped) {
        /** The scope the claim speaks from at this place, or null when it is the place's own or news from inside it. */
        public String inheritedFrom() {
            return scoped.inheritedFrom();
        }
    }

    /**
     * The top of {@code place}'s hierarchy (the country): the sink's key, so that one task holds a claim once and
     * every place it speaks for (Scope routes within one country only).
     */
    public static String country(String place) {
        List<String> above = Places.ancestors(place);
        return above.isEmpty() ? place : above.get(above.size() - 1);
    }

    /** Whether a scope hears of a claim about a place inside it: what was asserted there. */
    public static boolean reachesScopesAbove(Claim claim) {
        return !claim.isRetraction() && claim.modality() == Modality.ASSERTED;
    }

    /** The claim as each place it speaks for receives it, its own place first, then the scopes above, then the places inside. */
    public static List<Routed> route(Claim claim) {
        List<Routed> out = new ArrayList<>();
        out.add(new Routed(claim.place(), new ScopedClaim(claim, null)));
        if (reachesScopesAbove(claim) && Places.isKnown(claim.place())) {
            for (String scope : Places.ancestors(claim.place())) {
                if (Places.isKnown(scope)) {
                    out.add(new Routed(scope, new ScopedClaim(claim, null)));
                }
            }
        }
        if (speaksForPlacesInside(claim)) {
            for (Place p : Places.all()) {
                if (Places.within(p.id(), claim.place())) {
                    out.add(new Routed(p.id(), new ScopedClaim(claim, claim.place())));
                }
            }
        }
        return out;
    }
}
