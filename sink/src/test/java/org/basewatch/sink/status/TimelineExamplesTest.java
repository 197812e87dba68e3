package org.basewatch.sink.status;

import org.basewatch.contracts.Claim;
import org.basewatch.contracts.DatePrecision;
import org.basewatch.contracts.Modality;
import org.basewatch.contracts.PlaceStatus;
import org.basewatch.contracts.Status;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cases of issue 15, with the claims the extractor reads from the sample articles. */
class TimelineExamplesTest {
    private static final LocalDate ARRIVAL = LocalDate.of(2026, 12, 7);

    /** Harir's asserted claims in samples/articles.jsonl (sample-16 has no publication date; it mentions 2014). */
    private static List<DatedClaim> harirInTheSamples() {
        return new ArrayList<>(List.of(
                claim("sample-12", Status.PRESENT, "2024-01-08", "2024-01-08", null, 0.35),
                claim("sample-14", Status.PRESENT, "2025-11-07", "2025-11-07", null, 0.64),
                claim("sample-15", Status.PRESENT, "2026-01-26", "2026-01-26", null, 0.94),
                claim("sample-16", Status.PRESENT, null, null, "2014", 0.9),
                claim("sample-17", Status.PRESENT, "2026-03-15", "2026-03-15", null, 0.93),
                claim("sample-19", Status.PRESENT, "2026-11-16", "2026-11-16", null, 0.59)));
    }

    @Test
    void shouldEndTheHarirReproductionWithdrawnOnTheFifthWithOneChange() {
        List<DatedClaim> claims = harirInTheSamples();
        List<StatusDecider.Transition> before = StatusDecider.transitions(claims);
        // «انسحبت القوات الأمريكية بالكامل من قاعدة حرير الجوية يوم 5 كانون الأول 2026», published the next day
        claims.add(claim("harir-repro", Status.WITHDRAWN, "2026-12-05", "2026-12-06", null, 0.9));

        PlaceStatus row = StatusDecider.decide("harir", claims, 1);
        List<StatusDecider.Transition> after = StatusDecider.transitions(claims);

        assertEquals(Status.WITHDRAWN, row.status(), row.why().summary());
        assertEquals("2026-12-05", row.since());
        List<StatusDecider.Transition> added = after.stream().filter(t -> before.stream().noneMatch(t::sameAs)).toList();
        assertEquals(1, added.size(), "one change: " + added);
        assertEquals(Status.PRESENT, added.get(0).from());
        assertEquals(Status.WITHDRAWN, added.get(0).to());
    }

    @Test
    void shouldNotLetAYearOnlyPresenceOutrankADatedWithdrawalInsideTheYear() {
        List<DatedClaim> claims = harirInTheSamples();
        claims.add(claim("harir-repro", Status.WITHDRAWN, "2026-12-05", "2026-12-06", null, 0.9));
        // "present during 2026", from an article of December: the whole year, not its last day
        claims.add(claim("year-only", Status.PRESENT, "2026", "2026-12-20", null, 0.95));

        PlaceStatus row = StatusDecider.decide("harir", claims, 1);

        assertEquals(Status.WITHDRAWN, row.status(), row.why().summary());
        assertEquals("2026-12-05", row.since());
    }

    @Test
    void shouldDateAnUndatedClaimOfAnUndatedArticleBetweenItsBoundsNeverSinceTheLowerOne() {
        // sample-16 alone: an undated article whose only date is the background year 2014
        DatedClaim undated = claim("sample-16", Status.WITHDRAWN, null, null, "2014", 0.99);

        PlaceStatus row = StatusDecider.decide("ain-al-asad", List.of(undated), 1);

        assertEquals(Status.WITHDRAWN, row.status());
        assertEquals("2014-01-01/2026-12-07", row.since(), "some time between 2014 and its arrival");
        assertTrue(row.approximate());
    }

