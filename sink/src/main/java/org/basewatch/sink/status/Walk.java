package org.basewatch.sink.status;

import org.basewatch.contracts.Status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The walk of {@link StatusDecider}'s rule through a place's votes in event time: the runs of one status it
 * goes through, and what each run overruled. Steps 3 of the rule, and nothing else.
 */
final class Walk {
    /** Evidence this many days before a day still speaks for it. */
    static final int RECENT_DAYS = 90;
    /** The extra weight a step back in the lifecycle needs over the status it replaces. */
    static final double BACKWARD_MARGIN = 0.5;
    /** Stories that make a status corroborated. */
    static final int CORROBORATED = 2;

    /** What a status has behind it on a day: the summed weight of its stories (each its heaviest vote) and how many. */
    record Support(double weight, int stories) {
    }

    /** A stretch of one status: the vote that began it (null when it comes from dropped claims), its votes, what it overruled. */
    static final class Run {
        final Status status;
        final Vote began;
        final Support beganWith;
        final List<Vote> votes = new ArrayList<>();
        final List<Vote> overruled = new ArrayList<>();
        /** For a run from dropped claims: whether only scopes' claims carried it. */
        final boolean droppedInherited;

        Run(Status status, Vote began, Support beganWith) {
            this(status, began, beganWith, false);
        }

        Run(Status status, Vote began, Support beganWith, boolean droppedInherited) {
            this.status = status;
            this.began = began;
            this.beganWith = beganWith;
            this.droppedInherited = droppedInherited;
        }
    }

    private final List<Run> runs = new ArrayList<>();
    /** The votes walked so far by status, each list in walk order (by first day), so support looks back only as far as it counts. */
    private final Map<Status, List<Vote>> seen = new EnumMap<>(Status.class);

    private Walk() {
    }

    /** Walks {@code votes} (any order) from the status the dropped claims left, if any, and whether only scopes carried it. */
    static Walk of(List<Vote> votes, Status droppedStatus, boolean droppedInherited) {
        Walk walk = new Walk();
        if (droppedStatus != null) {
            walk.runs.add(new Run(droppedStatus, null, new Support(0, 0), droppedInherited));
        }
        List<Vote> sorted = new ArrayList<>(votes);
        sorted.sort(Vote.IN_WALK_ORDER);
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            Vote first = sorted.get(i);
            while (j < sorted.size() && sorted.get(j).from().equals(first.from()) && sorted.get(j).precise() == first.precise()) {
                j++;
            }
            walk.step(sorted.subList(i, j));
            i = j;
        }
        return walk;
    }

    List<Run> runs() {
        return runs;
    }

    Run current() {
        return runs.isEmpty() ? null : runs.get(runs.size() - 1);
    }

    /** The votes of one step (one first day, all precise or all vague) challenge the current status. */
    private void step(List<Vote> votes) {
        votes.forEach(v -> seen.computeIfAbsent(v.status(), s -> new ArrayList<>()).add(v));
        LocalDate day = votes.get(0).from();
        boolean precise = votes.get(0).precise();
        Map<Status, List<Vote>> byStatus = new EnumMap<>(Status.class);
        votes.forEach(v -> byStatus.computeIfAbsent(v.status(), s -> new ArrayList<>()).add(v));
        Run current = current();
        if (current != null && byStatus.containsKey(current.status)) {
            current.votes.addAll(byStatus.remove(current.status));
        }
        if (byStatus.isEmpty()) {
            return;
        }
        Map<Status, Support> supports = new EnumMap<>(Status.class);
        byStatus.keySet().forEach(s -> supports.put(s, support(s, day, null)));
        Status challenger = byStatus.keySet().stream()
                .max(Comparator.comparing((Status s) -> supports.get(s).stories())
                        .thenComparingDouble(s -> supports.get(s).weight())
                        .thenComparing(Comparator.reverseOrder()))
                .orElseThrow();
        Support against = supports.get(challenger);
        if (current == null || overturns(current, challenger, byStatus.get(challenger), against, day, precise)) {
            Run next = new Run(challenger, heaviest(byStatus.get(challenger)), against);
            next.votes.addAll(byStatus.remove(challenger));
            runs.add(next);
            current = next;
        }
        for (List<Vote> rest : byStatus.values()) {
            current.overruled.addAll(rest);
        }
    }

    /**
     * Whether a challenger with {@code against} behind it replaces the current status on {@code day}: the place's own
     * claims replace a status only its scopes' claims carry when they weigh more; a lone story never
     * overturns a corroborated status; a corroborated challenger overturns an uncorroborated status; else the heavier
     * wins, a step back in the lifecycle needing {@link #BACKWARD_MARGIN} more, unless the current status rests only on
     * vague votes that could have ended on that very day.
     */
    private boolean overturns(Run current, Status challenger, List<Vote> challenging, Support against, LocalDate day,
                              boolean precise) {
        // a place inherits a scope's claims only until it has evidence of its own
        // (a month or year around a precise claim's day says nothing against it, so it does not make the status the place's own)
        boolean inheritedOnly = (current.began != null || current.droppedInherited) && current.votes.stream()
                .filter(v -> !precise || !v.vagueAround(day)).noneMatch(v -> v.dated().isDirect());
        Support held = support(current.status, day, precise ? day : null);
        if (inheritedOnly && challenging.stream().anyMatch(v -> v.dated().isDirect())) {
            // neither the lifecycle nor the count of stories stands for a scope against the place's own word: weight alone
            return against.weight() > held.weight();
        }
        if (against.stories() < CORROBORATED && held.stories() >= CORROBORATED) {
            return false;
        }
        if (against.stories() >= CORROBORATED && held.stories() < CORROBORATED) {
            return true;
        }
        boolean firm = !precise || current.began == null || current.votes.stream().anyMatch(v -> !v.vagueAround(day));
        boolean backward = challenger.ordinal() < current.status.ordinal();
        double margin = firm && backward ? BACKWARD_MARGIN : 0;
        return against.weight() > held.weight() + margin;
    }

    /**
     * The support of {@code status} on {@code day}: the stories whose votes for it begin in the last {@link #RECENT_DAYS}
     * days, each counted once by its heaviest vote, leaving out votes vague around {@code precise} (they would hold had
     * the status changed that day).
     */
    Support support(Status status, LocalDate day, LocalDate precise) {
        Map<String, Double> byStory = new HashMap<>();
        List<Vote> votes = seen.getOrDefault(status, List.of());
        LocalDate tooOld = day.minusDays(RECENT_DAYS);
        // walk order is by first day: the votes recent at the day being walked are the last ones of each status
        for (int i = votes.size() - 1; i >= 0 && votes.get(i).from().isAfter(tooOld); i--) {
            Vote v = votes.get(i);
            if (v.recentAt(day, RECENT_DAYS) && (precise == null || !v.vagueAround(precise))) {
                byStory.merge(v.story(), v.weight(), Math::max);
            }
        }
        // summed in one order whatever order the claims came in, so the same claims always weigh the same
        return new Support(byStory.values().stream().sorted().mapToDouble(Double::doubleValue).sum(), byStory.size());
    }

    private static Vote heaviest(List<Vote> votes) {
        return votes.stream().max(Comparator.comparingDouble(Vote::weight)).orElseThrow();
    }
}
