package org.basewatch.app.dlq;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which dead letters a replay picks, and why it leaves the others. */
class ReplayPlanTest {

    @Test
    void shouldReplayOnlyAcceptedUncutOnesOfTheReasonNotReplayedBefore() {
        DeadLetter good = letter(0, "unsupported-language", "ok", false);
        DeadLetter done = letter(1, "unsupported-language", "ok", false);
        DeadLetter cut = letter(2, "unsupported-language", "ok", true);
        DeadLetter bad = letter(3, "unsupported-language", "bad", false);
        DeadLetter other = letter(4, "corrupt-json", "ok", false);
        ReplayPlan plan = ReplayPlan.of(List.of(good, done, cut, bad, other), "articles-dlq", "unsupported-language",
                Set.of("articles-dlq/0/1"), d -> new String(d.value(), StandardCharsets.UTF_8).equals("ok"));
        assertEquals(List.of(good), plan.replay());
        assertEquals(new ReplayPlan(List.of(good), 1, 1, 1, 1), plan);
    }

    @Test
    void shouldSummariseByReasonWithExamples() {
        List<DeadLetterSummary.Reason> reasons = DeadLetterSummary.byReason(List.of(letter(0, "b", "x", false),
                letter(1, "a", "x", false), letter(2, "b", "x", false), letter(3, null, "x", false)));
        assertEquals(List.of("(no reason)", "a", "b"), reasons.stream().map(DeadLetterSummary.Reason::reason).toList());
        assertEquals(2, reasons.get(2).count());
        assertEquals(List.of("0/0 key-0: detail", "0/2 key-2: detail"), reasons.get(2).examples());
    }

    private static DeadLetter letter(long offset, String reason, String value, boolean truncated) {
        return new DeadLetter(0, offset, "key-" + offset, value.getBytes(StandardCharsets.UTF_8), reason, "detail", truncated, 0L);
    }
}
