package org.basewatch.sink;

import org.basewatch.contracts.Claim;

/**
 * A claim routed to one place: the place's own claim ({@code inheritedFrom == null}) or a claim
 * about the region or country containing it. The value of the {@code claims-by-place} repartition topic.
 */
public record ScopedClaim(Claim claim, String inheritedFrom) {
}
