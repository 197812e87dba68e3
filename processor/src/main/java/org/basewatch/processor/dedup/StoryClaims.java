package org.basewatch.processor.dedup;

import org.basewatch.contracts.Claim;

import java.util.List;

/**
 * The claims extracted from a story's original, kept ({@code story-slim-claims}, binary: {@link StoryClaimsSerde})
 * so copies can corroborate them.
 */
public record StoryClaims(List<Claim> claims, int sources) {
}
