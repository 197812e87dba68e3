package org.basewatch.sink;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.basewatch.contracts.Claim;
import org.basewatch.contracts.DatePrecision;
import org.basewatch.contracts.Modality;
import org.basewatch.contracts.PlaceStatus;
import org.basewatch.contracts.Places;
import org.basewatch.contracts.Status;
import org.basewatch.sink.status.DatedClaim;
import org.basewatch.sink.status.StatusDecider;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Scopes that agree: whatever is claimed where, no scope's row is WITHDRAWN while a place inside it still has forces
 * (also leaving ones: WITHDRAWING), and a
 * scope with no status of its own summarises the places inside it.
 */
class ScopeAgreementPropertyTest {
    private static final List<String> PLACES = List.of("iq", "iq-kurdistan", "erbil", "harir", "erbil-air-base",
            "iq-federal", "anbar", "ain-al-asad");
    private static final String SUMMARY = "summary of the places inside";
    private static final LocalDate START = LocalDate.of(2024, 1, 1);
    private static final LocalDate ARRIVAL = LocalDate.of(2026, 12, 7);

    record Spec(int story, String place, Status status, Modality modality, int day, DatePrecision precision, double confidence) {
    }

    @Provide
    Arbitrary<List<Spec>> claimSets() {
        return Combinators.combine(
                Arbitraries.integers().between(0, 8),
                Arbitraries.of(PLACES),
                Arbitraries.of(Status.class),
                Arbitraries.of(Modality.ASSERTED, Modality.ASSERTED, Modality.ASSERTED, Modality.PLANNED),
                Arbitraries.integers().between(0, 2 * 365),
                Arbitraries.of(DatePrecision.DAY, DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR),
                Arbitraries.integers().between(1, 10).map(i -> i / 10.0)).as(Spec::new).list().ofMinSize(1).ofMaxSize(30);
    }

    /** Every place's row from the claims the sink routes to it. */
    private static Map<String, PlaceStatus> table(List<Spec> specs) {
        Map<String, List<DatedClaim>> byPlace = new TreeMap<>();
        for (int i = 0; i < specs.size(); i++) {
            for (Scope.Routed r : Scope.route(claim(i, specs.get(i)))) {
                byPlace.computeIfAbsent(r.place(), p -> new ArrayList<>())
                        .add(DatedClaim.of(r.scoped().claim(), ARRIVAL, r.scoped().inheritedFrom()));
            }
        }
        Map<String, PlaceStatus> table = new TreeMap<>();
        byPlace.forEach((place, claims) -> table.put(place, StatusDecider.decide(place, claims, 1)));
        return table;
    }

    @Property(tries = 300)
    void shouldSummariseThePlacesInsideAScopeWithNoStatusOfItsOwn(@ForAll("claimSets") List<Spec> specs) {
        Map<String, PlaceStatus> table = table(specs);
        for (PlaceStatus scope : table.values()) {
            Status leastFar = table.values().stream().filter(r -> Places.within(r.place(), scope.place()) && r.status() != null)
                    .map(PlaceStatus::status).min(Comparator.naturalOrder()).orElse(null);
            if (leastFar != null) {
                assertNotNull(scope.status(), () -> scope.place() + " says nothing while places inside it have a status");
            }
            boolean summary = scope.why() != null && scope.why().summary().contains(SUMMARY);
            if (summary) {
                assertEquals(leastFar, scope.status(), () -> scope.place() + ": " + scope.why().summary());
            }
        }
    }

    @Property(tries = 300)
    void shouldNeverShowAScopeWithdrawnWhileAPlaceInsideItHasForces(@ForAll("claimSets") List<Spec> specs) {
        Map<String, PlaceStatus> table = table(specs);

        for (PlaceStatus scope : table.values()) {
            if (scope.status() != Status.WITHDRAWN) {
                continue;
            }
            for (PlaceStatus inside : table.values()) {
                boolean hasForces = inside.status() != null && inside.status() != Status.WITHDRAWN;
                assertFalse(Places.within(inside.place(), scope.place()) && hasForces,
                        () -> scope.place() + " WITHDRAWN (" + scope.why().summary() + ") while " + inside.place() + " is "
                                + inside.status() + " (" + inside.why().summary() + ")");
            }
        }
    }

    private static Claim claim(int i, Spec s) {
        LocalDate day = START.plusDays(s.day());
        String date = switch (s.precision()) {
            case YEAR -> day.toString().substring(0, 4);
            case MONTH -> day.toString().substring(0, 7);
            default -> day.toString();
        };
        return new Claim("article-" + i, s.place(), s.status(), s.modality(), date, s.precision(), "evidence", i, i + 10,
                s.confidence(), null, "story-" + s.story(), "outlet-" + s.story(), 1, null);
    }
}
