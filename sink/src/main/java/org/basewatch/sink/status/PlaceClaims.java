package org.basewatch.sink.status;

import org.basewatch.contracts.Claim;

import java.util.List;

/**
 * What the {@code place-claims} store keeps per place: its claims with their arrival day, how many
 * claims were ever folded in (the row version), and the keys of the transitions already published.
 */
public record PlaceClaims(List<StoredClaim> claims, long version, List<String> published) {

    public PlaceClaims {
        published = published == null ? List.of() : published;
    }

    /** A claim, the day it arrived, and the region it came from when it applies through scope. */
    public record StoredClaim(Claim claim, String arrival, String inheritedFrom) {
    }
}
