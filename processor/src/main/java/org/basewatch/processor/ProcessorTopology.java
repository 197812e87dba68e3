package org.basewatch.processor;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
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
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.common.serialization.Serde;
import org.basewatch.contracts.Article;
import org.basewatch.contracts.Claim;
import org.basewatch.contracts.JsonSerde;
import org.basewatch.contracts.Membership;
import org.basewatch.contracts.Revision;
import org.basewatch.contracts.Settings;
import org.basewatch.contracts.StoryMark;
import org.basewatch.contracts.Topics;
import org.basewatch.processor.dedup.DedupRocksDbConfig;
import org.basewatch.processor.dedup.DedupSerdes;
import org.basewatch.processor.dedup.ExtractClaims;
import org.basewatch.processor.dedup.MarkStories;
import org.basewatch.processor.dedup.Retention;
import org.basewatch.processor.dedup.StoryArticle;
import org.basewatch.processor.dedup.StoryClaimsSerde;
import org.basewatch.processor.extract.ClaimExtractor;
import org.basewatch.processor.validate.ArticleValidator;
import org.basewatch.processor.validate.CheckedRecord;
import org.basewatch.processor.validate.SortByTopic;
import org.basewatch.processor.validate.SortedArticle;
import org.basewatch.processor.validate.SortedArticle.Way;
import org.basewatch.processor.validate.ValidateArticles;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.function.LongConsumer;

/**
 * The processor: raw articles in, deduplicated stories and their withdrawal claims out.
 * <pre>
 * articles ─ validate-articles ─┬─ invalid ─▶ articles-dlq (original bytes, reason headers)
 *                               └─ valid ─ sort-by-topic (on-topic-articles) ─┬─ off-topic ─▶ stories (a story of its own)
 *                                                                             ├─ no longer on topic ─ drop-off-topic-text ─┐
 *                                                                             └─ on-topic ─────────────────────────────────┴─┐
 *                                    ┌───────────────────────────────────────────────────────────────────────────────────────┘
 *                                    └─ key-for-dedup ─▶ [articles-for-dedup, 1 partition]
 *                                    ─ mark-stories (story-articles, story-outlets, story-links; passes an article no
 *                                      longer on topic untouched)
 *                                    ├─▶ stories (every article's story mark, keyed by article id)
 *                                    └─ key-by-story ─▶ [stories-for-extraction, {@value #EXTRACTION_PARTITIONS} partitions]
 *                                         ─ extract-claims (story-slim-claims, article-revisions) ─▶ claims (keyed by place;
 *                                           a corrected article, one no longer on topic, or a story's replaced
 *                                           original, also sends a retraction to each top place)
 * </pre>
 * Keys and values on topics are UTF-8 strings and JSON; see {@link Topics}. The dedup stores hold compact binary
 * ({@link DedupSerdes}, {@link StoryClaimsSerde}), keyed by hour so that {@link Retention}
 * ({@value Retention#CONFIG}, default 30 days of event time) expires them with range deletes.
 */
public final class ProcessorTopology {
    public static final String APPLICATION_ID = "basewatch-processor";
    /**
     * Partitions of {@code stories-for-extraction}, the repartition extraction runs on. Unless the settings give it,
     * {@code Pipeline} sets it to those of that topic when it exists (an existing deployment keeps its layout until a
     * reset), else to those of {@code articles}; without any of these it is {@value Settings#PARTITIONS}.
     */
    public static final String EXTRACTION_PARTITIONS = "basewatch.extraction.partitions";
    /** Name of the repartition extraction runs on ({@code <application id>-stories-for-extraction-repartition}). */
    public static final String EXTRACTION_REPARTITION = "stories-for-extraction";
    private static final String DEDUP_KEY = "stories";

    private ProcessorTopology() {
    }

