package org.basewatch.sink.status;

import org.basewatch.contracts.Claim;
import org.basewatch.contracts.EventDates;
import org.basewatch.contracts.Modality;
import org.basewatch.contracts.PublicationDates;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * A claim with the date the status table files it under: its event date, else its article's
 * publication date, else the latest date its article mentions (approximate), else its arrival
 * (approximate, the last resort). An ASSERTED claim dated after its article's publication (or after the day
 * after it arrived) is filed under that publication date (or its arrival) instead, marked approximate: an
 * article cannot report as done what happens after it. {@code inheritedFrom} names the region or country the claim
 * was about when it speaks for this place only through scope.
 */
public record DatedClaim(Claim claim, LocalDate date, String dateText, boolean approximate, String dateBasis,
                         String inheritedFrom, LocalDate from, LocalDate until) {

    /**
     * A claim filed under one date that can mean any day of {@code [from, until]}: a month- or year-only date is
     * its whole month or year (up to its article's publication), an undated claim of an undated article any day
     * from the latest date its article mentions to its arrival.
     */
    DatedClaim(Claim claim, LocalDate date, String dateText, boolean approximate, String dateBasis, String inheritedFrom) {
        this(claim, date, dateText, approximate, dateBasis, inheritedFrom, date, date);
    }

    /**
     * Orders by event time, then specificity (a claim about the place itself outranks one about its
     * region on the same date), then evidence strength, then corroboration, then ids, so that every
     * order of arrival agrees.
     */
    /** An ASSERTED claim is never filed later than this many days after it arrived (clocks and time zones). */
    static final int ARRIVAL_TOLERANCE_DAYS = 1;

    public static final Comparator<DatedClaim> BY_EVENT_TIME = Comparator
            .comparing(DatedClaim::date, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(DatedClaim::isDirect)
            .thenComparingDouble(d -> d.claim().confidence())
            .thenComparingInt(d -> d.claim().sources())
            .thenComparing(d -> String.valueOf(d.claim().articleId()))
            .thenComparingInt(d -> d.claim().start())
            .thenComparing(d -> d.claim().status())
            // one sentence may plan what it also reports, and reach a place through two scopes
            .thenComparing(d -> String.valueOf(d.claim().modality()))
            .thenComparing(d -> String.valueOf(d.inheritedFrom()))
            .thenComparing(d -> String.valueOf(d.claim().eventDate()));

    /**
     * The latest date an ASSERTED claim can be filed under: its article's publication date, and in any case the day
     * after it arrived (publication dates are bounded at the door, but other producers write claims too); null for
     * other modalities, whose future dates are plans and deadlines, and when nothing bounds it.
     */
    static LocalDate assertedCeiling(Claim c, LocalDate published, LocalDate arrival) {
        if (c.modality() != Modality.ASSERTED) {
            return null;
        }
        // a record time before the era is no time at all (0, a test, a tool that sets none): it bounds nothing
        boolean plausible = arrival != null && !arrival.isBefore(PublicationDates.ERA_START);
        LocalDate latestArrival = plausible ? arrival.plusDays(ARRIVAL_TOLERANCE_DAYS) : null;
        if (published == null) {
            return latestArrival;
        }
        return latestArrival != null && latestArrival.isBefore(published) ? latestArrival : published;
    }

    /** Whether the claim means one day, not a month, a year or a span between bounds. */
    public boolean isPrecise() {
        return from == null || from.equals(until);
    }

    /** This claim as it speaks for a place inside {@code scope} (its scope's claim, inherited). */
    DatedClaim inheritedFrom(String scope) {
        return new DatedClaim(claim, date, dateText, approximate, dateBasis, scope, from, until);
    }

    public boolean isDirect() {
        return inheritedFrom == null;
    }

    /** A claim about the place itself. */
    public static DatedClaim of(Claim c, LocalDate arrival) {
        return of(c, arrival, null);
    }

    public static DatedClaim of(Claim c, LocalDate arrival, String inheritedFrom) {
        LocalDate published = EventDates.parseDay(c.publishedAt());
        if (c.eventDate() != null && EventDates.latestDay(c.eventDate()) != null) {
            LocalDate event = EventDates.latestDay(c.eventDate());
            LocalDate ceiling = assertedCeiling(c, published, arrival);
            if (ceiling != null && EventDates.earliestDay(c.eventDate()).isAfter(ceiling)) {
                // an article cannot report as done what happens after it was written: the date is an extraction
                // error (or a forged one), and taken as it is it would pin the place's status for good
                return published != null && !published.isAfter(ceiling)
                        ? new DatedClaim(c, published, published.toString(), true, "published", inheritedFrom)
                        : new DatedClaim(c, ceiling, ceiling.toString(), true, "arrival", inheritedFrom);
            }
            // "in 2026" said on 1 March 2026 can only mean a day up to 1 March: filed there, not on 31 December
            LocalDate filed = ceiling != null && event.isAfter(ceiling) ? ceiling : event;
            LocalDate first = EventDates.earliestDay(c.eventDate());
            return new DatedClaim(c, filed, c.eventDate(), false, "event", inheritedFrom,
                    first.isAfter(filed) ? filed : first, filed);
        }
        if (published != null) {
            return new DatedClaim(c, published, published.toString(), false, "published", inheritedFrom);
        }
        LocalDate notBefore = EventDates.latestDay(c.notBefore());
        if (notBefore != null) {
            // written some day after the latest date it mentions and before it arrived: never "since" that date
            // ("2014" bounds it from the first day of 2014)
            LocalDate from = EventDates.earliestDay(c.notBefore());
            LocalDate until = arrival != null && arrival.isAfter(from) ? arrival : notBefore;
            String text = until.equals(from) ? from.toString() : from + "/" + until;
            return new DatedClaim(c, notBefore, text, true, "mentioned", inheritedFrom, from, until);
        }
        return new DatedClaim(c, arrival, arrival == null ? null : arrival.toString(), true, "arrival", inheritedFrom);
    }
}
