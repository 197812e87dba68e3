package org.basewatch.sink;

import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TopologyTestDriver;
import org.basewatch.contracts.Claim;
import org.basewatch.contracts.Json;
import org.basewatch.contracts.JsonSerde;
import org.basewatch.contracts.Modality;
import org.basewatch.contracts.Places;
import org.basewatch.contracts.Status;
import org.basewatch.contracts.TableProgress;
import org.basewatch.contracts.Topics;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Many claims over every place, so places drop their oldest (a new claim can be the oldest of one place and kept by
 * another): no claim fails in the sink, and every place's row accounts for every claim routed to it.
 */
class DroppedClaimsCountTest {
    private static final int CLAIMS = 4000;

    @Test
    void shouldAccountForEveryRoutedClaimWhilePlacesDropTheirOldest() {
        Properties props = StatusTopology.config(new Properties());
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, System.getProperty("java.io.tmpdir") + "/basewatch-test-" + UUID.randomUUID());
        List<String> places = Places.all().stream().map(p -> p.id()).toList();
        Random r = new Random(1);
        Map<String, Long> routed = new HashMap<>();
        try (TopologyTestDriver driver = new TopologyTestDriver(StatusTopology.buildTopology(props), props)) {
            var in = driver.createInputTopic(Topics.CLAIMS, new StringSerializer(), new ByteArraySerializer(),
                    Instant.parse("2027-06-30T00:00:00Z"), Duration.ZERO);
            for (int i = 0; i < CLAIMS; i++) {
                String place = places.get(r.nextInt(places.size()));
                Status s = Status.values()[r.nextInt(4)];
                Modality m = r.nextInt(4) == 0 ? Modality.PLANNED : Modality.ASSERTED;
                Claim c = Claims.claim("a" + r.nextInt(3000), place, s, m, LocalDate.of(2020, 1, 1).plusDays(r.nextInt(2500)).toString(), 0.3 + r.nextDouble() * 0.7);
                in.pipeInput(place, Json.bytes(c));
                Scope.places(c).forEach(p -> routed.merge(p, 1L, Long::sum));
                if (i % 100 == 0) {
                    driver.advanceWallClockTime(Duration.ofMillis(200));
                }
            }
            driver.advanceWallClockTime(Duration.ofMillis(200));
            var dlq = driver.createOutputTopic(Topics.CLAIMS_DLQ, new StringDeserializer(), new StringDeserializer()).readRecordsToList();
            assertEquals(List.of(), dlq.stream().map(d -> new String(d.headers().lastHeader("__streams.errors.message").value(),
                    StandardCharsets.UTF_8)).toList(), "no claim failed");
            Map<String, Long> received = new HashMap<>();
            driver.createOutputTopic(Topics.BASE_STATUS_PROGRESS, new StringDeserializer(), JsonSerde.of(TableProgress.class).deserializer())
                    .readValuesToList().forEach(progress -> progress.received().forEach((place, count) -> received.merge(place, count, Math::max)));
            assertEquals(new TreeMap<>(routed), new TreeMap<>(received), "each place's last row accounts for the claims routed to it");
        }
    }
}
