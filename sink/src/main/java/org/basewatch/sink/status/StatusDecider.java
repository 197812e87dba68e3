package org.basewatch.sink.status;

import org.basewatch.contracts.Claim;
import org.basewatch.contracts.EventDates;
import org.basewatch.contracts.Evidence;
import org.basewatch.contracts.Expected;
import org.basewatch.contracts.Modality;
import org.basewatch.contracts.Place;
import org.basewatch.contracts.PlaceStatus;
import org.basewatch.contracts.Places;
import org.basewatch.contracts.Status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Where a place's status is decided: from every claim about the place, in event time, whatever
 * order they arrived in. Only ASSERTED claims move the status; PLANNED ones set what is expected
 * next; DENIED and DEMANDED ones are kept as evidence.
 */
public final class StatusDecider {
    static final int MAX_EVIDENCE = 12;

    private StatusDecider() {
    }

    /** The row for {@code place} from its claims; its status is null while no claim asserts one. */
    public static PlaceStatus decide(String place, List<DatedClaim> claims, long version) {
        return decide(place, claims, version, Evicted.NONE);
    }

    /** The row for {@code place} from the claims it keeps and what those it dropped still decide. */
    public static PlaceStatus decide(String place, List<DatedClaim> claims, long version, Evicted evicted) {
        List<DatedClaim> sorted = new ArrayList<>(claims);
        sorted.sort(DatedClaim.BY_EVENT_TIME);
        List<DatedClaim> kept = sorted.stream().filter(d -> d.claim().modality() == Modality.ASSERTED).toList();
        Evicted dropped = evicted.before(kept);
        List<DatedClaim> asserted = applicable(kept, dropped);
        Status status = dropped.status();
        String since = dropped.since();
        String asOf = dropped.asOf();
        boolean approximate = false;
        boolean conflict = false;
        List<DatedClaim> supporting = List.of();
        if (!asserted.isEmpty()) {
            DatedClaim latest = asserted.get(asserted.size() - 1);
            supporting = currentRun(asserted, latest.claim().status());
            // a run that reaches back past the kept claims began where the dropped ones say
            boolean began = supporting.size() < asserted.size() || latest.claim().status() != dropped.status();
            status = latest.claim().status();
            since = began ? supporting.get(0).dateText() : dropped.since();
            asOf = supporting.get(supporting.size() - 1).dateText();
            approximate = supporting.stream().anyMatch(DatedClaim::approximate);
            conflict = disagreesOnLatestDate(asserted, latest);
        }
        List<DatedClaim> plans = sorted;
        if (dropped.plans() != null && !dropped.plans().isEmpty()) {
            plans = new ArrayList<>(dropped.droppedPlans());
            plans.addAll(sorted);
        }
        Expected expected = expected(plans, status, EventDates.latestDay(since));
        Set<String> sources = new HashSet<>();
        Set<String> stories = new HashSet<>();
        for (DatedClaim d : supporting) {
            if (d.claim().source() != null) {
                sources.add(d.claim().source());
            }
            stories.add(d.claim().storyId() != null ? d.claim().storyId() : d.claim().articleId());
        }
        int sourceCount = Math.max(sources.size(), supporting.stream().mapToInt(d -> d.claim().sources()).max().orElse(0));
        Place p = Places.get(place);
        String inheritedFrom = supporting.isEmpty() ? null : supporting.get(supporting.size() - 1).inheritedFrom();
        return new PlaceStatus(place, p == null ? place : p.english(), status, since, asOf, expected,
                sourceCount, stories.size(), conflict, approximate, inheritedFrom,
                evidence(sorted, supporting, conflict), version);
    }

    /** A change of status on the event-time timeline of a place. */
    public record Transition(Status from, Status to, String effectiveDate, Claim evidence) {
        /** Identifies the transition whatever evidence or detection time came with it. */
        public String key() {
            return from + ">" + to + "@" + effectiveDate;
        }

        /** The same transition as {@code other} (whatever its evidence): what {@link #key()} compares, without building it. */
        public boolean sameAs(Transition other) {
            return from == other.from && to == other.to && java.util.Objects.equals(effectiveDate, other.effectiveDate);
        }
    }

    /**
     * The place's status changes in event time: walking its applicable asserted claims in date order,
     * one transition wherever the status differs from the one before (the first from null).
     */
    public static List<Transition> transitions(List<DatedClaim> claims) {
        List<DatedClaim> sorted = new ArrayList<>(claims);
        sorted.sort(DatedClaim.BY_EVENT_TIME);
        return transitionsInOrder(sorted);
    }

    /** {@link #transitions} of claims already in {@link DatedClaim#BY_EVENT_TIME} order (not checked). */
    public static List<Transition> transitionsInOrder(List<DatedClaim> sorted) {
        return transitionsInOrder(sorted, Evicted.NONE);
    }

    /** {@link #transitionsInOrder(List)} of the claims a place keeps, after those it dropped. */
    public static List<Transition> transitionsInOrder(List<DatedClaim> sorted, Evicted evicted) {
        List<DatedClaim> asserted = new ArrayList<>();
        for (DatedClaim d : sorted) {
            if (d.claim().modality() == Modality.ASSERTED) {
                asserted.add(d);
            }
        }
        Evicted dropped = evicted.before(asserted);
        List<Transition> out = new ArrayList<>();
        Status current = dropped.status();
        for (DatedClaim d : applicable(asserted, dropped)) {
            if (d.claim().status() != current) {
                out.add(new Transition(current, d.claim().status(), d.dateText(), d.claim()));
                current = d.claim().status();
            }
        }
        return out;
    }

