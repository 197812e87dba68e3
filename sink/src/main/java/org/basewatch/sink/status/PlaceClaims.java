package org.basewatch.sink.status;

import org.basewatch.contracts.Claim;

import java.time.LocalDate;

/**
 * What the sink keeps per place besides the claims ({@code place-summaries}): how many times the claims that speak
 * for it changed (the row version), how many claims were ever routed to it (repeats included), how many of those its
 * last published row accounts for, what its dropped claims still decide (null until it drops one), and the last claim
 * it dropped ({@code cutoff}: claims stored for other places that order before it are no longer this place's).
 */
public record PlaceClaims(long version, long received, long decided, Evicted evicted, Cutoff cutoff) {
    static final PlaceClaims NONE = new PlaceClaims(0, 0, 0, null, null);

    /** A summary that never dropped a claim (and one written before {@code cutoff} existed). */
    public PlaceClaims(long version, long received, long decided, Evicted evicted) {
        this(version, received, decided, evicted, null);
    }

    PlaceClaims withVersion(long newVersion) {
        return new PlaceClaims(newVersion, received, decided, evicted, cutoff);
    }

    PlaceClaims withReceived(long newReceived) {
        return new PlaceClaims(version, newReceived, decided, evicted, cutoff);
    }

    PlaceClaims decidedAll() {
        return new PlaceClaims(version, received, received, evicted, cutoff);
    }

    PlaceClaims withDropped(Evicted newEvicted, Cutoff newCutoff) {
        return new PlaceClaims(version, received, decided, newEvicted, newCutoff);
    }

    /** A claim as the sink stores it (once, {@code country-claims}), the day it arrived, and the scope it speaks from at a place when it applies through scope. */
    public record StoredClaim(Claim claim, String arrival, String inheritedFrom) {
        /** The claim as a place's timeline dates it. */
        DatedClaim dated() {
            return DatedClaim.of(claim, arrival == null ? null : LocalDate.parse(arrival), inheritedFrom);
        }

        /** This claim as it reaches a place through {@code scope} (null: as its own or as news from inside). */
        StoredClaim at(String scope) {
            return new StoredClaim(claim, arrival, scope);
        }

        /** What orders and dates the claim, without its evidence text or speaker. */
        StoredClaim slim() {
            Claim c = claim;
            return new StoredClaim(new Claim(c.articleId(), c.place(), c.status(), c.modality(), c.eventDate(), c.datePrecision(),
                    null, c.start(), c.end(), c.confidence(), null, c.storyId(), null, c.sources(), c.publishedAt(), c.notBefore(),
                    c.revision()), arrival, inheritedFrom);
        }
    }

    /** The last claim a place dropped, under its key, as the place saw it. */
    public record Cutoff(String key, StoredClaim claim) {
    }
}
