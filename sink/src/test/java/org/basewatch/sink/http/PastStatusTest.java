package org.basewatch.sink.http;

import org.basewatch.contracts.Claim;
import org.basewatch.contracts.DatePrecision;
import org.basewatch.contracts.Modality;
import org.basewatch.contracts.PlaceStatus;
import org.basewatch.contracts.Status;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The table as of a past day: which claims count by then, and which regional claims speak for a base. */
class PastStatusTest {
    private static final LocalDate DAY = LocalDate.of(2025, 1, 1);

    @Test
    void shouldNotLetCountryWidePresenceSpeakForOneBase() {
        var history = histories(Map.of("iq", List.of(claim("iq", Status.PRESENT, Modality.ASSERTED, "2024-05-01", null))));

        assertTrue(PastStatus.asOf("joc-hq", DAY, history).isEmpty());
    }

    @Test
    void shouldLetARegionalWithdrawalSpeakForTheBasesInside() {
        var history = histories(Map.of("iq-federal",
                List.of(claim("iq-federal", Status.WITHDRAWN, Modality.ASSERTED, "2024-05-01", null))));

        Optional<PlaceStatus> row = PastStatus.asOf("joc-hq", DAY, history);

        assertEquals(Status.WITHDRAWN, row.orElseThrow().status());
        assertEquals("joc-hq", row.orElseThrow().place());
    }

    @Test
    void shouldKeepRegionalDenialsWithTheRegion() {
        var history = histories(Map.of("iq-federal",
                List.of(claim("iq-federal", Status.WITHDRAWN, Modality.DENIED, "2024-05-01", null))));

        assertTrue(PastStatus.asOf("joc-hq", DAY, history).isEmpty());
    }

    @Test
    void shouldLeaveOutClaimsWithNoDateAtAll() {
        var history = histories(Map.of("taji", List.of(claim("taji", Status.WITHDRAWN, Modality.ASSERTED, null, null))));

        assertTrue(PastStatus.asOf("taji", DAY, history).isEmpty());
    }

    @Test
    void shouldFileAnUndatedEventUnderItsPublicationDay() {
        var history = histories(Map.of("taji",
                List.of(claim("taji", Status.WITHDRAWN, Modality.ASSERTED, null, "2020-08-24T10:00:00Z"))));

        assertTrue(PastStatus.asOf("taji", LocalDate.of(2020, 8, 23), history).isEmpty());
        assertEquals(Status.WITHDRAWN, PastStatus.asOf("taji", LocalDate.of(2020, 8, 24), history).orElseThrow().status());
    }

    private static Function<String, List<Claim>> histories(Map<String, List<Claim>> byPlace) {
        return place -> byPlace.getOrDefault(place, List.of());
    }

    private static Claim claim(String place, Status status, Modality modality, String eventDate, String publishedAt) {
        return new Claim("a-" + place, place, status, modality, eventDate, eventDate == null ? null : DatePrecision.DAY,
                "نص الدليل", 0, 9, 0.9, null, null, "Outlet", 1, publishedAt);
    }
}