    /** Streams settings every deployment of the processor needs; {@code overrides} win. */
    public static Properties config(Properties overrides) {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, APPLICATION_ID);
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        // two threads: extraction (most of the work) runs on one while dedup and validation run on the other
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 2);
        p.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
        // each transactional hop makes its output visible at commit: four hops from article to row, so this bounds latency
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
        // a record that fails past validation (a bug, not bad input) is dead-lettered with Streams' error headers, never lost
        p.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, Topics.ARTICLES_DLQ);
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueProcessingExceptionHandler.class);
        p.put(StreamsConfig.producerPrefix("max.request.size"), 64 * 1024 * 1024);
        // the producer buffer must hold the largest record (a 64 MB article would otherwise stall its partition)
        p.put(StreamsConfig.producerPrefix("buffer.memory"), 160L * 1024 * 1024);
        p.put(StreamsConfig.consumerPrefix("max.partition.fetch.bytes"), 64 * 1024 * 1024);
        // Arabic text in JSON: lz4 halves what goes to the broker for little CPU (a setting of the user's wins)
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        p.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, DedupRocksDbConfig.class);
        p.put(Retention.CONFIG, Retention.DEFAULT_SETTING);
        p.putAll(overrides);
        // static membership: a restarted instance takes its old member's place at once (Membership)
        return Membership.applyToStreams(p);
    }

    /**
     * The processor's own settings ({@code basewatch.dedup.*}: {@value Retention#CONFIG},
     * {@value DedupRocksDbConfig#CONFIG}; {@value #EXTRACTION_PARTITIONS}, {@value Settings#PARTITIONS},
     * {@value Membership#CONFIG}) out of everything {@code Settings.resolve} gathered, to pass to {@link #config}
     * next to the Kafka client settings.
     */
    public static Properties settings(Properties all) {
        Properties p = new Properties();
        all.stringPropertyNames().stream()
                .filter(k -> k.startsWith("basewatch.dedup.") || k.equals(EXTRACTION_PARTITIONS) || k.equals(Settings.PARTITIONS)
                        || k.equals(Membership.CONFIG))
                .forEach(k -> p.setProperty(k, all.getProperty(k)));
        return p;
    }

    /** {@value #EXTRACTION_PARTITIONS}, else {@value Settings#PARTITIONS}, else that setting's default. */
    static int extractionPartitions(Properties props) {
        Object n = props.get(EXTRACTION_PARTITIONS);
        if (n == null) {
            n = props.get(Settings.PARTITIONS);
        }
        if (n == null) {
            n = Settings.defaults().getProperty(Settings.PARTITIONS);
        }
        int partitions = Integer.parseInt(n.toString().trim());
        if (partitions < 1) {
            throw new IllegalArgumentException(EXTRACTION_PARTITIONS + " must be at least 1, not " + partitions);
        }
        return partitions;
    }

    public static Topology buildTopology(Properties props) {
        return buildTopology(props, new ArticleValidator(), new ClaimExtractor());
    }

    public static Topology buildTopology(Properties props, ArticleValidator validator, ClaimExtractor extractor) {
        return buildTopology(props, validator, extractor, nanos -> { });
    }

    /** The topology, telling {@code extractionNanos} how long each article's extraction took. */
    public static Topology buildTopology(Properties props, ArticleValidator validator, ClaimExtractor extractor,
                                         LongConsumer extractionNanos) {
        StreamsBuilder builder = new StreamsBuilder();
        JsonSerde<Article> articleSerde = JsonSerde.of(Article.class);

        Duration retention = Retention.parse(props.get(Retention.CONFIG)).retention();
        builder.addStateStore(store(MarkStories.ARTICLES, DedupSerdes.filedArticle()));
        builder.addStateStore(store(MarkStories.OUTLETS, DedupSerdes.outlets()));
        builder.addStateStore(store(MarkStories.LINKS, Serdes.String()));
        builder.addStateStore(store(ExtractClaims.STORE, new StoryClaimsSerde()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ExtractClaims.REVISIONS),
                Serdes.String(), JsonSerde.of(Revision.class)));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(SortByTopic.STORE),
                Serdes.String(), Serdes.ByteArray()));

        Map<String, KStream<String, CheckedRecord>> checked = builder
                .stream(Topics.ARTICLES, Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("articles-source"))
                .process(() -> new ValidateArticles(validator), Named.as("validate-articles"))
                .split(Named.as("articles-"))
                .branch((id, r) -> r.isValid(), Branched.as("valid"))
                .defaultBranch(Branched.as("invalid"));

        checked.get("articles-invalid")
                .mapValues(CheckedRecord::raw, Named.as("original-bytes"))
                .to(Topics.ARTICLES_DLQ, Produced.with(Serdes.String(), Serdes.ByteArray()).withName("articles-dlq-sink"));

        // most of a news firehose is about other things: it leaves here, before dedup state or extraction, with the
        // story mark every processed article gets (an off-topic article is a story of its own). An off-topic new
        // version of an article that was on topic goes on, without its text, to withdraw what the old one said; it
        // takes the on-topic articles' way, so it comes to extraction after its old version whatever the load
        Map<String, KStream<String, SortedArticle>> topics = checked.get("articles-valid")
                .mapValues(r -> r.validation().article(), Named.as("valid-articles"))
                .process(SortByTopic::new, Named.as("sort-by-topic"), SortByTopic.STORE)
                .split(Named.as("topic-"))
                .branch((id, sorted) -> sorted.is(Way.OFF_TOPIC), Branched.as("off"))
                .branch((id, sorted) -> sorted.is(Way.NO_LONGER_ON_TOPIC), Branched.as("no-longer-on"))
                .defaultBranch(Branched.as("on"));
        topics.get("topic-off")
                .map((id, s) -> KeyValue.pair(s.article().id(), new StoryMark(s.article().id(), s.article().id(), null, null,
                        s.article().source())), Named.as("off-topic-marks"))
                .to(Topics.STORIES, Produced.with(Serdes.String(), JsonSerde.of(StoryMark.class)).withName("off-topic-stories-sink"));
        KStream<String, Article> forDedup = topics.get("topic-on")
                .mapValues(SortedArticle::article, Named.as("on-topic-article"))
                .merge(topics.get("topic-no-longer-on").mapValues(s -> StoryArticle.withoutText(s.article()), Named.as("drop-off-topic-text")),
                        Named.as("with-articles-no-longer-on-topic"));

        KStream<String, StoryArticle> marked = forDedup
                .map((id, article) -> KeyValue.pair(DEDUP_KEY, article), Named.as("key-for-dedup"))
                // one partition: an article's candidates sit under 16 band keys, and they must all be
                // in the one store this task sees; LSH keeps the per-article cost flat, so one task keeps up
                .repartition(Repartitioned.with(Serdes.String(), articleSerde).withName("articles-for-dedup").withNumberOfPartitions(1))
                .process(() -> new MarkStories(new Retention(retention)), Named.as("mark-stories"),
                        MarkStories.ARTICLES, MarkStories.OUTLETS, MarkStories.LINKS);

        // extraction is most of the processor's work: it runs on the partitions of a repartition keyed by
        // story, so it spreads over threads and instances while dedup stays on its one partition; a
        // story's original and its copies share a key, so they reach extraction in the order dedup saw them.
        // The count is explicit: left to Streams it would copy that of the topic upstream, dedup's one partition
        KStream<String, StoryArticle> forExtraction = marked
                .selectKey((id, story) -> story.mark().storyId(), Named.as("key-by-story"))
                .mapValues(StoryArticle::forExtraction, Named.as("drop-copy-text"))
                .repartition(Repartitioned.with(Serdes.String(), JsonSerde.of(StoryArticle.class)).withName(EXTRACTION_REPARTITION)
                        .withNumberOfPartitions(extractionPartitions(props)));
        forExtraction
                .process(() -> new ExtractClaims(extractor, new Retention(retention), extractionNanos), Named.as("extract-claims"),
                        ExtractClaims.STORE, ExtractClaims.REVISIONS)
                .to(Topics.CLAIMS, Produced.with(Serdes.String(), JsonSerde.of(Claim.class)).withName("claims-sink"));

        // the story mark leaves after extraction, in the same task and transaction as the article's claims: a
        // consumer that has read an article's mark under read_committed has read its claims too (`local` waits on that)
        forExtraction
                .map((story, a) -> KeyValue.pair(a.mark().articleId(), a.mark()), Named.as("story-marks"))
                .to(Topics.STORIES, Produced.with(Serdes.String(), JsonSerde.of(StoryMark.class)).withName("stories-sink"));

        return builder.build(props);
    }

    private static <V> StoreBuilder<KeyValueStore<Bytes, V>> store(String name, Serde<V> values) {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.Bytes(), values);
    }
}
