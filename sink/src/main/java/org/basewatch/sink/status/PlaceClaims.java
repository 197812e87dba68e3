package org.basewatch.sink.status;

import org.basewatch.contracts.Claim;
import org.basewatch.contracts.Status;

import java.util.List;

/**
 * What the {@code place-claims} store keeps per place: its claims with their arrival day, how many
 * claims were ever folded in (the row version), and the status last published.
 */
public record PlaceClaims(List<StoredClaim> claims, long version, Status published) {

    public record StoredClaim(Claim claim, String arrival) {
    }
}
