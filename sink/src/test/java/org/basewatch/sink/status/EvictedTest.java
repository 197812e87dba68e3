package org.basewatch.sink.status;

import org.basewatch.contracts.Claim;
import org.basewatch.contracts.Modality;
import org.basewatch.contracts.PlaceStatus;
import org.basewatch.contracts.Status;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.basewatch.sink.Claims.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A place that keeps only its newest claims decides as if it kept them all, when claims come in
 * event-time order and it keeps more claims than share any one date (then every claim of a dropped
 * claim's date has come before it is dropped).
 */
class EvictedTest {
    private static final int KEPT = 4;
    private static final int MAX_PER_DATE = 1;
    private static final Status[] STATUSES = Status.values();

    @Test
    void shouldDecideFromTheKeptClaimsAndTheDroppedSummaryAsFromEveryClaim() {
        Random random = new Random(7);
        for (int run = 0; run < 500; run++) {
            List<DatedClaim> all = randomClaims(random, 10 + random.nextInt(30));
            all.sort(DatedClaim.BY_EVENT_TIME);
            PlaceTimeline kept = new PlaceTimeline("taji");
            Evicted dropped = Evicted.NONE;
            for (int i = 0; i < all.size(); i++) {
                kept.put("k" + i, all.get(i));
                if (kept.size() > KEPT) {
                    dropped = dropped.drop(kept.sorted());
                    kept.removeOldest();
                }
                List<DatedClaim> seen = all.subList(0, i + 1);
                PlaceStatus full = StatusDecider.decide("taji", seen, 1);
                PlaceStatus capped = StatusDecider.decide("taji", kept.sorted(), 1, dropped);
                String where = "run " + run + " after " + (i + 1) + " claims, dropped " + dropped;
                assertEquals(full.status(), capped.status(), where);
                assertEquals(full.since(), capped.since(), where);
                assertEquals(full.expected(), capped.expected(), where);
                List<String> fullKeys = keys(StatusDecider.transitionsInOrder(seen));
                List<String> cappedKeys = keys(StatusDecider.transitionsInOrder(kept.sorted(), dropped));
                assertTrue(fullKeys.size() >= cappedKeys.size()
                                && fullKeys.subList(fullKeys.size() - cappedKeys.size(), fullKeys.size()).equals(cappedKeys),
                        where + ": the kept claims' transitions are the latest of all the claims' " + fullKeys + " vs " + cappedKeys);
            }
        }
    }

    private static List<String> keys(List<StatusDecider.Transition> transitions) {
        return transitions.stream().map(StatusDecider.Transition::key).toList();
    }

    /**
     * Claims about taji itself and about the country, one a date, the dates further apart than the rule looks back,
     * some plans, some dated only by their arrival.
     */
    private static List<DatedClaim> randomClaims(Random random, int n) {
        List<DatedClaim> out = new ArrayList<>();
        java.util.Map<LocalDate, Integer> perDate = new java.util.HashMap<>();
        while (out.size() < n) {
            int i = out.size();
            boolean direct = random.nextInt(3) > 0;
            Modality modality = random.nextInt(4) == 0 ? Modality.PLANNED : Modality.ASSERTED;
            // the summary is exact for claims further apart than the rule looks back (Evicted)
            LocalDate day = LocalDate.of(2020, 1, 1).plusDays((long) random.nextInt(40) * (Walk.RECENT_DAYS + 1));
            String date = random.nextInt(12) == 0 ? null : day.toString();
            Claim c = claim("a" + i, direct ? "taji" : "iq", STATUSES[random.nextInt(STATUSES.length)], modality, date,
                    0.5 + random.nextInt(4) / 10.0);
            DatedClaim d = DatedClaim.of(c, day, direct ? null : "iq");
            if (perDate.merge(d.date(), 1, Integer::sum) <= MAX_PER_DATE) {
                out.add(d);
            }
        }
        return out;
    }
}
