package org.basewatch.sink;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;
import org.basewatch.contracts.Claim;
import org.basewatch.contracts.JsonSerde;
import org.basewatch.contracts.Membership;
import org.basewatch.contracts.PlaceStatus;
import org.basewatch.contracts.StatusChange;
import org.basewatch.contracts.TableProgress;
import org.basewatch.contracts.Topics;
import org.basewatch.sink.status.PlaceClaims;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;

/**
 * The sink's stream: claims (keyed by place) in, the per-place status table and its changes out.
 * <pre>
 * claims ─ read-claims ─┬─ unreadable ─▶ claims-dlq (original bytes, reason headers)
 *                       └─ key-by-country ─▶ [claims-by-country] ─ decide-status (country-claims, place-summaries, published-transitions)
 *                              ├─ status-rows ─▶ base-status (compacted, keyed by place; at most one row per place per decision interval, when it changed)
 *                              ├─ table-progress ─▶ base-status-progress (compacted, keyed by country; claims each place's row accounts for)
 *                              └─ status-changes ─▶ base-status-changes (keyed by place; as each claim reveals them)
 * </pre>
 * A claim crosses the repartition once, keyed by its country, and is stored once: one task holds a country's whole
 * hierarchy, and each place decides from the claims that speak for it (its own, its scopes', those asserted inside
 * it) without a copy per place. The stores and the repartition have new names (until issue 16 a claim was copied to
 * every place, {@code claims-by-place} and {@code place-claims}): a data folder of that layout starts its sink state
 * empty, so replay the claims (docs/operations.md, resetting the sink) after upgrading.
 */
public final class StatusTopology {
    public static final String APPLICATION_ID = "basewatch-sink";
    /** Milliseconds between decisions of the places that received claims (wall clock). */
    public static final String DECIDE_INTERVAL = "basewatch.sink.decide.interval.ms";

    private StatusTopology() {
    }

    /** Streams settings every deployment of the sink needs; {@code overrides} win. */
    public static Properties config(Properties overrides) {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, APPLICATION_ID);
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
        // each transactional hop makes its output visible at commit: four hops from article to row, so this bounds latency
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
        // a claim that fails to decide (a bug, not bad input) goes to claims-dlq with Streams' error headers
        p.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, Topics.CLAIMS_DLQ);
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueProcessingExceptionHandler.class);
        // claims and rows compress well in a batch (evidence text, repeated field names)
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        p.putAll(overrides);
        // static membership: a restarted instance takes its old member's place at once (Membership)
        return Membership.applyToStreams(p);
    }

    /** How often pending places are decided: {@value #DECIDE_INTERVAL} in milliseconds, default 100. */
    static Duration decideInterval(Properties props) {
        String ms = props.getProperty(DECIDE_INTERVAL);
        return ms == null ? DecideStatus.DEFAULT_INTERVAL : Duration.ofMillis(Long.parseLong(ms.trim()));
    }

    public static Topology buildTopology(Properties props) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(DecideStatus.STORE), Serdes.String(), JsonSerde.of(PlaceClaims.StoredClaim.class)));
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(DecideStatus.SUMMARY), Serdes.String(), JsonSerde.of(PlaceClaims.class)));
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(DecideStatus.TRANSITIONS), Serdes.String(), Serdes.String()));
        Duration interval = decideInterval(props);

        Map<String, KStream<String, ReadClaims.Parsed>> parsed = builder
                .stream(Topics.CLAIMS, Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("claims-source"))
                .processValues(ReadClaims::new, Named.as("read-claims"))
                .split(Named.as("claims-"))
                .branch((place, p) -> p.isClaim(), Branched.as("readable"))
                .defaultBranch(Branched.as("unreadable"));
        parsed.get("claims-unreadable")
                .mapValues(ReadClaims.Parsed::raw, Named.as("original-claim-bytes"))
                .to(Topics.CLAIMS_DLQ, Produced.with(Serdes.String(), Serdes.ByteArray()).withName("claims-dlq-sink"));

        KStream<String, DecideStatus.Outcome> decided = parsed.get("claims-readable")
                .map((place, p) -> KeyValue.pair(Scope.country(p.claim().place()), p.claim()), Named.as("key-by-country"))
                .repartition(Repartitioned.with(Serdes.String(), JsonSerde.of(Claim.class)).withName("claims-by-country"))
                .process(() -> new DecideStatus(interval), Named.as("decide-status"),
                        DecideStatus.STORE, DecideStatus.SUMMARY, DecideStatus.TRANSITIONS);

        decided.filter((place, outcome) -> outcome.row() != null, Named.as("decided-rows"))
                .mapValues(DecideStatus.Outcome::row, Named.as("status-rows"))
                .to(Topics.BASE_STATUS, Produced.with(Serdes.String(), JsonSerde.of(PlaceStatus.class)).withName("base-status-sink"));
        decided.filter((country, outcome) -> outcome.progress() != null, Named.as("decided-progress"))
                .mapValues(DecideStatus.Outcome::progress, Named.as("table-progress"))
                .to(Topics.BASE_STATUS_PROGRESS, Produced.with(Serdes.String(), JsonSerde.of(TableProgress.class)).withName("base-status-progress-sink"));
        decided.flatMapValues(DecideStatus.Outcome::changes, Named.as("status-changes"))
                .to(Topics.BASE_STATUS_CHANGES, Produced.with(Serdes.String(), JsonSerde.of(StatusChange.class)).withName("base-status-changes-sink"));
        return builder.build(props);
    }
}