    @Test
    void shouldLetDatedClaimsSaySinceWhenAnUndatedOneAgreesWithThem() {
        List<DatedClaim> claims = new ArrayList<>(List.of(
                claim("sample-16", Status.WITHDRAWN, null, null, "2014", 0.99),
                claim("sample-14", Status.ADVISORY_ONLY, "2025-11-07", "2025-11-07", null, 0.89),
                claim("sample-15", Status.WITHDRAWN, "2026-01", "2026-01-26", null, 0.95),
                claim("sample-17", Status.WITHDRAWN, "2026-01", "2026-03-15", null, 0.9)));

        PlaceStatus row = StatusDecider.decide("ain-al-asad", claims, 1);

        assertEquals(Status.WITHDRAWN, row.status(), row.why().summary());
        assertEquals("2026-01", row.since());
        assertNotEquals("2014-12-31", row.since());
    }

    @Test
    void shouldMarkALoneContraryClaimDisputedWithBothSidesInsteadOfFlipping() {
        List<DatedClaim> claims = new ArrayList<>(List.of(
                claim("a", Status.PRESENT, "2026-11-01", "2026-11-01", null, 0.7),
                claim("b", Status.PRESENT, "2026-11-10", "2026-11-10", null, 0.6),
                claim("lone", Status.WITHDRAWN, "2026-11-20", "2026-11-20", null, 1.0)));

        PlaceStatus row = StatusDecider.decide("harir", claims, 1);

        assertEquals(Status.PRESENT, row.status());
        assertTrue(row.disputed());
        assertEquals(List.of("b", "a"), row.why().carried().stream().map(e -> e.articleId()).toList());
        assertEquals(List.of("lone"), row.why().overruled().stream().map(e -> e.articleId()).toList());

        claims.add(claim("second", Status.WITHDRAWN, "2026-11-22", "2026-11-22", null, 0.5));
        PlaceStatus corroborated = StatusDecider.decide("harir", claims, 1);

        assertEquals(Status.WITHDRAWN, corroborated.status(), "a corroborated claim changes it");
        assertFalse(corroborated.disputed());
    }

    @Test
    void shouldNotReopenAPlaceOnOneWeakStepBackButOnAStrongOne() {
        List<DatedClaim> claims = new ArrayList<>(List.of(
                claim("left", Status.WITHDRAWN, "2025-01-10", "2025-01-10", null, 0.9),
                claim("weak", Status.PRESENT, "2025-06-01", "2025-06-01", null, 0.4)));

        assertEquals(Status.WITHDRAWN, StatusDecider.decide("taji", claims, 1).status());

        claims.add(claim("strong", Status.PRESENT, "2025-09-01", "2025-09-01", null, 0.95));
        assertEquals(Status.PRESENT, StatusDecider.decide("taji", claims, 1).status());
    }

    @Test
    void shouldLetThePlacesOwnClaimReplaceAStatusOnlyItsCountryCarried() {
        // seeds: the end of the combat mission in Iraq (2021), then an undated article: US forces concentrate at Harir
        DatedClaim country = DatedClaim.of(claim("seed-003", Status.ADVISORY_ONLY, "2021-12-29", "2021-12-30", null, 0.9).claim(),
                ARRIVAL, "iq");
        DatedClaim own = claim("seed-005", Status.PRESENT, null, null, "2025-11-06", 0.5);

        PlaceStatus row = StatusDecider.decide("harir", List.of(country, own), 1);

        assertEquals(Status.PRESENT, row.status(), row.why().summary());
        assertNull(row.inheritedFrom());
    }

    private static DatedClaim claim(String article, Status status, String eventDate, String publishedAt, String notBefore,
                                    double confidence) {
        DatePrecision precision = eventDate == null ? null
                : eventDate.length() == 4 ? DatePrecision.YEAR : eventDate.length() == 7 ? DatePrecision.MONTH : DatePrecision.DAY;
        Claim c = new Claim(article, "harir", status, Modality.ASSERTED, eventDate, precision, "evidence of " + article,
                0, 10, confidence, null, "story-" + article, "outlet-" + article, 1, publishedAt, notBefore);
        return DatedClaim.of(c, ARRIVAL);
    }
}
