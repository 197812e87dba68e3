package org.basewatch.sink.status;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.basewatch.contracts.Claim;
import org.basewatch.contracts.DatePrecision;
import org.basewatch.contracts.Modality;
import org.basewatch.contracts.PlaceStatus;
import org.basewatch.contracts.Status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** What the status rule promises for any set of claims (StatusDecider's class Javadoc), checked over random ones. */
class TimelinePropertiesTest {
    private static final LocalDate START = LocalDate.of(2024, 1, 1);
    private static final LocalDate ARRIVAL = LocalDate.of(2026, 12, 7);
    private static final String PLACE = "harir";

    /** One claim as generated: who said it, what, when (day offset and precision), how sure, about which scope. */
    record Spec(int story, Status status, Modality modality, int day, DatePrecision precision, double confidence, String scope) {
    }

    @Provide
    Arbitrary<Spec> anyClaim() {
        return Combinators.combine(
                Arbitraries.integers().between(0, 6),
                Arbitraries.of(Status.class),
                Arbitraries.of(Modality.ASSERTED, Modality.ASSERTED, Modality.ASSERTED, Modality.PLANNED, Modality.DENIED),
                Arbitraries.integers().between(0, 2 * 365),
                Arbitraries.of(DatePrecision.DAY, DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR),
                Arbitraries.integers().between(1, 10).map(i -> i / 10.0),
                Arbitraries.of("harir", "harir", "erbil", "iq-kurdistan", "iq")).as(Spec::new);
    }

    @Property(tries = 300)
    void shouldNotDependOnArrivalOrder(@ForAll("claimSets") List<Spec> specs, @ForAll long seed) {
        List<DatedClaim> claims = dated(specs);
        List<DatedClaim> shuffled = new ArrayList<>(claims);
        Collections.shuffle(shuffled, new Random(seed));

        PlaceStatus a = StatusDecider.decide(PLACE, claims, 1);
        PlaceStatus b = StatusDecider.decide(PLACE, shuffled, 1);

        assertEquals(a, b);
        assertEquals(keys(StatusDecider.transitions(claims)), keys(StatusDecider.transitions(shuffled)));
    }

    @Provide
    Arbitrary<List<Spec>> claimSets() {
        return anyClaim().list().ofMinSize(1).ofMaxSize(25);
    }

    @Property(tries = 500)
    void shouldNeverLetOneUncorroboratedClaimFlipAStatusTwoStoriesSupport(
            @ForAll Status supported, @ForAll Status contrary,
            @ForAll @IntRange(min = 2, max = 4) int stories,
            @ForAll("daysInOnePeriod") List<Integer> supportDays, @ForAll("daysInOnePeriod") List<Integer> contraryDay,
            @ForAll("confidences") List<Double> confidences) {
        if (supported == contrary) {
            return;
        }
        List<DatedClaim> claims = new ArrayList<>();
        for (int i = 0; i < stories; i++) {
            claims.add(day(new Spec(i, supported, Modality.ASSERTED, supportDays.get(i), DatePrecision.DAY,
                    confidences.get(i), PLACE)));
        }
        claims.add(day(new Spec(9, contrary, Modality.ASSERTED, contraryDay.get(0), DatePrecision.DAY, confidences.get(4), PLACE)));

        PlaceStatus row = StatusDecider.decide(PLACE, claims, 1);

        assertEquals(supported, row.status(), row.why().summary());
    }

    /** Days within one period of the rule ({@link Walk#RECENT_DAYS}), so that every claim speaks for all of them. */
    @Provide
    Arbitrary<List<Integer>> daysInOnePeriod() {
        return Arbitraries.integers().between(0, Walk.RECENT_DAYS - 1).list().ofSize(4);
    }

    @Provide
    Arbitrary<List<Double>> confidences() {
        return Arbitraries.integers().between(1, 10).map(i -> i / 10.0).list().ofSize(5);
    }

    @Property(tries = 1000)
    void shouldNeverLetAMonthOrYearOutrankADayInsideIt(
            @ForAll("anyClaim") Spec earlier, @ForAll boolean withEarlier, @ForAll("anyClaim") Spec vague, @ForAll("anyClaim") Spec precise) {
        Spec dayClaim = new Spec(1, precise.status(), Modality.ASSERTED, precise.day(), DatePrecision.DAY, precise.confidence(), PLACE);
        DatePrecision coarse = vague.precision() == DatePrecision.YEAR ? DatePrecision.YEAR : DatePrecision.MONTH;
        Spec around = new Spec(2, vague.status(), Modality.ASSERTED, precise.day(), coarse, vague.confidence(), vague.scope());
        List<DatedClaim> without = new ArrayList<>(List.of(day(dayClaim)));
        if (withEarlier) {
            // anything said before the month or year began
            int before = (int) (EventDatesOf.first(day(around)).toEpochDay() - START.toEpochDay()) - 1 - earlier.day() % 200;
            without.add(day(new Spec(3, earlier.status(), Modality.ASSERTED, before, DatePrecision.DAY, earlier.confidence(), earlier.scope())));
        }
        List<DatedClaim> with = new ArrayList<>(without);
        with.add(day(around));

        PlaceStatus alone = StatusDecider.decide(PLACE, without, 1);
        PlaceStatus both = StatusDecider.decide(PLACE, with, 1);

        if (alone.status() == dayClaim.status()) {
            assertEquals(dayClaim.status(), both.status(), both.why().summary());
            if (around.status() != dayClaim.status()) {
                assertNotEquals(day(around).dateText(), both.since(), "the month or year against the day began nothing");
            }
        }
    }

    /** The first day a claim can mean. */
    private static final class EventDatesOf {
        static LocalDate first(DatedClaim d) {
            return d.from();
        }
    }

    private static List<String> keys(List<StatusDecider.Transition> ts) {
        return ts.stream().map(StatusDecider.Transition::key).toList();
    }

    private static List<DatedClaim> dated(List<Spec> specs) {
        return specs.stream().map(TimelinePropertiesTest::day).toList();
    }

    static DatedClaim day(Spec s) {
        LocalDate day = START.plusDays(s.day());
        String date = switch (s.precision()) {
            case YEAR -> day.toString().substring(0, 4);
            case MONTH -> day.toString().substring(0, 7);
            default -> day.toString();
        };
        Claim c = new Claim("article-" + s.story() + "-" + s.day(), s.scope(), s.status(), s.modality(), date, s.precision(),
                "evidence", s.day(), s.day() + 10, s.confidence(), null, "story-" + s.story(), "outlet-" + s.story(), 1, null);
        return DatedClaim.of(c, ARRIVAL, PLACE.equals(s.scope()) ? null : s.scope());
    }
}
