package org.basewatch.sink.status;

import org.basewatch.contracts.Claim;
import org.basewatch.contracts.DatePrecision;
import org.basewatch.contracts.Modality;
import org.basewatch.contracts.PlaceStatus;
import org.basewatch.contracts.Status;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An ASSERTED claim is never filed after its article's publication, nor long after it arrived: one date cannot pin a row. */
class DatedClaimTest {
    private static final LocalDate ARRIVAL = LocalDate.of(2026, 1, 20);

    private static Claim claim(String article, Status status, Modality modality, String eventDate, String publishedAt) {
        DatePrecision precision = eventDate == null ? null
                : eventDate.length() == 4 ? DatePrecision.YEAR : eventDate.length() == 7 ? DatePrecision.MONTH : DatePrecision.DAY;
        return new Claim(article, "harir", status, modality, eventDate, precision, "evidence", 0, 8, 0.9, null, article,
                "outlet", 1, publishedAt);
    }

    @Test
    void shouldFileAnAssertedClaimDatedAfterItsArticleUnderThePublicationDate() {
        DatedClaim d = DatedClaim.of(claim("a", Status.WITHDRAWN, Modality.ASSERTED, "9999-01-01", "2026-01-18"), ARRIVAL);

        assertEquals(LocalDate.of(2026, 1, 18), d.date());
        assertTrue(d.approximate());
        assertEquals("published", d.dateBasis());
    }

    @Test
    void shouldFileAnUndatedArticlesFutureClaimUnderItsArrival() {
        DatedClaim d = DatedClaim.of(claim("a", Status.WITHDRAWN, Modality.ASSERTED, "2027-06-01", null), ARRIVAL);

        assertEquals(ARRIVAL.plusDays(1), d.date());
        assertEquals("arrival", d.dateBasis());
    }

    @Test
    void shouldFileAYearSaidBeforeItsEndNoLaterThanThePublication() {
        DatedClaim d = DatedClaim.of(claim("a", Status.PRESENT, Modality.ASSERTED, "2026", "2026-01-18"), ARRIVAL);

        assertEquals(LocalDate.of(2026, 1, 18), d.date());
        assertEquals("2026", d.dateText());
        assertFalse(d.approximate());
    }

    @Test
    void shouldLeavePlansAndPastEventsAsTheyAre() {
        assertEquals(LocalDate.of(2026, 12, 31),
                DatedClaim.of(claim("p", Status.WITHDRAWN, Modality.PLANNED, "2026-12-31", "2026-01-18"), ARRIVAL).date());
        assertEquals(LocalDate.of(2021, 12, 29),
                DatedClaim.of(claim("e", Status.ADVISORY_ONLY, Modality.ASSERTED, "2021-12-29", "2026-01-18"), ARRIVAL).date());
    }

    @Test
    void shouldNotLetAFutureDatedClaimPinTheRowAgainstALaterTrueReport() {
        Claim pin = claim("pin", Status.WITHDRAWN, Modality.ASSERTED, "9999-01-01", "2026-01-10");
        Claim truth = claim("truth", Status.PRESENT, Modality.ASSERTED, "2026-01-18", "2026-01-18");

        PlaceStatus row = StatusDecider.decide("harir",
                List.of(DatedClaim.of(pin, ARRIVAL), DatedClaim.of(truth, ARRIVAL)).stream()
                        .sorted(DatedClaim.BY_EVENT_TIME).toList(), 2);

        assertEquals(Status.PRESENT, row.status());
        assertEquals("2026-01-18", row.since());
    }
}
