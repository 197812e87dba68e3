package org.basewatch.sink.status;

import org.basewatch.contracts.Claim;

import java.util.List;

/**
 * What the sink keeps per place besides its claims ({@code place-summary}): how many claims were
 * ever folded in (the row version), and the keys of the transitions already published.
 */
public record PlaceClaims(long version, List<String> published) {

    public PlaceClaims {
        published = published == null ? List.of() : published;
    }

    /** A claim about a place ({@code place-claims}, one entry each), the day it arrived, and the region it came from when it applies through scope. */
    public record StoredClaim(Claim claim, String arrival, String inheritedFrom) {
    }
}
