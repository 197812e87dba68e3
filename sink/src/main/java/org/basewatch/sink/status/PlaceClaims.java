package org.basewatch.sink.status;

import org.basewatch.contracts.Claim;

/**
 * What the sink keeps per place besides its claims ({@code place-summary}): how many times its claim
 * set changed (the row version), how many claims were ever routed to it (repeats included), how
 * many of those its last published row accounts for, and what its dropped claims still decide
 * (null until it drops one).
 */
public record PlaceClaims(long version, long received, long decided, Evicted evicted) {

    /** A claim about a place ({@code place-claims}, one entry each), the day it arrived, and the region it came from when it applies through scope. */
    public record StoredClaim(Claim claim, String arrival, String inheritedFrom) {
    }
}
