package org.basewatch.sink;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.basewatch.contracts.JsonSerde;
import org.basewatch.contracts.Modality;
import org.basewatch.contracts.Status;
import org.basewatch.sink.status.PlaceClaims;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.basewatch.sink.Claims.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a restarted task owes: rows for the places whose claims were committed before their row was decided. */
class DecideStatusTest {

    @Test
    void shouldDecideAfterARestartThePlacesWhoseRowWasStillPending() {
        MockProcessorContext<String, DecideStatus.Outcome> context = new MockProcessorContext<>();
        context.setCurrentSystemTimeMs(1_000L);
        KeyValueStore<String, PlaceClaims.StoredClaim> claims = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(DecideStatus.STORE),
                Serdes.String(), JsonSerde.of(PlaceClaims.StoredClaim.class)).withLoggingDisabled().build();
        KeyValueStore<String, PlaceClaims> summaries = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(DecideStatus.SUMMARY),
                Serdes.String(), JsonSerde.of(PlaceClaims.class)).withLoggingDisabled().build();
        KeyValueStore<String, String> transitions = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(DecideStatus.TRANSITIONS),
                Serdes.String(), Serdes.String()).withLoggingDisabled().build();
        claims.init(context.getStateStoreContext(), claims);
        summaries.init(context.getStateStoreContext(), summaries);
        transitions.init(context.getStateStoreContext(), transitions);
        context.addStateStore(claims);
        context.addStateStore(summaries);
        context.addStateStore(transitions);

        DecideStatus before = new DecideStatus(Duration.ofMillis(100));
        before.init(context);
        before.process(new Record<>("harir", claim("a", "harir", Status.PRESENT, Modality.ASSERTED, "2025-11-27"), 1L));
        before.process(new Record<>("harir", claim("b", "harir", Status.WITHDRAWN, Modality.ASSERTED, "2026-12-31"), 2L));
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

        List<DecideStatus.Outcome> out = restarted.forwarded().stream().<DecideStatus.Outcome>map(f -> f.record().value()).toList();
        assertEquals(1, out.size());
        assertEquals(Status.WITHDRAWN, out.get(0).row().status());
        assertEquals(2, out.get(0).row().version());
        assertEquals(List.of(), out.get(0).changes(), "the changes went out with their claims and are not repeated");
        assertEquals("2", new String(restarted.forwarded().get(0).record().headers().lastHeader(DecideStatus.RECEIVED).value(),
                java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(2, summaries.get("harir").decided());

        restarted.resetForwards();
        restarted.scheduledPunctuators().get(0).getPunctuator().punctuate(4L);
        assertTrue(restarted.forwarded().isEmpty(), "a decided place is not decided again");
    }
}
