package org.basewatch.sink.status;

import org.basewatch.contracts.Claim;
import org.basewatch.contracts.EventDates;
import org.basewatch.contracts.Modality;
import org.basewatch.contracts.Status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a place's dropped claims still decide. A place keeps its newest claims in event time (a
 * bounded number); older ones are dropped, and this keeps what they said that the kept ones cannot:
 * <ul>
 * <li>{@code floor}: the furthest lifecycle step said about the place itself, so a country-wide claim
 * still cannot reopen a base handed over long ago;</li>
 * <li>{@code status}, {@code since}, {@code asOf}: the status the kept claims start from, when it began
 * and when it was last said, so dropping a claim neither moves a row's {@code since} nor looks like a
 * change of status;</li>
 * <li>{@code textDated}: whether a dropped claim was dated by its text, after which claims dated only
 * by their arrival stay out of the timeline;</li>
 * <li>{@code plans}: the latest dropped plan of each status, about the place itself and through its
 * region (a later plan of one kind always wins over an earlier one, so these are all {@code expected}
 * can need).</li>
 * </ul>
 * Exact when claims come in event-time order and lie further apart than the rule looks back ({@code EvictedTest}):
 * the support a status had from claims now dropped is not kept; a late claim older than every kept one adds only its
 * lifecycle step and plan.
 */
public record Evicted(Status floor, Status status, String since, String asOf, boolean textDated,
                      List<PlaceClaims.StoredClaim> plans, boolean inherited) {
    public static final Evicted NONE = new Evicted(null, null, null, null, false, List.of(), false);

    /** A summary whose status came from the place's own claims (and one written before {@code inherited} existed). */
    public Evicted(Status floor, Status status, String since, String asOf, boolean textDated, List<PlaceClaims.StoredClaim> plans) {
        this(floor, status, since, asOf, textDated, plans, false);
    }

    /** {@code before}, or {@link #NONE} for a place that never dropped a claim (or a summary written before this existed). */
    public static Evicted orNone(Evicted before) {
        return before == null ? NONE : before;
    }

    /** This summary without its plans: what the place's summary record holds (the plans are kept apart). */
    public Evicted withoutPlans() {
        return plans == null || plans.isEmpty() ? this : new Evicted(floor, status, since, asOf, textDated, List.of(), inherited);
    }

    /** This summary with {@code dropped} as its plans. */
    public Evicted withPlans(List<PlaceClaims.StoredClaim> dropped) {
        return new Evicted(floor, status, since, asOf, textDated, List.copyOf(dropped), inherited);
    }

    /** This summary once the first of {@code sorted} (a place's claims in event-time order) is dropped too. */
    public Evicted drop(List<DatedClaim> sorted) {
        DatedClaim oldest = sorted.get(0);
        if (oldest.claim().modality() == Modality.PLANNED) {
            return withPlan(oldest);
        }
        if (oldest.claim().modality() != Modality.ASSERTED) {
            return this;
        }
        Status newFloor = floor;
        if (oldest.isDirect() && oldest.date() != null && (floor == null || oldest.claim().status().ordinal() > floor.ordinal())) {
            newFloor = oldest.claim().status();
        }
        // the first claim dated by its text puts those dated only by their arrival out of the timeline, dropped ones too
        boolean nowTextDated = textDated || !"arrival".equals(oldest.dateBasis());
        Evicted base = nowTextDated && !textDated ? new Evicted(floor, null, null, null, false, plans) : this;
        // a claim older than the status already summarised (a late article) only reaches the floor
        LocalDate lastSaid = EventDates.latestDay(base.asOf);
        boolean later = lastSaid == null || oldest.date() != null && !oldest.date().isBefore(lastSaid);
        if (!later || !StatusDecider.firstApplicable(sorted, base)) {
            return new Evicted(newFloor, base.status, base.since, base.asOf, nowTextDated, plans, base.inherited);
        }
        // the walk of the rule one claim further: exact while dropped claims are further apart than the rule looks back
        Status now = StatusDecider.statusAfter(base.status, base.inherited, oldest);
        boolean joined = now == oldest.claim().status();
        // a status only scopes' claims carried gives way to the place's own claims (StatusDecider)
        boolean nowInherited = now != base.status ? !oldest.isDirect() : base.inherited && (!joined || !oldest.isDirect());
        return new Evicted(newFloor, now, now == base.status ? base.since : oldest.dateText(),
                joined ? oldest.dateText() : base.asOf, nowTextDated, plans, nowInherited);
    }

    /**
     * This summary as the timeline of {@code asserted} (the kept asserted claims) starts from it: when
     * the kept claims hold one dated by its text and no dropped one was, the dropped ones were all
     * dated by their arrival and no longer count, but for the lifecycle step they reached.
     */
    public Evicted before(List<DatedClaim> asserted) {
        if (textDated || status == null || asserted.stream().allMatch(d -> "arrival".equals(d.dateBasis()))) {
            return this;
        }
        return new Evicted(floor, null, null, null, false, plans);
    }

    /** The dropped plans, in event-time order (they come before every kept claim). */
    public List<DatedClaim> droppedPlans() {
        List<DatedClaim> out = new ArrayList<>();
        if (plans != null) {
            for (PlaceClaims.StoredClaim p : plans) {
                out.add(DatedClaim.of(p.claim(), p.arrival() == null ? null : LocalDate.parse(p.arrival()), p.inheritedFrom()));
            }
        }
        out.sort(DatedClaim.BY_EVENT_TIME);
        return out;
    }

    private Evicted withPlan(DatedClaim plan) {
        List<PlaceClaims.StoredClaim> kept = new ArrayList<>();
        DatedClaim sameKind = null;
        for (DatedClaim p : droppedPlans()) {
            if (p.claim().status() == plan.claim().status() && p.isDirect() == plan.isDirect()) {
                sameKind = p;
            } else {
                kept.add(stored(p));
            }
        }
        // of two plans of one kind the later in event time is the one that can matter
        kept.add(stored(sameKind != null && DatedClaim.BY_EVENT_TIME.compare(sameKind, plan) > 0 ? sameKind : plan));
        return new Evicted(floor, status, since, asOf, textDated, List.copyOf(kept), inherited);
    }

    /**
     * A dropped plan as the summary keeps it: what orders and dates it, without its evidence text, its
     * speaker or its story (the summary is rewritten with every claim a full place receives).
     */
    private static PlaceClaims.StoredClaim stored(DatedClaim d) {
        Claim c = d.claim();
        Claim slim = new Claim(c.articleId(), c.place(), c.status(), c.modality(), c.eventDate(), c.datePrecision(), null,
                c.start(), c.end(), c.confidence(), null, null, null, c.sources(), c.publishedAt(), c.notBefore());
        // the date a claim dated by nothing else is filed under is its arrival
        return new PlaceClaims.StoredClaim(slim, d.date() == null ? null : d.date().toString(), d.inheritedFrom());
    }
}
