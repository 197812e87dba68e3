package org.basewatch.sink;

import org.basewatch.contracts.Claim;

/**
 * A claim as it speaks for one place ({@link Scope#route}): the place's own claim or news from inside it
 * ({@code inheritedFrom == null}), or a claim about the region or country containing it.
 */
public record ScopedClaim(Claim claim, String inheritedFrom) {
}
