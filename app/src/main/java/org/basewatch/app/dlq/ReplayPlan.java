package org.basewatch.app.dlq;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which dead letters a replay re-publishes: those of the chosen reason that today's validation accepts, that were
 * not cut, and that no earlier replay already re-published. The others are counted, so the operator sees why.
 */
public record ReplayPlan(List<DeadLetter> replay, int alreadyReplayed, int stillRejected, int truncated, int otherReason) {

    public static ReplayPlan of(List<DeadLetter> letters, String topic, String reason, Set<String> replayed,
                                Predicate<DeadLetter> acceptedNow) {
        List<DeadLetter> replay = new ArrayList<>();
        int already = 0;
        int rejected = 0;
        int cut = 0;
        int other = 0;
        for (DeadLetter d : letters) {
            if (reason != null && !reason.equals(d.reason())) {
                other++;
            } else if (replayed.contains(d.coordinates(topic))) {
                already++;
            } else if (d.truncated()) {
                cut++;
            } else if (!acceptedNow.test(d)) {
                rejected++;
            } else {
                replay.add(d);
            }
        }
        return new ReplayPlan(replay, already, rejected, cut, other);
    }

    public String summary() {
        return "replayed " + replay.size() + "; skipped: " + alreadyReplayed + " replayed before, " + stillRejected
                + " still rejected, " + truncated + " cut to their first megabyte, " + otherReason + " of other reasons";
    }
}
