package org.basewatch.sink.status;

import org.basewatch.contracts.Claim;
import org.basewatch.contracts.Modality;
import org.basewatch.contracts.PlaceStatus;
import org.basewatch.contracts.Status;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.basewatch.sink.Claims.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatusDeciderTest {
    /** After every event date below: an asserted claim is never filed after it arrived (issue 14). */
    private static final LocalDate ARRIVAL = LocalDate.of(2027, 6, 30);

    private static PlaceStatus decide(Claim... claims) {
        List<DatedClaim> dated = new ArrayList<>();
        for (Claim c : claims) {
            dated.add(DatedClaim.of(c, ARRIVAL));
        }
        return StatusDecider.decide("ain-al-asad", dated, claims.length);
    }

    @Test
    void shouldTakeTheLatestAssertedClaimByEventDateNotByListOrder() {
        Claim newer = claim("n", "ain-al-asad", Status.WITHDRAWN, Modality.ASSERTED, "2026-01-18");
        Claim older = claim("o", "ain-al-asad", Status.ADVISORY_ONLY, Modality.ASSERTED, "2021-12-18");
        assertEquals(Status.WITHDRAWN, decide(newer, older).status());
        assertEquals(Status.WITHDRAWN, decide(older, newer).status());
        assertEquals("2026-01-18", decide(older, newer).since());
    }

    @Test
    void shouldDateSinceFromTheStartOfTheCurrentRunAndAsOfFromItsLatestEvidence() {
        PlaceStatus row = decide(
                claim("a", "ain-al-asad", Status.PRESENT, Modality.ASSERTED, "2020-01-01"),
                claim("b", "ain-al-asad", Status.ADVISORY_ONLY, Modality.ASSERTED, "2021-12-18"),
                claim("c", "ain-al-asad", Status.ADVISORY_ONLY, Modality.ASSERTED, "2022-06"));
        assertEquals(Status.ADVISORY_ONLY, row.status());
        assertEquals("2021-12-18", row.since());
        assertEquals("2022-06", row.asOf());
        assertEquals(2, row.stories());
    }

    @Test
    void shouldNeverMoveTheStatusOnDenialsOrDemands() {
        PlaceStatus row = decide(
                claim("a", "ain-al-asad", Status.ADVISORY_ONLY, Modality.ASSERTED, "2021-12-18"),
                claim("d", "ain-al-asad", Status.WITHDRAWN, Modality.DEMANDED, "2022-01-05"),
                claim("x", "ain-al-asad", Status.WITHDRAWN, Modality.DENIED, "2022-02-01"));
        assertEquals(Status.ADVISORY_ONLY, row.status());
        assertTrue(row.evidence().stream().anyMatch(e -> e.modality() == Modality.DEMANDED));
        assertTrue(row.evidence().stream().anyMatch(e -> e.modality() == Modality.DENIED));
    }

    @Test
    void shouldSetExpectedFromAPlanAndMarkItOverdueOnceALaterDateHasPassedIt() {
        Claim present = claim("p", "harir", Status.PRESENT, Modality.ASSERTED, "2026-01-15");
        Claim plan = claim("q", "harir", Status.WITHDRAWN, Modality.PLANNED, "2026-12-31");
        PlaceStatus row = decide(present, plan);
        assertEquals(Status.PRESENT, row.status());
        assertEquals(Status.WITHDRAWN, row.expected().status());
        assertEquals("2026-12-31", row.expected().by());
        assertFalse(row.expected().overdue());

        Claim stillThere = claim("r", "harir", Status.PRESENT, Modality.ASSERTED, "2027-02-01");
        PlaceStatus later = decide(present, plan, stillThere);
        assertEquals(Status.PRESENT, later.status());
        assertTrue(later.expected().overdue(), "a deadline passed without an asserted change is overdue");
    }

    @Test
    void shouldDropThePlanOnceAnAssertedClaimFulfilsIt() {
        PlaceStatus row = decide(
                claim("p", "harir", Status.PRESENT, Modality.ASSERTED, "2026-01-15"),
                claim("q", "harir", Status.WITHDRAWN, Modality.PLANNED, "2026-12-31"),
                claim("w", "harir", Status.WITHDRAWN, Modality.ASSERTED, "2026-12-30"));
        assertEquals(Status.WITHDRAWN, row.status());
        assertNull(row.expected());
    }

    @Test
    void shouldFlagConflictWhenAssertedClaimsDisagreeOnTheSameDate() {
        PlaceStatus row = decide(
                claim("a", "ain-al-asad", Status.WITHDRAWN, Modality.ASSERTED, "2026-01-18"),
                claim("b", "ain-al-asad", Status.PRESENT, Modality.ASSERTED, "2026-01-18"));
        assertTrue(row.conflict());
        assertTrue(row.evidence().stream().anyMatch(e -> e.status() == Status.WITHDRAWN));
        assertTrue(row.evidence().stream().anyMatch(e -> e.status() == Status.PRESENT));
    }

    @Test
    void shouldDateAnUndatedClaimByPublicationThenByTheLatestMentionedDateAsApproximate() {
        Claim published = new Claim("u", "joc-hq", Status.WITHDRAWN, Modality.ASSERTED, null, null, "e", 0, 1, 0.8,
                null, "u", "o", 1, "2026-01-02");
        assertEquals("2026-01-02", decide(published).since());
        assertFalse(decide(published).approximate());
        Claim mentioned = new Claim("m", "joc-hq", Status.WITHDRAWN, Modality.ASSERTED, null, null, "e", 0, 1, 0.8,
                null, "m", "o", 1, null, "2025-11-06");
        PlaceStatus row = decide(claim("old", "joc-hq", Status.PRESENT, Modality.ASSERTED, "2021-12-29"), mentioned);
        assertEquals(Status.WITHDRAWN, row.status(), "an undated article citing a 2025 statement is newer than a 2021 claim");
        assertTrue(row.approximate());
    }

    @Test
    void shouldNotLetAClaimDatedOnlyByItsArrivalOutrankOneTheTextDates() {
        Claim undated = new Claim("u", "iq", Status.WITHDRAWING, Modality.ASSERTED, null, null, "e", 0, 1, 0.9,
                null, "u", "o", 1, null, null);
        PlaceStatus row = decide(claim("d", "iq", Status.ADVISORY_ONLY, Modality.ASSERTED, "2021-12-29"), undated);
        assertEquals(Status.ADVISORY_ONLY, row.status(), "arrival in 2026 says nothing about when the old article's claim held");
        assertEquals(Status.WITHDRAWING, decide(undated).status(), "alone, the arrival date is the last resort");
        assertTrue(decide(undated).approximate());
    }

    @Test
    void shouldDecideTheSameWhateverTheOrderOfClaims() {
        List<Claim> claims = List.of(
                claim("a", "ain-al-asad", Status.PRESENT, Modality.ASSERTED, "2020-05-01"),
                claim("b", "ain-al-asad", Status.ADVISORY_ONLY, Modality.ASSERTED, "2021-12-18"),
                claim("c", "ain-al-asad", Status.WITHDRAWING, Modality.ASSERTED, "2025-08-25"),
                claim("d", "ain-al-asad", Status.WITHDRAWN, Modality.PLANNED, "2025-12-31"),
                claim("e", "ain-al-asad", Status.WITHDRAWN, Modality.ASSERTED, "2026-01-18"),
                claim("f", "ain-al-asad", Status.WITHDRAWN, Modality.DENIED, "2026-01-20"));
        PlaceStatus expected = decide(claims.toArray(Claim[]::new));
        Random random = new Random(7);
        for (int i = 0; i < 50; i++) {
            List<Claim> shuffled = new ArrayList<>(claims);
            Collections.shuffle(shuffled, random);
            assertEquals(expected, decide(shuffled.toArray(Claim[]::new)));
        }
    }
}
