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
import org.basewatch.contracts.Why;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Where a place's status is decided, from every claim about the place and the scopes above it, in event time,
 * whatever order they arrived in. The rule, whole:
 * <ol>
 * <li><b>Evidence.</b> Only ASSERTED claims are evidence for a status; PLANNED ones set what is expected next, DENIED
 * and DEMANDED ones are shown and never move it. A claim stands for its status over the days it can mean
 * ({@link DatedClaim}): one day; a whole month or year (never only its last day, never after its article was
 * published); for an undated claim of an undated article, any day between the latest date the article mentions and
 * its arrival. A scope's claim (country, region, governorate) speaks for a place only where it would not move the
 * place back past what was said about the place itself by then; a claim dated only by its arrival only while no claim
 * is dated by its text.</li>
 * <li><b>Weight.</b> Confidence × specificity (the place itself 1, its governorate .7, region .5, country .35) × date
 * precision (day 1, month .75, year .5, publication day .8, between bounds .3, arrival .2), in {@link Vote}. One story
 * is one source: a status's support on a day is, over the stories whose claims for it begin in the
 * {@value Walk#RECENT_DAYS} days up to that day, the sum of each story's heaviest claim, and their number.</li>
 * <li><b>Walk.</b> Claims are taken in the order of the first day they can mean, a vaguer one before a precise one of
 * the same day ({@link Walk}). Each step's claims for another status challenge the current one, support against support:
 * the place's own claims replace a status only its scopes' claims carry when they weigh more (no lifecycle margin, no
 * count of stories for the scopes); a lone story never overturns a status two or more stories support (the row becomes disputed); two or more stories
 * overturn a status one story supports; otherwise the heavier wins, a step back in the lifecycle (PRESENT →
 * ADVISORY_ONLY → WITHDRAWING → WITHDRAWN is forward) needing {@value Walk#BACKWARD_MARGIN} more. A month, year or span
 * that holds the day of a precise claim does not count against it (the status may have changed that day). A
 * challenge that loses is overruled and kept.</li>
 * <li><b>Row.</b> The status is the walk's last; {@code since} the date of its earliest claim that pins it (the one
 * that can mean the earliest last day), {@code asOf} its latest (by the first day it can mean); {@code disputed} when the current status overruled
 * claims; {@code why} names the claims that carried it and those it overruled; {@code inheritedFrom} the scope when
 * only a scope's claims carry it. Each change of status on the walk is a {@link Transition}.</li>
 * <li><b>Scopes.</b> A scope (country, region, governorate) agrees with the places inside it, each decided by this rule
 * ({@link Scopes}): it is never WITHDRAWN while a place inside is PRESENT, ADVISORY_ONLY or WITHDRAWING (it shows that
 * place's status, disputed); where its own claims decide no status, its row summarises the places inside: the status of the one
 * least far in the lifecycle (forces anywhere inside, forces in the scope; WITHDRAWN only when every place inside with a
 * status is), {@code why} naming them. Its published timeline follows the same rule day by day.</li>
 * </ol>
 */
public final class StatusDecider {
    static final int MAX_EVIDENCE = 12;

    private StatusDecider() {
    }

    /** The row for {@code place} from its claims; its status is null while no claim asserts one. */
    public static PlaceStatus decide(String place, List<DatedClaim> claims, long version) {
        return decide(place, claims, version, Evicted.NONE);
    }

    /**
     * The row for {@code place} from the claims it keeps (its own, its scopes', and those asserted about places inside
     * it) and what those it dropped still decide.
     */
    public static PlaceStatus decide(String place, List<DatedClaim> claims, long version, Evicted evicted) {
        return decide(place, claims, ownClaims(place, claims), version, evicted);
    }

    /** {@link #decide(String, List, long, Evicted)} with the place's own claims ({@link #ownClaims}) already at hand. */
    static PlaceStatus decide(String place, List<DatedClaim> claims, List<DatedClaim> own, long version, Evicted evicted) {
        return Scopes.heldUpFromInside(place, decideOwn(place, own, version, evicted), claims);
    }

    /** Whether {@code d} is news from a place inside {@code place}, not a claim about it or one of its scopes. */
    public static boolean isFromInside(String place, DatedClaim d) {
        return d.isDirect() && d.claim().place() != null && Places.within(d.claim().place(), place);
    }

    /** The claims about {@code place} itself and its scopes: all but the news from inside it. */
    public static List<DatedClaim> ownClaims(String place, List<DatedClaim> claims) {
        return claims.stream().filter(d -> !isFromInside(place, d)).toList();
    }

    /** The row for {@code place} from its own and its scopes' claims alone. */
    static PlaceStatus decideOwn(String place, List<DatedClaim> claims, long version, Evicted evicted) {
        List<DatedClaim> sorted = new ArrayList<>(claims);
        sorted.sort(DatedClaim.BY_EVENT_TIME);
        Evicted dropped = evicted.before(asserted(sorted));
        Walk walk = walk(sorted, dropped);
        Walk.Run run = walk.current();
        Status status = run == null ? null : run.status;
        String since = dropped.since();
        String asOf = dropped.asOf();
        boolean approximate = false;
        LocalDate sinceDay = EventDates.latestDay(since);
        List<DatedClaim> supporting = run == null ? List.of() : run.votes.stream().map(Vote::dated).sorted(DatedClaim.BY_EVENT_TIME).toList();
        if (!supporting.isEmpty()) {
            DatedClaim pin = run.began == null ? null : supporting.stream()
                    .min(Comparator.comparing(DatedClaim::until).thenComparing(DatedClaim::from)).orElseThrow();
            if (pin != null) {
                since = pin.dateText();
                sinceDay = pin.date();
                approximate = pin.approximate();
            }
            asOf = supporting.stream().max(Comparator.comparing(DatedClaim::from).thenComparing(DatedClaim::until))
                    .orElseThrow().dateText();
        }
        List<DatedClaim> plans = sorted;
        if (dropped.plans() != null && !dropped.plans().isEmpty()) {
            plans = new ArrayList<>(dropped.droppedPlans());
            plans.addAll(sorted);
        }
        Expected expected = expected(plans, status, sinceDay);
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
        String inheritedFrom = supporting.isEmpty() || supporting.stream().anyMatch(DatedClaim::isDirect)
                ? null : supporting.get(supporting.size() - 1).inheritedFrom();
        List<DatedClaim> overruled = run == null ? List.of() : run.overruled.stream().map(Vote::dated).sorted(DatedClaim.BY_EVENT_TIME).toList();
        boolean disputed = !overruled.isEmpty();
        Why why = run == null ? null : new Why(summary(run, since, stories.size(), overruled), latestFirst(supporting), latestFirst(overruled));
        return new PlaceStatus(place, p == null ? place : p.english(), status, since, asOf, expected,
                sourceCount, stories.size(), disputed, approximate, inheritedFrom,
                evidence(sorted, supporting, overruled), version, disputed, why);
    }

    /** A change of status on the event-time timeline of a place, with how many stories and how strong a claim made it. */
    public record Transition(Status from, Status to, String effectiveDate, Claim evidence, int stories, double confidence,
                             LocalDate day) {
        /** Identifies the transition whatever evidence or detection time came with it. */
        public String key() {
            return from + ">" + to + "@" + effectiveDate;
        }

        /**
         * What a status change announces: the status reached and when. A late claim may change where a place came from
         * before a change (PRESENT→WITHDRAWN becomes ADVISORY_ONLY→WITHDRAWN on the same day): that is not a new change.
         */
        public String announced() {
            return to + "@" + effectiveDate;
        }

        /** The same transition as {@code other} (whatever its evidence): what {@link #key()} compares, without building it. */
        public boolean sameAs(Transition other) {
            return from == other.from && to == other.to && Objects.equals(effectiveDate, other.effectiveDate);
        }
    }

    /** The place's status changes in event time: one transition wherever the walk's status changes (the first from null). */
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
        Evicted dropped = evicted.before(asserted(sorted));
        List<Transition> out = new ArrayList<>();
        Status before = dropped.status();
        for (Walk.Run run : walk(sorted, dropped).runs()) {
            if (run.began != null) {
                Claim c = run.began.dated().claim();
                out.add(new Transition(before, run.status, run.began.dated().dateText(), c, run.beganWith.stories(), c.confidence(),
                        run.began.from()));
            }
            before = run.status;
        }
        return out;
    }

    /**
     * Every place's timeline as it is published, from the claims routed to each (none dropped): its own and its scopes'
     * claims walked, a scope's withdrawal held up while a place inside still has forces (Scopes).
     */
    public static Map<String, List<Transition>> publishedTimelines(Map<String, List<DatedClaim>> claimsByPlace) {
        List<String> deepestFirst = new ArrayList<>(claimsByPlace.keySet());
        deepestFirst.sort(Comparator.comparingInt((String p) -> -Places.ancestors(p).size()).thenComparing(p -> p));
        Map<String, List<Transition>> out = new TreeMap<>();
        for (String place : deepestFirst) {
            List<List<Transition>> inside = new ArrayList<>();
            out.forEach((other, timeline) -> {
                if (Places.within(other, place)) {
                    inside.add(timeline);
                }
            });
            out.put(place, Scopes.heldUpTimeline(transitions(ownClaims(place, claimsByPlace.get(place))), inside));
        }
        return out;
    }

    /** The status the walk reaches from {@code status} with one more asserted claim (one a place drops): its summary. */
    static Status statusAfter(Status status, boolean inherited, DatedClaim claim) {
        if (claim.from() == null) {
            return status;
        }
        Walk.Run run = Walk.of(List.of(Vote.of(claim)), status, inherited).current();
        return run == null ? status : run.status;
    }

    private static List<DatedClaim> asserted(List<DatedClaim> sorted) {
        return sorted.stream().filter(d -> d.claim().modality() == Modality.ASSERTED).toList();
    }

    private static Walk walk(List<DatedClaim> sorted, Evicted dropped) {
        // a claim nothing dates (not even its arrival) has no place on the timeline
        return Walk.of(applicable(asserted(sorted), dropped).stream().filter(d -> d.from() != null).map(Vote::of).toList(),
                dropped.status(), dropped.inherited());
    }

    private static String summary(Walk.Run run, String since, int stories, List<DatedClaim> overruled) {
        StringBuilder s = new StringBuilder(run.status + " since " + since + " on " + stories + (stories == 1 ? " story" : " stories"));
        if (run.began == null) {
            s.append(", continuing what dropped older claims decided");
        }
        if (!overruled.isEmpty()) {
            Set<Status> contrary = new TreeSet<>();
            overruled.forEach(d -> contrary.add(d.claim().status()));
            s.append("; disputed: overruled ").append(overruled.size()).append(overruled.size() == 1 ? " claim" : " claims")
                    .append(" for ").append(contrary);
        }
        return s.toString();
    }

    private static List<Evidence> latestFirst(List<DatedClaim> claims) {
        List<Evidence> out = new ArrayList<>();
        for (int i = claims.size() - 1; i >= 0 && out.size() < MAX_EVIDENCE / 2; i--) {
            out.add(Evidence.of(claims.get(i).claim()));
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

    /** The claims that carried the status (latest first), then those it overruled and the plans, denials and demands. */
    private static List<Evidence> evidence(List<DatedClaim> sorted, List<DatedClaim> supporting, List<DatedClaim> overruled) {
        List<Evidence> out = new ArrayList<>(latestFirst(supporting));
        Set<DatedClaim> shown = Collections.newSetFromMap(new IdentityHashMap<>());
        shown.addAll(overruled);
        for (int i = sorted.size() - 1; i >= 0 && out.size() < MAX_EVIDENCE; i--) {
            DatedClaim d = sorted.get(i);
            if (d.claim().modality() != Modality.ASSERTED || shown.contains(d)) {
                out.add(Evidence.of(d.claim()));
            }
        }
        return out;
    }
}
