package org.basewatch.sink;

import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.basewatch.contracts.Claim;
import org.basewatch.contracts.Json;
import org.basewatch.contracts.JsonSerde;
import org.basewatch.contracts.Modality;
import org.basewatch.contracts.PlaceStatus;
import org.basewatch.contracts.Status;
import org.basewatch.contracts.StatusChange;
import org.basewatch.contracts.Topics;
import org.basewatch.sink.status.DatedClaim;
import org.basewatch.sink.status.StatusDecider;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.basewatch.sink.Claims.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Event time, not arrival: the same claims in any order give the same table and the same timeline of transitions. */
class ArrivalOrderPropertyTest {
    private static final List<String> PLACES = List.of("ain-al-asad", "harir", "joc-hq", "taji", "iq-federal", "iq-kurdistan", "iq");
    private static final int ORDERS = 40;

    private record Outcome(Map<String, PlaceStatus> table, Set<String> changes, List<String> announced) {
    }

    private static List<Claim> randomClaims(Random random, int n) {
        List<Claim> out = new ArrayList<>();
        Modality[] modalities = {Modality.ASSERTED, Modality.ASSERTED, Modality.ASSERTED, Modality.PLANNED, Modality.DENIED, Modality.DEMANDED};
        for (int i = 0; i < n; i++) {
            LocalDate day = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(7 * 365));
            String date = switch (random.nextInt(5)) {
                case 0 -> day.toString().substring(0, 7);
                default -> day.toString();
            };
            out.add(claim("a" + i, PLACES.get(random.nextInt(PLACES.size())),
                    Status.values()[random.nextInt(Status.values().length)],
                    modalities[random.nextInt(modalities.length)], date, 0.5 + random.nextInt(5) / 10.0));
        }
        return out;
    }

    /** Pipes the claims in the given order, letting the decision interval pass at random points between them (rows are decided in batches). */
    private static Outcome run(List<Claim> claims, Random cuts) {
        Properties props = StatusTopology.config(new Properties());
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        // a state folder of its own: the shared default under /tmp is left half-written by a killed run or taken by a parallel one
        props.put(StreamsConfig.STATE_DIR_CONFIG, System.getProperty("java.io.tmpdir") + "/basewatch-test-" + java.util.UUID.randomUUID());
        try (TopologyTestDriver driver = new TopologyTestDriver(StatusTopology.buildTopology(props), props)) {
            TestInputTopic<String, byte[]> in = driver.createInputTopic(Topics.CLAIMS, new StringSerializer(), new ByteArraySerializer());
            for (Claim c : claims) {
                in.pipeInput(c.place(), Json.bytes(c));
                if (cuts.nextInt(3) == 0) {
                    driver.advanceWallClockTime(StatusTopology.decideInterval(props));
                }
            }
            driver.advanceWallClockTime(StatusTopology.decideInterval(props));
            // a row goes out when a reader would see it change, so its version is that of the last such change, which
            // depends on the order; everything a reader sees does not
            Map<String, PlaceStatus> table = new TreeMap<>();
            driver.createOutputTopic(Topics.BASE_STATUS, new StringDeserializer(), JsonSerde.of(PlaceStatus.class).deserializer())
                    .readKeyValuesToMap().forEach((place, row) -> table.put(place, row.withVersion(0)));
            Set<String> changes = new TreeSet<>();
            List<String> announced = new ArrayList<>();
            driver.createOutputTopic(Topics.BASE_STATUS_CHANGES, new StringDeserializer(), JsonSerde.of(StatusChange.class).deserializer())
                    .readValuesToList().forEach(c -> {
                        changes.add(key(c));
                        announced.add(c.place() + ":" + c.to() + "@" + c.effectiveDate());
                    });
            return new Outcome(table, changes, announced);
        }
    }

    private static String key(StatusChange c) {
        return c.place() + ":" + c.from() + ">" + c.to() + "@" + c.effectiveDate();
    }

    /** The transitions of each place's final event-time timeline, as the decider derives them from all claims routed there. */
    private static Set<String> finalTimeline(List<Claim> claims) {
        Map<String, List<DatedClaim>> routed = new TreeMap<>();
        for (Claim c : claims) {
            Scope.route(c).forEach(r -> routed.computeIfAbsent(r.place(), p -> new ArrayList<>())
                    .add(DatedClaim.of(c, null, r.scoped().inheritedFrom())));
        }
        // a scope hears of claims asserted inside it: its own timeline is its own and its scopes' claims, held up from inside
        Set<String> out = new TreeSet<>();
        StatusDecider.publishedTimelines(routed).forEach((place, timeline) -> timeline.forEach(t -> out.add(place + ":" + t.key())));
        return out;
    }

    /** The last transition of each place's final timeline (its current status), as place:to@date. */
    private static Map<String, String> currentOfTimelines(List<Claim> claims) {
        Map<String, List<DatedClaim>> routed = new TreeMap<>();
        for (Claim c : claims) {
            Scope.route(c).forEach(r -> routed.computeIfAbsent(r.place(), p -> new ArrayList<>())
                    .add(DatedClaim.of(c, null, r.scoped().inheritedFrom())));
        }
        Map<String, String> out = new TreeMap<>();
        StatusDecider.publishedTimelines(routed).forEach((place, timeline) -> {
            if (!timeline.isEmpty()) {
                out.put(place, place + ":" + timeline.get(timeline.size() - 1).announced());
            }
        });
        return out;
    }

    /** The last change announced for each place, as place:to@date. */
    private static Map<String, String> lastAnnounced(List<String> announced) {
        Map<String, String> out = new TreeMap<>();
        announced.forEach(a -> out.put(a.substring(0, a.indexOf(':')), a));
        return out;
    }

    @Test
    void shouldGiveTheSameTableAndTimelineWhateverTheArrivalOrder() {
        Random random = new Random(20261128);
        for (int round = 0; round < 3; round++) {
            List<Claim> claims = randomClaims(random, 30);
            List<Claim> inEventOrder = new ArrayList<>(claims);
            inEventOrder.sort(Comparator.comparing(c -> org.basewatch.contracts.EventDates.latestDay(c.eventDate())));
            Outcome reference = run(inEventOrder, random);
            assertTrue(reference.table().size() >= PLACES.size(), "every place named gets a row: " + reference.table().keySet());
            Set<String> timeline = finalTimeline(claims);
            assertTrue(timeline.containsAll(reference.changes()), "in event order, only the timeline's transitions are emitted");
            Map<String, String> current = currentOfTimelines(claims);
            for (int i = 0; i < ORDERS; i++) {
                List<Claim> shuffled = new ArrayList<>(claims);
                Collections.shuffle(shuffled, random);
                Outcome outcome = run(shuffled, random);
                assertEquals(reference.table(), outcome.table(), "final table, round " + round + " order " + i);
                // a change describes the current status, so in any order the last one announced is the final timeline's
                // (steps a late claim inserts before it are not announced: issue 15, intermediate-timeline changes)
                assertEquals(current, lastAnnounced(outcome.announced()), "round " + round + " order " + i + ": " + outcome.announced());
                for (int c = 1; c < outcome.announced().size(); c++) {
                    String place = outcome.announced().get(c).substring(0, outcome.announced().get(c).indexOf(':'));
                    String previous = outcome.announced().subList(0, c).stream().filter(a -> a.startsWith(place + ":"))
                            .reduce((a, b) -> b).orElse(null);
                    assertTrue(!outcome.announced().get(c).equals(previous), "a change repeats the one before it: " + outcome.announced());
                }
            }
        }
    }
}
