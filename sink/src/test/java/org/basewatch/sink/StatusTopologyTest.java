package org.basewatch.sink;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.basewatch.contracts.Claim;
import org.basewatch.contracts.Json;
import org.basewatch.contracts.JsonSerde;
import org.basewatch.contracts.Modality;
import org.basewatch.contracts.PlaceStatus;
import org.basewatch.contracts.Places;
import org.basewatch.contracts.Status;
import org.basewatch.contracts.StatusChange;
import org.basewatch.contracts.TableProgress;
import org.basewatch.contracts.Topics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.basewatch.sink.Claims.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatusTopologyTest {
    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> claims;
    private TestOutputTopic<String, PlaceStatus> rows;
    private TestOutputTopic<String, StatusChange> changes;
    private TestOutputTopic<String, TableProgress> progress;

    @BeforeEach
    void start() {
        Properties props = StatusTopology.config(new Properties());
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        // a state folder of its own: the shared default under /tmp is left half-written by a killed run or taken by a parallel one
        props.put(StreamsConfig.STATE_DIR_CONFIG, System.getProperty("java.io.tmpdir") + "/basewatch-test-" + java.util.UUID.randomUUID());
        driver = new TopologyTestDriver(StatusTopology.buildTopology(props), props);
        // the claims arrive after every event date they assert, as real ones do (an asserted claim is never filed after it arrived)
        claims = driver.createInputTopic(Topics.CLAIMS, new StringSerializer(), new ByteArraySerializer(),
                java.time.Instant.parse("2027-06-30T00:00:00Z"), java.time.Duration.ZERO);
        rows = driver.createOutputTopic(Topics.BASE_STATUS, new StringDeserializer(), JsonSerde.of(PlaceStatus.class).deserializer());
        changes = driver.createOutputTopic(Topics.BASE_STATUS_CHANGES, new StringDeserializer(), JsonSerde.of(StatusChange.class).deserializer());
        progress = driver.createOutputTopic(Topics.BASE_STATUS_PROGRESS, new StringDeserializer(), JsonSerde.of(TableProgress.class).deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private void send(Claim c) {
        claims.pipeInput(c.place(), Json.bytes(c));
    }

    /** Lets the decision interval pass: every place that received claims gets its row. */
    private void decide() {
        driver.advanceWallClockTime(StatusTopology.decideInterval(new Properties()));
    }

    /** The table as of now: decides, then the latest row of each place. */
    private Map<String, PlaceStatus> table() {
        decide();
        return rows.readKeyValuesToMap();
    }

    @Test
    void shouldNotLetAnOldArticleIngestedLateOverwriteANewerStatus() {
        send(claim("new", "ain-al-asad", Status.WITHDRAWN, Modality.ASSERTED, "2026-01-18"));
        send(claim("old", "ain-al-asad", Status.ADVISORY_ONLY, Modality.ASSERTED, "2021-12-18"));
        Map<String, PlaceStatus> table = table();
        assertEquals(Status.WITHDRAWN, table.get("ain-al-asad").status());
        List<StatusChange> moved = changes.readValuesToList();
        StatusChange latest = moved.stream().max(java.util.Comparator.comparing(StatusChange::effectiveDate)).orElseThrow();
        assertEquals(Status.WITHDRAWN, latest.to(), "the newest transition still ends in WITHDRAWN");
        assertTrue(moved.stream().filter(c -> c.to() == Status.ADVISORY_ONLY).allMatch(c -> c.effectiveDate().equals("2021-12-18")),
                "the late article only reveals history, dated in the past");
    }

    @Test
    void shouldEmitOneChangePerRealTransitionNotOnePerClaim() {
        send(claim("a", "harir", Status.PRESENT, Modality.ASSERTED, "2021-12-21"));
        send(claim("b", "harir", Status.PRESENT, Modality.ASSERTED, "2025-11-27"));
        send(claim("c", "harir", Status.WITHDRAWN, Modality.DEMANDED, "2026-02-01"));
        send(claim("d", "harir", Status.WITHDRAWN, Modality.ASSERTED, "2027-01-02"));
        send(claim("d", "harir", Status.WITHDRAWN, Modality.ASSERTED, "2027-01-02"));
        // the scopes above harir summarise it and announce the same two changes (Scopes)
        List<StatusChange> moved = changes.readValuesToList().stream().filter(c -> c.place().equals("harir")).toList();
        assertEquals(2, moved.size());
        assertEquals(Status.PRESENT, moved.get(1).from());
        assertEquals(Status.WITHDRAWN, moved.get(1).to());
        assertEquals("2027-01-02", moved.get(1).effectiveDate());
        decide();
        // the scopes above harir hear of it too (Scope) and get rows of their own
        var out = rows.readRecordsToList().stream().filter(r -> r.key().equals("harir")).toList();
        assertEquals(1, out.size(), "one row per place per decision, not one per claim");
        assertEquals(4, out.get(0).value().version(), "a redelivered claim does not bump the version");
        assertEquals(5L, progress.readValuesToList().get(0).received().get("harir"),
                "the table says it accounts for every claim received, the redelivered one too");
    }

    @Test
    void shouldDecideEachPlaceOncePerIntervalWithTheClaimsOfThatInterval() {
        send(claim("a", "harir", Status.PRESENT, Modality.ASSERTED, "2021-12-21"));
        send(claim("b", "joc-hq", Status.ADVISORY_ONLY, Modality.ASSERTED, "2021-12-29"));
        assertTrue(rows.isEmpty(), "no row before the interval passes");
        decide();
        // and the scopes above each place, which hear of what is asserted inside them (Scope)
        Set<String> scopes = new TreeSet<>(Places.ancestors("harir"));
        scopes.addAll(Places.ancestors("joc-hq"));
        assertEquals(2 + scopes.size(), rows.readValuesToList().size());
        decide();
        assertTrue(rows.isEmpty(), "a place without new claims is not decided again");
        send(claim("c", "harir", Status.WITHDRAWN, Modality.ASSERTED, "2027-01-02"));
        send(claim("d", "harir", Status.WITHDRAWN, Modality.ASSERTED, "2027-01-03"));
        decide();
        List<PlaceStatus> out = rows.readValuesToList().stream().filter(r -> r.place().equals("harir")).toList();
        assertEquals(1, out.size());
        assertEquals(Status.WITHDRAWN, out.get(0).status());
        assertEquals(3, out.get(0).version());
        assertEquals("2027-01-03", out.get(0).asOf());
    }

    @Test
    void shouldPublishNoRowForAClaimThatChangesNothingAReaderSees() {
        send(claim("a", "harir", Status.PRESENT, Modality.ASSERTED, "2021-12-21"));
        decide();
        assertEquals(Set.of("harir", "erbil", "iq-kurdistan", "iq"), rows.readKeyValuesToMap().keySet());
        progress.readValuesToList();

        send(claim("a", "harir", Status.PRESENT, Modality.ASSERTED, "2021-12-21")); // redelivered
        decide();
        assertEquals(List.of(), rows.readValuesToList(), "the rows are what they were");
        List<TableProgress> told = progress.readValuesToList();
        assertEquals(1, told.size(), "one progress record per country and decision");
        assertEquals("iq", told.get(0).country());
        assertEquals(Map.of("harir", 2L, "erbil", 2L, "iq-kurdistan", 2L, "iq", 2L), told.get(0).received(),
                "the rows as they stand account for both claims");
    }

    @Test
    void shouldPublishARowAgainOnlyForThePlacesWhoseRowChanged() {
        send(claim("a", "harir", Status.PRESENT, Modality.ASSERTED, "2021-12-21"));
        send(claim("b", "ain-al-asad", Status.PRESENT, Modality.ASSERTED, "2021-12-21"));
        decide();
        rows.readValuesToList();
        progress.readValuesToList();
        // a second outlet's story about harir: harir's row and its scopes' change, ain-al-asad's is not decided again
        send(claim("c", "harir", Status.WITHDRAWN, Modality.ASSERTED, "2027-01-02"));
        decide();
        Map<String, PlaceStatus> out = rows.readKeyValuesToMap();
        assertEquals(Status.WITHDRAWN, out.get("harir").status());
        assertFalse(out.containsKey("ain-al-asad"));
        assertFalse(out.containsKey("anbar"));
        Map<String, Long> received = progress.readValuesToList().get(0).received();
        assertEquals(1L, received.get("ain-al-asad"), "a place not decided in this round is still accounted for");
        assertEquals(2L, received.get("harir"));
        assertEquals(3L, received.get("iq"));
    }

    @Test
    void shouldCarryNoHeaderOnARow() {
        RecordHeaders headers = new RecordHeaders();
        headers.add("trace", "article-1".getBytes(StandardCharsets.UTF_8));
        claims.pipeInput(new TestRecord<>("iq-federal",
                Json.bytes(claim("a", "iq-federal", Status.WITHDRAWN, Modality.ASSERTED, "2026-01-18")), headers));
        decide();
        var joc = rows.readRecordsToList().stream().filter(r -> r.key().equals("joc-hq")).findFirst().orElseThrow();
        List<String> names = new ArrayList<>();
        joc.headers().forEach(h -> names.add(h.key()));
        assertEquals(List.of(), names, "a claim's headers stay on the claim");
    }

    @Test
    void shouldCountAnotherOutletCarryingTheStoryAsCorroboration() {
        Claim once = claim("a", "harir", Status.PRESENT, Modality.ASSERTED, "2025-11-27");
        send(once);
        decide();
        send(new Claim(once.articleId(), once.place(), once.status(), once.modality(), once.eventDate(), once.datePrecision(),
                null, once.start(), once.end(), once.confidence(), null, once.storyId(), once.source(), 3, null));
        decide();
        List<PlaceStatus> out = rows.readValuesToList().stream().filter(r -> r.place().equals("harir")).toList();
        assertEquals(1, out.get(0).sources());
        assertEquals(3, out.get(1).sources());
        assertTrue(out.get(1).version() > out.get(0).version(), "a corroborated row is a newer row");
        assertEquals(1, out.get(1).stories());
        assertEquals(once.evidence(), out.get(1).evidence().get(0).evidence(), "the evidence text of the first copy stays");
    }

    @Test
    void shouldKeepRowsOfDifferentPlacesApart() {
        send(claim("a", "harir", Status.PRESENT, Modality.ASSERTED, "2025-11-27"));
        send(claim("b", "joc-hq", Status.WITHDRAWN, Modality.ASSERTED, "2026-01-01"));
        Map<String, PlaceStatus> table = table();
        assertEquals(Status.PRESENT, table.get("harir").status());
        assertEquals(Status.WITHDRAWN, table.get("joc-hq").status());
        assertEquals("Joint Operations Command HQ", table.get("joc-hq").name());
    }

    @Test
    void shouldApplyARegionClaimToThePlacesInsideItUnlessAPlaceSaidMoreRecently() {
        send(claim("base", "joc-hq", Status.ADVISORY_ONLY, Modality.ASSERTED, "2021-12-29"));
        send(claim("taji", "taji", Status.WITHDRAWN, Modality.ASSERTED, "2020-08-23"));
        send(claim("fed", "iq-federal", Status.WITHDRAWN, Modality.ASSERTED, "2026-01-18"));
        send(claim("iq", "iq", Status.ADVISORY_ONLY, Modality.ASSERTED, "2021-12-09"));
        send(claim("harir", "harir", Status.PRESENT, Modality.ASSERTED, "2026-02-01"));
        send(claim("stay", "iq", Status.PRESENT, Modality.ASSERTED, "2026-03-01"));
        Map<String, PlaceStatus> table = table();
        assertEquals(Status.WITHDRAWN, table.get("victory").status(), "forces remaining in Iraq are not forces at every base");
        assertEquals(Status.WITHDRAWN, table.get("joc-hq").status());
        assertEquals("iq-federal", table.get("joc-hq").inheritedFrom());
        assertEquals(Status.WITHDRAWN, table.get("union-iii").status(), "a base nobody named takes its region's status");
        assertEquals(Status.WITHDRAWN, table.get("taji").status(), "a country-wide end of combat does not reopen a base handed over");
        send(claim("plan", "iq", Status.ADVISORY_ONLY, Modality.PLANNED, "2021-12-31"));
        assertNull(table().get("taji").expected(), "nor is it expected to go back to advisers by a country-wide plan");
        assertEquals(Status.PRESENT, table.get("harir").status());
        assertNull(table.get("harir").inheritedFrom());
        assertEquals(Status.ADVISORY_ONLY, table.get("erbil-air-base").status());
        assertEquals("iq", table.get("erbil-air-base").inheritedFrom());
    }

    @Test
    void shouldKeepWhatAPlacesOldestClaimsDecidedWhenTheyAreDroppedBeyondTheCap() {
        // taji was handed over in 2020; then the country is said to be advisers-only, article after article
        send(claim("handover", "taji", Status.WITHDRAWN, Modality.ASSERTED, "2020-08-23"));
        LocalDate day = LocalDate.of(2021, 1, 1);
        for (int i = 0; i < DecideStatus.MAX_CLAIMS_PER_PLACE + 20; i++) {
            send(claim("iq-" + i, "iq", Status.ADVISORY_ONLY, Modality.ASSERTED, day.plusDays(i).toString()));
        }
        PlaceStatus taji = table().get("taji");
        assertEquals(Status.WITHDRAWN, taji.status(), "the handover still bars a country-wide claim from reopening the base");
        assertEquals("2020-08-23", taji.since());
        assertEquals(List.of(Status.WITHDRAWN), changes.readValuesToList().stream().filter(c -> c.place().equals("taji"))
                .map(StatusChange::to).toList());
    }

    @Test
    void shouldNeitherMoveSinceNorEmitChangesWhenOldClaimsAreDropped() {
        send(claim("first", "harir", Status.PRESENT, Modality.ASSERTED, "2019-05-01"));
        send(claim("left", "harir", Status.WITHDRAWN, Modality.ASSERTED, "2020-01-01"));
        LocalDate day = LocalDate.of(2020, 1, 2);
        for (int i = 0; i < DecideStatus.MAX_CLAIMS_PER_PLACE + 20; i++) {
            send(claim("gone-" + i, "harir", Status.WITHDRAWN, Modality.ASSERTED, day.plusDays(i).toString()));
        }
        PlaceStatus harir = table().get("harir");
        assertEquals(Status.WITHDRAWN, harir.status());
        assertEquals("2020-01-01", harir.since(), "the status began with the claim that was dropped, not with the oldest one kept");
        List<String> moved = changes.readValuesToList().stream().filter(c -> c.place().equals("harir"))
                .map(c -> c.from() + ">" + c.to() + "@" + c.effectiveDate()).toList();
        assertEquals(List.of("null>PRESENT@2019-05-01", "PRESENT>WITHDRAWN@2020-01-01"), moved,
                "dropping the oldest claims is not a change of status");
    }

    @Test
    void shouldDeadLetterAnUnreadableClaimAndGoOn() {
        claims.pipeInput("harir", "not json".getBytes(StandardCharsets.UTF_8));
        send(claim("a", "harir", Status.PRESENT, Modality.ASSERTED, "2025-11-27"));
        var dlq = driver.createOutputTopic(Topics.CLAIMS_DLQ, new StringDeserializer(), new StringDeserializer());
        var dead = dlq.readRecord();
        assertEquals("not json", dead.value());
        assertEquals("corrupt-json", new String(dead.headers().lastHeader(org.basewatch.contracts.DeadLetters.REASON).value(), StandardCharsets.UTF_8));
        assertTrue(table().containsKey("harir"));
    }

    @Test
    void shouldStoreACountryWideClaimOnceAndDecideEveryPlaceItSpeaksFor() {
        send(claim("exit", "iq", Status.WITHDRAWN, Modality.ASSERTED, "2026-01-18"));
        Map<String, PlaceStatus> table = table();
        List<String> inside = Places.all().stream().map(p -> p.id()).filter(id -> Places.within(id, "iq")).toList();
        assertTrue(inside.size() > 10, "the gazetteer has the places of DOMAIN.md: " + inside);
        for (String place : inside) {
            assertEquals(Status.WITHDRAWN, table.get(place).status(), place);
            assertEquals("iq", table.get(place).inheritedFrom(), place);
        }
        List<String> stored = new ArrayList<>();
        var store = driver.<String, Object>getKeyValueStore(DecideStatus.STORE);
        try (var all = store.all()) {
            all.forEachRemaining(kv -> stored.add(kv.key));
        }
        assertEquals(List.of("iq|exit|WITHDRAWN|ASSERTED|0|2026-01-18"), stored, "one entry for the claim, not one per place");
    }

    @Test
    void shouldDecideOnlyThePlacesANewClaimSpeaksFor() {
        send(claim("exit", "iq", Status.WITHDRAWN, Modality.ASSERTED, "2026-01-18"));
        decide();
        rows.readRecordsToList();
        send(claim("stay", "harir", Status.PRESENT, Modality.ASSERTED, "2026-02-01"));
        decide();
        Set<String> decided = new TreeSet<>();
        rows.readRecordsToList().forEach(r -> decided.add(r.key()));
        assertEquals(Set.of("harir", "erbil", "iq-kurdistan", "iq"), decided, "harir and the scopes that hear of it");
    }

    @Test
    void shouldNotAnnounceAScopeWithdrawnWhileAPlaceInsideStillHasForces() {
        send(claim("stay", "harir", Status.PRESENT, Modality.ASSERTED, "2026-02-01"));
        send(claim("stay-too", "harir", Status.PRESENT, Modality.ASSERTED, "2026-02-03"));
        send(claim("region-left", "iq-kurdistan", Status.WITHDRAWN, Modality.ASSERTED, "2026-03-01"));
        assertEquals(Status.PRESENT, table().get("iq-kurdistan").status(), "the row is held up by harir");
        List<String> region = changes.readValuesToList().stream().filter(c -> c.place().equals("iq-kurdistan"))
                .map(c -> c.from() + ">" + c.to() + "@" + c.effectiveDate()).toList();
        assertEquals(List.of("null>PRESENT@2026-02-01"), region,
                "and so is what the region announces: harir's presence, summarised, then its own word held up (no change)");

        send(claim("left", "harir", Status.WITHDRAWN, Modality.ASSERTED, "2026-12-05"));
        send(claim("left-too", "harir", Status.WITHDRAWN, Modality.ASSERTED, "2026-12-06"));
        assertEquals(Status.WITHDRAWN, table().get("iq-kurdistan").status());
        List<StatusChange> after = changes.readValuesToList().stream().filter(c -> c.place().equals("iq-kurdistan")).toList();
        assertEquals(List.of("PRESENT>WITHDRAWN@2026-12-05"), after.stream().map(c -> c.from() + ">" + c.to() + "@" + c.effectiveDate()).toList(),
                "withdrawn when the last place inside with forces is");
        assertEquals("left", after.get(0).evidence().articleId());
    }

    @Test
    void shouldAnnounceARegionSummaryOnlyWhenTheStatusItSummarisesChanges() {
        send(claim("harir-stays", "harir", Status.PRESENT, Modality.ASSERTED, "2025-10-01"));
        send(claim("erbil-stays", "erbil-air-base", Status.PRESENT, Modality.ASSERTED, "2025-10-15"));
        send(claim("harir-left", "harir", Status.WITHDRAWN, Modality.ASSERTED, "2026-01-10"));
        PlaceStatus region = table().get("iq-kurdistan");
        assertEquals(Status.PRESENT, region.status(), "erbil air base still has forces");
        assertTrue(region.why().summary().contains("Erbil Air Base"), region.why().summary());
        send(claim("erbil-left", "erbil-air-base", Status.WITHDRAWN, Modality.ASSERTED, "2026-02-20"));
        assertEquals(Status.WITHDRAWN, table().get("iq-kurdistan").status());
        List<String> region2 = changes.readValuesToList().stream().filter(c -> c.place().equals("iq-kurdistan"))
                .map(c -> c.from() + ">" + c.to() + "@" + c.effectiveDate()).toList();
        assertEquals(List.of("null>PRESENT@2025-10-01", "PRESENT>WITHDRAWN@2026-02-20"), region2,
                "a second place with forces, or one of two leaving, is no change of the region");
    }

    @Test
    void shouldNotAnnounceAScopeWithdrawnTheDayItsLastPlaceOnlyBeganToLeave() {
        send(claim("stay", "harir", Status.PRESENT, Modality.ASSERTED, "2026-02-01"));
        send(claim("region-left", "iq-kurdistan", Status.WITHDRAWN, Modality.ASSERTED, "2026-03-01"));
        send(claim("leaving", "harir", Status.WITHDRAWING, Modality.ASSERTED, "2026-11-01"));
        assertEquals(Status.WITHDRAWING, table().get("iq-kurdistan").status(), "harir's forces are leaving, not gone");
        send(claim("left", "harir", Status.WITHDRAWN, Modality.ASSERTED, "2026-12-05", 0.9));
        assertEquals(Status.WITHDRAWN, table().get("iq-kurdistan").status());
        List<String> region = changes.readValuesToList().stream().filter(c -> c.place().equals("iq-kurdistan"))
                .map(c -> c.from() + ">" + c.to() + "@" + c.effectiveDate()).toList();
        assertEquals(List.of("null>PRESENT@2026-02-01", "PRESENT>WITHDRAWING@2026-11-01", "WITHDRAWING>WITHDRAWN@2026-12-05"), region,
                "withdrawn the day the last place inside is, not the day it began to withdraw");
    }

    @Test
    void shouldAnnounceTheCurrentStatusNotTheStepsALateOldArticleInsertsInThePast() {
        send(claim("arrived", "ain-al-asad", Status.PRESENT, Modality.ASSERTED, "2020-01-10"));
        send(claim("left", "ain-al-asad", Status.WITHDRAWN, Modality.ASSERTED, "2026-01-18", 0.9));
        send(claim("late-advisers", "ain-al-asad", Status.ADVISORY_ONLY, Modality.ASSERTED, "2021-12-18"));
        send(claim("late-leaving", "ain-al-asad", Status.WITHDRAWING, Modality.ASSERTED, "2025-08-01", 0.9));
        assertEquals("2026-01-18", table().get("ain-al-asad").since());
        List<String> announced = changes.readValuesToList().stream().filter(c -> c.place().equals("ain-al-asad"))
                .map(c -> c.from() + ">" + c.to() + "@" + c.effectiveDate() + " " + c.kind()).toList();
        assertEquals(List.of("null>PRESENT@2020-01-10 current", "PRESENT>WITHDRAWN@2026-01-18 current"), announced,
                "late articles that only fill in the past before the current status announce nothing");

        send(claim("left-earlier", "ain-al-asad", Status.WITHDRAWN, Modality.ASSERTED, "2026-01-10", 0.95));
        List<StatusChange> corrected = changes.readValuesToList().stream().filter(c -> c.place().equals("ain-al-asad")).toList();
        assertEquals(List.of("WITHDRAWING>WITHDRAWN@2026-01-10 retroactive"),
                corrected.stream().map(c -> c.from() + ">" + c.to() + "@" + c.effectiveDate() + " " + c.kind()).toList(),
                "a late article that moves the day the current status began corrects the past, once");
        assertEquals("left-earlier", corrected.get(0).evidence().articleId());
    }
}