    /**
     * Drops region-wide claims that would move the place back in its lifecycle past what was said
     * about the place itself earlier ("the combat mission in Iraq ended" does not reopen a base
     * already handed over), and claims dated only by their arrival when others are dated by their text.
     */
    private static List<DatedClaim> applicable(List<DatedClaim> asserted, Evicted dropped) {
        List<DatedClaim> out = new ArrayList<>(asserted.size());
        // arrival is the last resort: a claim nothing in its article dates never outranks one the text dates
        boolean anyTextDated = dropped.textDated() || asserted.stream().anyMatch(d -> !"arrival".equals(d.dateBasis()));
        // one sweep in date order: the furthest lifecycle step said about the place itself up to each date
        // (from where its dropped claims had reached)
        int reached = dropped.floor() == null ? -1 : dropped.floor().ordinal();
        int next = 0;
        for (DatedClaim d : asserted) {
            if (anyTextDated && "arrival".equals(d.dateBasis())) {
                continue;
            }
            if (d.isDirect() || d.date() == null) {
                out.add(d);
                continue;
            }
            while (next < asserted.size() && (asserted.get(next).date() == null || !asserted.get(next).date().isAfter(d.date()))) {
                DatedClaim direct = asserted.get(next++);
                if (direct.isDirect() && direct.date() != null) {
                    reached = Math.max(reached, direct.claim().status().ordinal());
                }
            }
            if (reached <= d.claim().status().ordinal()) {
                out.add(d);
            }
        }
        return out;
    }

    /**
     * Whether the first of {@code sorted}, an asserted claim, counts on the timeline, as {@link #applicable}
     * decides it, without walking the rest: a claim about the place itself always does (unless only
     * its arrival dates it and others are dated by their text); one from a region unless the place had
     * already gone further in its lifecycle by that date.
     */
    static boolean firstApplicable(List<DatedClaim> sorted, Evicted dropped) {
        DatedClaim first = sorted.get(0);
        if ("arrival".equals(first.dateBasis()) && (dropped.textDated() || sorted.stream()
                .anyMatch(d -> d.claim().modality() == Modality.ASSERTED && !"arrival".equals(d.dateBasis())))) {
            return false;
        }
        if (first.isDirect() || first.date() == null) {
            return true;
        }
        int reached = dropped.floor() == null ? -1 : dropped.floor().ordinal();
        for (DatedClaim d : sorted) {
            if (d.date() != null && d.date().isAfter(first.date())) {
                break;
            }
            if (d.isDirect() && d.date() != null && d.claim().modality() == Modality.ASSERTED) {
                reached = Math.max(reached, d.claim().status().ordinal());
            }
        }
        return reached <= first.claim().status().ordinal();
    }

    /** The latest claims of the current status, back to where the status last changed. */
    private static List<DatedClaim> currentRun(List<DatedClaim> asserted, Status status) {
        int from = asserted.size() - 1;
        while (from > 0 && asserted.get(from - 1).claim().status() == status) {
            from--;
        }
        return asserted.subList(from, asserted.size());
    }

    private static boolean disagreesOnLatestDate(List<DatedClaim> asserted, DatedClaim latest) {
        return asserted.stream().anyMatch(d -> Objects.equals(d.date(), latest.date())
                && d.claim().status() != latest.claim().status());
    }

    /**
     * The newest plan for a status other than the current one whose deadline lies after the
     * current status began; overdue once a later event date than the deadline has been seen.
     */
    private static Expected expected(List<DatedClaim> sorted, Status current, LocalDate since) {
        LocalDate latestSeen = sorted.stream().map(DatedClaim::date).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        DatedClaim plan = null;
        for (DatedClaim d : sorted) {
            boolean relevant = d.claim().modality() == Modality.PLANNED && d.date() != null
                    && d.claim().status() != current && (since == null || d.date().isAfter(since))
                    // a region's plan does not send a place back in its lifecycle (k1, handed over in 2020,
                    // is not expected to become advisers-only by a country-wide end of combat)
                    && (d.isDirect() || current == null || d.claim().status().ordinal() > current.ordinal());
            if (relevant) {
                plan = d;
            }
        }
        if (plan == null) {
            return null;
        }
        // the deadline is what the plan says; a plan that names none has none, whatever its article's date
        LocalDate by = EventDates.latestDay(plan.claim().eventDate());
        return new Expected(plan.claim().status(), plan.claim().eventDate(), by != null && latestSeen != null && latestSeen.isAfter(by));
    }

    private static List<Evidence> evidence(List<DatedClaim> sorted, List<DatedClaim> supporting, boolean conflict) {
        List<Evidence> out = new ArrayList<>();
        Set<DatedClaim> inRun = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        inRun.addAll(supporting);
        for (int i = supporting.size() - 1; i >= 0 && out.size() < MAX_EVIDENCE / 2; i--) {
            out.add(Evidence.of(supporting.get(i).claim()));
        }
        for (int i = sorted.size() - 1; i >= 0 && out.size() < MAX_EVIDENCE; i--) {
            Claim c = sorted.get(i).claim();
            boolean other = c.modality() != Modality.ASSERTED || (conflict && !inRun.contains(sorted.get(i)));
            if (other) {
                out.add(Evidence.of(c));
            }
        }
        return out;
    }
}
