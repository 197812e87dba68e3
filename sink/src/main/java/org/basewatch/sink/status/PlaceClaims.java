package org.basewatch.sink.status;

import org.basewatch.contracts.Claim;
import org.basewatch.contracts.Status;

import java.util.List;

/**
 * What the {@code place-claims} store keeps per place: its claims with their arrival day, how many
 * claims were ever folded in (the row version), and the status last published.
 */
public record PlaceClaims(List<StoredClaim> claims, long version, Status published) {

    /** A claim, the day it arrived, and the region it came from when it applies through scope. */
    public record StoredClaim(Claim claim, String arrival, String inheritedFrom) {
    }
}
