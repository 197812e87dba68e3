package org.basewatch.sink.status;

import org.basewatch.contracts.Claim;
import org.basewatch.contracts.Modality;
import org.basewatch.contracts.PlaceStatus;
import org.basewatch.contracts.Status;
import org.basewatch.sink.Scope;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.basewatch.sink.Claims.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A scope with no claim deciding its own status summarises the places inside it (StatusDecider, step 5). */
class ScopeSummaryTest {
    private static final LocalDate ARRIVAL = LocalDate.of(2027, 6, 30);

    /** The row of {@code place} from the claims routed to it, as the sink routes them. */
    private static PlaceStatus row(String place, Claim... claims) {
        List<DatedClaim> routed = new ArrayList<>();
        for (Claim c : claims) {
            for (Scope.Routed r : Scope.route(c)) {
                if (r.place().equals(place)) {
                    routed.add(DatedClaim.of(c, ARRIVAL, r.inheritedFrom()));
                }
            }
        }
        return StatusDecider.decide(place, routed, claims.length);
    }

    @Test
    void shouldShowARegionWithForcesWhileAnyPlaceInsideHasThemAndNameThem() {
        Claim harirStays = claim("stay", "harir", Status.PRESENT, Modality.ASSERTED, "2025-10-01");
        Claim erbilLeft = claim("left", "erbil-air-base", Status.WITHDRAWN, Modality.ASSERTED, "2026-01-10");
        PlaceStatus region = row("iq-kurdistan", harirStays, erbilLeft);
        assertEquals(Status.PRESENT, region.status());
        assertEquals("2025-10-01", region.since());
        assertNull(region.inheritedFrom(), "a summary comes from inside, not from a scope above");
        assertTrue(region.why().summary().contains("summary of the places inside") && region.why().summary().contains("Harir"),
                region.why().summary());
        assertEquals("stay", region.why().carried().get(0).articleId(), "harir's evidence carries it");
        assertEquals(Status.PRESENT, row("iq", harirStays, erbilLeft).status(), "and so does the country's, through the region");
    }

    @Test
    void shouldShowARegionWithdrawnOnlyWhenEveryPlaceInsideWithAStatusIsSinceTheLastLeft() {
        Claim harirLeft = claim("h", "harir", Status.WITHDRAWN, Modality.ASSERTED, "2026-12-05");
        Claim erbilLeft = claim("e", "erbil-air-base", Status.WITHDRAWN, Modality.ASSERTED, "2026-01-10");
        PlaceStatus region = row("iq-kurdistan", harirLeft, erbilLeft);
        assertEquals(Status.WITHDRAWN, region.status());
        assertEquals("2026-12-05", region.since(), "withdrawn when the last place inside left");
        Claim advisersAtAinAlAsad = claim("a", "ain-al-asad", Status.ADVISORY_ONLY, Modality.ASSERTED, "2025-06-01");
        assertEquals(Status.ADVISORY_ONLY, row("iq", harirLeft, erbilLeft, advisersAtAinAlAsad).status(),
                "the country has advisers while one base has them");
    }

    @Test
    void shouldKeepARegionsOwnStatusOverTheSummaryOfItsPlaces() {
        Claim harirStays = claim("stay", "harir", Status.PRESENT, Modality.ASSERTED, "2025-10-01");
        Claim advisersOnly = claim("adv", "iq-kurdistan", Status.ADVISORY_ONLY, Modality.ASSERTED, "2025-11-01");
        PlaceStatus region = row("iq-kurdistan", harirStays, advisersOnly);
        assertEquals(Status.ADVISORY_ONLY, region.status(), "its own word decides; only a withdrawal is held up from inside");
        assertTrue(!region.why().summary().contains("summary of the places inside"), region.why().summary());
    }
}
