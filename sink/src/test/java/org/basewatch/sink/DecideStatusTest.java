package org.basewatch.sink;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.basewatch.contracts.Claim;
import org.basewatch.contracts.JsonSerde;
import org.basewatch.contracts.Modality;
import org.basewatch.contracts.PlaceStatus;
import org.basewatch.contracts.Status;
import org.basewatch.sink.status.PlaceClaims;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.basewatch.sink.Claims.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a restarted task owes: rows for the places whose claims were committed before their row was decided. */
class DecideStatusTest {

    /** A claim as the sink's repartition delivers it: keyed by its country. */
    private static Record<String, Claim> record(Claim c, long timestamp) {
        return new Record<>(Scope.country(c.place()), c, timestamp);
    }

    /** The decider's three stores, in memory, opened in {@code context}. */
    private record Stores3(KeyValueStore<String, PlaceClaims.StoredClaim> claims, KeyValueStore<String, PlaceClaims> summaries,
                           KeyValueStore<String, String> transitions) {
        static Stores3 open(MockProcessorContext<String, DecideStatus.Outcome> context) {
            Stores3 s = new Stores3(
                    Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(DecideStatus.STORE), Serdes.String(),
                            JsonSerde.of(PlaceClaims.StoredClaim.class)).withLoggingDisabled().build(),
                    Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(DecideStatus.SUMMARY), Serdes.String(),
                            JsonSerde.of(PlaceClaims.class)).withLoggingDisabled().build(),
                    Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(DecideStatus.TRANSITIONS), Serdes.String(),
                            Serdes.String()).withLoggingDisabled().build());
            s.claims.init(context.getStateStoreContext(), s.claims);
            s.summaries.init(context.getStateStoreContext(), s.summaries);
            s.transitions.init(context.getStateStoreContext(), s.transitions);
            s.addTo(context);
            return s;
        }

        void addTo(MockProcessorContext<String, DecideStatus.Outcome> context) {
            context.addStateStore(claims);
            context.addStateStore(summaries);
            context.addStateStore(transitions);
        }
    }


    @Test
    void shouldKeepWhatDroppedClaimsDecidedAcrossARestart() {
        MockProcessorContext<String, DecideStatus.Outcome> context = new MockProcessorContext<>();
        context.setCurrentSystemTimeMs(1_000L);
        Stores3 stores = Stores3.open(context);
        DecideStatus before = new DecideStatus(Duration.ofMillis(100));
        before.init(context);
        before.process(record(claim("handover", "taji", Status.WITHDRAWN, Modality.ASSERTED, "2020-08-23"), 1L));
        before.process(record(claim("return", "taji", Status.PRESENT, Modality.PLANNED, "2020-09-01"), 1L));
        LocalDate day = LocalDate.of(2021, 1, 1);
        for (int i = 0; i < DecideStatus.MAX_CLAIMS_PER_PLACE; i++) {
            before.process(record(claim("iq-" + i, "iq", Status.ADVISORY_ONLY, Modality.ASSERTED,
                    day.plusDays(i).toString()), 2L));
        }
        assertEquals(Status.WITHDRAWN, stores.summaries().get("taji").evicted().floor(), "the handover was dropped into the summary");

        // a new task on the same stores: what the dropped handover decided comes back from the summary
        MockProcessorContext<String, DecideStatus.Outcome> restarted = new MockProcessorContext<>();
        restarted.setCurrentSystemTimeMs(2_000L);
        stores.addTo(restarted);
        DecideStatus after = new DecideStatus(Duration.ofMillis(100));
        after.init(restarted);
        after.process(record(claim("iq-late", "iq", Status.ADVISORY_ONLY, Modality.ASSERTED, "2023-01-01"), 3L));
        restarted.scheduledPunctuators().get(0).getPunctuator().punctuate(4L);
        var taji = restarted.forwarded().stream().map(f -> f.record()).filter(r -> r.key().equals("taji") && r.value().row() != null)
                .findFirst().orElseThrow().value().row();
        assertEquals(Status.WITHDRAWN, taji.status());
        assertEquals("2020-08-23", taji.since());
        assertEquals(Status.PRESENT, taji.expected().status(), "the dropped plan still says what was expected");
        assertEquals("2020-09-01", taji.expected().by());
        assertTrue(restarted.forwarded().stream().allMatch(f -> f.record().value().changes().isEmpty()), "and nothing changed");
    }

    @Test
    void shouldTellTheFirstChangeAfterARestartAgainstTheStatusPublishedBeforeIt() {
        MockProcessorContext<String, DecideStatus.Outcome> context = new MockProcessorContext<>();
        context.setCurrentSystemTimeMs(1_000L);
        Stores3 stores = Stores3.open(context);
        DecideStatus before = new DecideStatus(Duration.ofMillis(100));
        before.init(context);
        before.process(record(claim("stay", "harir", Status.PRESENT, Modality.ASSERTED, "2025-11-27"), 1L));

        MockProcessorContext<String, DecideStatus.Outcome> restarted = new MockProcessorContext<>();
        restarted.setCurrentSystemTimeMs(2_000L);
        stores.addTo(restarted);
        DecideStatus after = new DecideStatus(Duration.ofMillis(100));
        after.init(restarted);
        after.process(record(claim("old", "harir", Status.ADVISORY_ONLY, Modality.ASSERTED, "2021-12-29"), 2L));
        assertTrue(restarted.forwarded().stream().allMatch(f -> f.record().value().changes().isEmpty()),
                "a step filled in before the current status is no change, after a restart too");
        after.process(record(claim("left", "harir", Status.WITHDRAWN, Modality.ASSERTED, "2026-12-05", 0.9), 3L));
        List<String> harir = restarted.forwarded().stream().flatMap(f -> f.record().value().changes().stream())
                .filter(c -> c.place().equals("harir")).map(c -> c.from() + ">" + c.to() + "@" + c.effectiveDate() + " " + c.kind())
                .toList();
        assertEquals(List.of("PRESENT>WITHDRAWN@2026-12-05 current"), harir);
    }

    @Test
    void shouldDecideAfterARestartThePlacesWhoseRowWasStillPending() {
        MockProcessorContext<String, DecideStatus.Outcome> context = new MockProcessorContext<>();
        context.setCurrentSystemTimeMs(1_000L);
        Stores3 stores = Stores3.open(context);
        KeyValueStore<String, PlaceClaims.StoredClaim> claims = stores.claims();
        KeyValueStore<String, PlaceClaims> summaries = stores.summaries();
        KeyValueStore<String, String> transitions = stores.transitions();

        DecideStatus before = new DecideStatus(Duration.ofMillis(100));
        before.init(context);
        before.process(record(claim("a", "harir", Status.PRESENT, Modality.ASSERTED, "2025-11-27"), 1L));
        before.process(record(claim("b", "harir", Status.WITHDRAWN, Modality.ASSERTED, "2026-12-31"), 2L));
        assertTrue(context.forwarded().stream().allMatch(f -> f.record().value().row() == null),
                "only changes go out before the interval passes");
        context.resetForwards();

        // the task stops here (its stores were committed, its row was not decided) and starts again
        DecideStatus after = new DecideStatus(Duration.ofMillis(100));
        MockProcessorContext<String, DecideStatus.Outcome> restarted = new MockProcessorContext<>();
        restarted.setCurrentSystemTimeMs(2_000L);
        restarted.addStateStore(claims);
        restarted.addStateStore(summaries);
        restarted.addStateStore(transitions);
        after.init(restarted);
        restarted.scheduledPunctuators().get(0).getPunctuator().punctuate(3L);

        // harir and the three scopes above it, which hear what is asserted inside them, then the country's progress
        List<String> places = restarted.forwarded().stream().filter(f -> f.record().value().row() != null)
                .map(f -> (String) f.record().key()).toList();
        assertEquals(List.of("erbil", "harir", "iq", "iq-kurdistan"), places);
        var harir = restarted.forwarded().stream().map(f -> f.record()).filter(r -> r.key().equals("harir")).findFirst().orElseThrow();
        assertEquals(Status.WITHDRAWN, harir.value().row().status());
        assertEquals(2, harir.value().row().version());
        assertTrue(restarted.forwarded().stream().allMatch(f -> f.record().value().changes().isEmpty()),
                "the changes went out with their claims and are not repeated");
        var progress = restarted.forwarded().get(restarted.forwarded().size() - 1).record();
        assertEquals("iq", progress.key(), "the progress goes out after the rows it accounts for");
        assertEquals(2L, progress.value().progress().received().get("harir"));
        assertEquals(2, summaries.get("harir").decided());

        restarted.resetForwards();
        restarted.scheduledPunctuators().get(0).getPunctuator().punctuate(4L);
        assertTrue(restarted.forwarded().isEmpty(), "a decided place is not decided again");
    }

    @Test
    void shouldNotGiveAPlaceBackAfterARestartAScopesClaimItDroppedWhileAnotherPlaceKeepsIt() {
        List<Claim> history = new ArrayList<>();
        history.add(claim("iq-old", "iq", Status.ADVISORY_ONLY, Modality.ASSERTED, "2021-01-01"));
        LocalDate day = LocalDate.of(2022, 1, 1);
        for (int i = 0; i < DecideStatus.MAX_CLAIMS_PER_PLACE + 10; i++) {
            history.add(claim("harir-" + i, "harir", Status.PRESENT, Modality.ASSERTED, day.plusDays(i).toString()));
        }
        // one task all along
        MockProcessorContext<String, DecideStatus.Outcome> context = new MockProcessorContext<>();
        context.setCurrentSystemTimeMs(1_000L);
        Stores3.open(context);
        DecideStatus continuing = new DecideStatus(Duration.ofMillis(100));
        continuing.init(context);
        history.forEach(c -> continuing.process(record(c, 1L)));
        context.scheduledPunctuators().get(0).getPunctuator().punctuate(2L);

        // the same claims, the task stopping before their rows: harir dropped the country's claim, erbil-air-base keeps it
        MockProcessorContext<String, DecideStatus.Outcome> first = new MockProcessorContext<>();
        first.setCurrentSystemTimeMs(1_000L);
        Stores3 stores = Stores3.open(first);
        DecideStatus before = new DecideStatus(Duration.ofMillis(100));
        before.init(first);
        history.forEach(c -> before.process(record(c, 1L)));
        assertTrue(stores.claims().get("iq|iq-old|ADVISORY_ONLY|ASSERTED|0|2021-01-01") != null, "stored once, for the places still keeping it");
        MockProcessorContext<String, DecideStatus.Outcome> restarted = new MockProcessorContext<>();
        restarted.setCurrentSystemTimeMs(1_000L);
        stores.addTo(restarted);
        DecideStatus after = new DecideStatus(Duration.ofMillis(100));
        after.init(restarted);
        restarted.scheduledPunctuators().get(0).getPunctuator().punctuate(2L);

        assertEquals(rowOf(context, "harir"), rowOf(restarted, "harir"), "the restarted task sees what the running one saw");
        assertEquals(Status.ADVISORY_ONLY, rowOf(restarted, "erbil-air-base").status(), "a place that keeps the claim");
    }

    private static PlaceStatus rowOf(MockProcessorContext<String, DecideStatus.Outcome> context, String place) {
        return context.forwarded().stream().map(f -> f.record()).filter(r -> r.key().equals(place) && r.value().row() != null)
                .reduce((a, b) -> b).orElseThrow().value().row();
    }
}
