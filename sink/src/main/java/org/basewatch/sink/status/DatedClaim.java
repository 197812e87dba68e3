package org.basewatch.sink.status;

import org.basewatch.contracts.Claim;
import org.basewatch.contracts.EventDates;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * A claim with the date the status table files it under: its event date, else its article's
 * publication date, else the latest date its article mentions (approximate), else its arrival
 * (approximate, the last resort). {@code inheritedFrom} names the region or country the claim
 * was about when it speaks for this place only through scope.
 */
public record DatedClaim(Claim claim, LocalDate date, String dateText, boolean approximate, String dateBasis,
                         String inheritedFrom) {

    /**
     * Orders by event time, then specificity (a claim about the place itself outranks one about its
     * region on the same date), then evidence strength, then corroboration, then ids, so that every
     * order of arrival agrees.
     */
    public static final Comparator<DatedClaim> BY_EVENT_TIME = Comparator
            .comparing(DatedClaim::date, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(DatedClaim::isDirect)
            .thenComparingDouble(d -> d.claim().confidence())
            .thenComparingInt(d -> d.claim().sources())
            .thenComparing(d -> String.valueOf(d.claim().articleId()))
            .thenComparingInt(d -> d.claim().start())
            .thenComparing(d -> d.claim().status());

    public boolean isDirect() {
        return inheritedFrom == null;
    }

    /** A claim about the place itself. */
    public static DatedClaim of(Claim c, LocalDate arrival) {
        return of(c, arrival, null);
    }

    public static DatedClaim of(Claim c, LocalDate arrival, String inheritedFrom) {
        if (c.eventDate() != null && EventDates.latestDay(c.eventDate()) != null) {
            return new DatedClaim(c, EventDates.latestDay(c.eventDate()), c.eventDate(), false, "event", inheritedFrom);
        }
        LocalDate published = EventDates.parseDay(c.publishedAt());
        if (published != null) {
            return new DatedClaim(c, published, published.toString(), false, "published", inheritedFrom);
        }
        LocalDate notBefore = EventDates.latestDay(c.notBefore());
        if (notBefore != null) {
            return new DatedClaim(c, notBefore, notBefore.toString(), true, "mentioned", inheritedFrom);
        }
        return new DatedClaim(c, arrival, arrival == null ? null : arrival.toString(), true, "arrival", inheritedFrom);
    }
}
