package org.basewatch.bench;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.basewatch.app.BrokerOptions;
import org.basewatch.app.DataOptions;
import org.basewatch.app.Pipeline;
import org.basewatch.broker.EmbeddedBroker;
import org.basewatch.contracts.Json;
import org.basewatch.contracts.Settings;
import org.basewatch.contracts.TopicSetup;
import org.basewatch.contracts.Topics;
import org.basewatch.processor.ProcessorTopology;
import org.basewatch.sink.StatusTopology;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * {@code basewatch bench}: the whole pipeline on the embedded broker with exactly-once on.
 * Throughput against a pass-through Streams app on the same records, latency from sending an
 * article to its status rows being readable, dedup state and memory per article, and the growth
 * of the per-article cost over a long stream. Ends with one JSON line of the headline figures.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmark the whole pipeline (embedded broker, processor, sink, exactly-once) on generated articles.",
                "Prints a table and, last, one JSON line with the headline figures. See docs/benchmark.md."})
public final class BenchCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(BenchCommand.class);
    private static final String PREFIX = "bench-";

    @Option(names = "--articles", defaultValue = "20000", description = "Articles pre-loaded for the throughput phase (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--syndicated-share", defaultValue = "0.2", description = "Share of articles that are syndicated copies of an earlier one (default: ${DEFAULT-VALUE}).")
    double syndicatedShare;

    @Option(names = "--rate", defaultValue = "100", description = "Articles per second offered in the latency phase (default: ${DEFAULT-VALUE}).")
    double rate;

    @Option(names = "--latency-seconds", defaultValue = "20", description = "Length of the latency phase in seconds (default: ${DEFAULT-VALUE}).")
    double latencySeconds;

    @Option(names = "--cost-articles", defaultValue = "100000", description = "Length of the in-process stream whose first and last tenth are timed (default: ${DEFAULT-VALUE}).")
    long costArticles;

    @Option(names = "--mix", defaultValue = "on-topic", description = "on-topic: every article about the bases (the worst case);"
            + " firehose: mostly other news of the same length, a few percent on-topic wire items (default: ${DEFAULT-VALUE}).")
    String mix;

    @Option(names = "--seed", defaultValue = "20260101", description = "Seed of the article generator (default: ${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    DataOptions data;

    @Mixin
    BrokerOptions ports;

    @Option(names = "--timeout", defaultValue = "PT15M", description = "Give up on a phase after this ISO-8601 duration (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Spec
    CommandSpec spec;

    private PrintWriter out;
    private final Map<String, Object> figures = new LinkedHashMap<>();

    @Override
    public Integer call() throws Exception {
        out = spec.commandLine().getOut();
        if (articles < 1 || rate <= 0 || latencySeconds <= 0) {
            throw new IllegalArgumentException("--articles, --rate and --latency-seconds must be positive");
        }
        boolean temporary = data.given() == null;
        Path dir = temporary ? Files.createTempDirectory("basewatch-bench-") : data.given();
        Files.createDirectories(dir);
        int clientPort = ports.port(BrokerOptions.FREE);
        int ctrlPort = ports.controllerPort(BrokerOptions.FREE, clientPort);
        ArticleGenerator generator = new ArticleGenerator(seed, syndicatedShare, mix());
        figures.put("mix", mix);
        out.printf("basewatch bench at %s: %d processors, max heap %d MiB, Java %s, load average %.2f; data in %s%n",
                Instant.now(), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"), Sizes.loadAverage(), dir);
        out.flush();
        try {
            onBroker(dir, clientPort, ctrlPort, generator);
            costPhase(generator);
        } finally {
            if (temporary) {
                deleteQuietly(dir);
            }
        }
        printJson();
        return 0;
    }

    private ArticleGenerator.Mix mix() {
        return switch (mix) {
            case "on-topic" -> ArticleGenerator.Mix.ON_TOPIC;
            case "firehose" -> ArticleGenerator.Mix.FIREHOSE;
            default -> throw new IllegalArgumentException("--mix must be on-topic or firehose, not " + mix);
        };
    }

    private void onBroker(Path dir, int clientPort, int ctrlPort, ArticleGenerator generator) throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start(dir, clientPort, ctrlPort)) {
            Map<String, String> flags = Map.of(Settings.BOOTSTRAP, broker.bootstrapServers(),
                    Settings.PARTITIONS, "3", Settings.REPLICATION, "1");
            Properties settings = Settings.resolve(null, Map.of(), flags);
            Properties client = Settings.kafkaClient(settings);
            TopicSetup.ensure(client, 3, (short) 1);
            try (Admin admin = Admin.create(client)) {
                if (!admin.listTopics().names().get().contains(PassThrough.TOPIC)) {
                    admin.createTopics(List.of(new NewTopic(PassThrough.TOPIC, 3, (short) 1)
                            .configs(Map.of("max.message.bytes", String.valueOf(64 * 1024 * 1024))))).all().get();
                }
            }
            preload(client, generator);
            Path state = dir.resolve("state");
            KafkaStreams processor = null;
            try (OutputWatch watch = new OutputWatch(client);
                 Pipeline pipeline = new Pipeline().startSink(settings, state.resolve("sink"),
                         "jdbc:sqlite:" + dir.toAbsolutePath().resolve("basewatch.db"))) {
                awaitStableGroup(client, StatusTopology.APPLICATION_ID);
                processor = Pipeline.processor(settings, state.resolve("processor"));
                pipelinePhase(processor, pipeline, watch, client);
                passThroughPhase(settings, client, state.resolve("passthrough"));
                latencyPhase(client, pipeline, watch, generator);
                figures.put("rss_mb", round(Sizes.procStatusMb("VmRSS"), 1));
                figures.put("rss_peak_mb", round(Sizes.procStatusMb("VmHWM"), 1));
                figures.put("changelog_bytes", changelogBytes(client));
            } finally {
                if (processor != null) {
                    processor.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                            .withTimeout(Duration.ofSeconds(30)));
                }
            }
            // closed stores have flushed their memtables, so the SST files hold all the state
            statePhase(state.resolve("processor").resolve(ProcessorTopology.APPLICATION_ID));
        }
    }

    private void preload(Properties client, ArticleGenerator generator) {
        long start = System.nanoTime();
        long syndicated = 0;
        long chars = 0;
        try (KafkaProducer<String, byte[]> producer = producer(client, 20)) {
            for (long i = 0; i < articles; i++) {
                var article = generator.article(PREFIX, i);
                chars += article.text().length();
                syndicated += generator.isSyndicated(i) ? 1 : 0;
                producer.send(new ProducerRecord<>(Topics.ARTICLES, article.id(), Json.bytes(article)));
            }
            producer.flush();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf("pre-loaded %d articles (%d syndicated copies, mean %d characters) into %s in %.1f s (not timed)%n",
                articles, syndicated, chars / articles, Topics.ARTICLES, seconds);
        out.flush();
    }

    /** Time from the processor running to every pre-loaded article processed and every status row out and in the database. */
    private void pipelinePhase(KafkaStreams processor, Pipeline pipeline, OutputWatch watch, Properties client) {
        AtomicLong runningAt = startTimed(processor);
        long started = System.nanoTime();
        AtomicLong processorDone = new AtomicLong();
        long[] lastCheck = {0};
        long done;
        try (Admin admin = Admin.create(client)) {
            done = await(() -> {
                // the processor is done when every article has its story mark and extraction has read all of its input
                long now = System.nanoTime();
                if (processorDone.get() == 0 && watch.processed() >= articles && now - lastCheck[0] > 50_000_000L) {
                    lastCheck[0] = now;
                    if (repartitionsConsumed(admin, ProcessorTopology.APPLICATION_ID)) {
                        processorDone.set(now);
                    }
                }
                return watch.allOut(articles) && pipeline.writer().rowsWritten() >= watch.count(Topics.BASE_STATUS);
            }, "the pipeline to process " + articles + " articles");
        }
        double seconds = (done - runningAt.get()) / 1e9;
        double aps = articles / seconds;
        figures.put("pipeline_aps", round(aps, 1));
        out.printf("pipeline: %d articles in %.2f s from RUNNING (%.2f s from start): %.0f articles/s; %d story marks (%d of them duplicates), %d dead letters, %d claims, %d status rows%n",
                articles, seconds, (done - started) / 1e9, aps, watch.count(Topics.STORIES), watch.duplicates(),
                watch.count(Topics.ARTICLES_DLQ), watch.count(Topics.CLAIMS), watch.count(Topics.BASE_STATUS));
        // the whole pipeline can be done before the processor's offsets were looked at again
        double processorSeconds = ((processorDone.get() == 0 ? done : processorDone.get()) - runningAt.get()) / 1e9;
        out.printf("  of which the processor (every story mark committed, every record of its repartition topics consumed) took %.2f s: %.0f articles/s; per article %.1f claims, routed to %.1f places, %.2f status rows%n",
                processorSeconds, articles / processorSeconds, watch.count(Topics.CLAIMS) / (double) articles,
                watch.tally().routedClaims() / (double) articles, watch.count(Topics.BASE_STATUS) / (double) articles);
        out.flush();
    }

    private void passThroughPhase(Properties settings, Properties client, Path stateDir) {
        Properties p = Settings.kafkaClient(settings);
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);
        Properties config = PassThrough.config(p);
        try (PassThrough.Counter counter = new PassThrough.Counter(client)) {
            KafkaStreams app = new KafkaStreams(PassThrough.buildTopology(config), config);
            try {
                AtomicLong runningAt = startTimed(app);
                long done = await(() -> counter.poll() >= articles, "the pass-through to copy " + articles + " articles");
                double seconds = (done - runningAt.get()) / 1e9;
                double aps = articles / seconds;
                figures.put("passthrough_aps", round(aps, 1));
                figures.put("ratio", round((double) figures.get("pipeline_aps") / aps, 3));
                out.printf("pass-through: %d articles in %.2f s from RUNNING: %.0f articles/s; pipeline/pass-through %.3f%n",
                        articles, seconds, aps, figures.get("ratio"));
                out.flush();
            } finally {
                app.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                        .withTimeout(Duration.ofSeconds(30)));
            }
        }
    }

    /**
     * Offers fresh articles at a fixed rate, each stamped with its send time, and times each (article,
     * place) pair until the table accounts for it: the base-status-progress record written in the
     * transaction of the place's row is readable (read_committed), the moment an analyst's table can
     * show it. Articles sent late because the producer blocked are timed from their send.
     */
    private void latencyPhase(Properties client, Pipeline pipeline, OutputWatch watch, ArticleGenerator generator) {
        int total = (int) Math.max(1, Math.round(rate * latencySeconds));
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>(total);
        for (int k = 0; k < total; k++) {
            String id = PREFIX + (articles + k);
            ProducerRecord<String, byte[]> r = new ProducerRecord<>(Topics.ARTICLES, id, generator.bytes(PREFIX, articles + k));
            r.headers().add(OutputWatch.SENT_ID, id.getBytes(StandardCharsets.UTF_8));
            records.add(r);
        }
        long start;
        long lastSend;
        try (KafkaProducer<String, byte[]> producer = producer(client, 0)) {
            start = System.nanoTime();
            long interval = (long) (1e9 / rate);
            for (int k = 0; k < total; k++) {
                long due = start + k * interval;
                for (long now = System.nanoTime(); now < due; now = System.nanoTime()) {
                    LockSupport.parkNanos(due - now);
                }
                watch.sent(records.get(k).key(), System.nanoTime());
                producer.send(records.get(k));
            }
            lastSend = System.nanoTime();
            producer.flush();
        }
        long expected = articles + (long) total;
        await(() -> watch.allOut(expected) && pipeline.writer().rowsWritten() >= watch.count(Topics.BASE_STATUS),
                "the pipeline to process the latency phase's " + total + " articles");
        Latencies rows = Latencies.of(watch.rowLatencyNanos());
        Latencies marks = Latencies.of(watch.markLatencyNanos());
        figures.put("p50_ms", round(rows.p50(), 1));
        figures.put("p99_ms", round(rows.p99(), 1));
        figures.put("max_ms", round(rows.max(), 1));
        double offered = total / Math.max((lastSend - start) / 1e9, 1e-9);
        out.printf("latency: %d articles offered at %.1f/s (asked %.1f/s) over %.1f s%n", total, offered, rate, (lastSend - start) / 1e9);
        out.printf("  send -> status row readable (%s accounts for it): %d (article, place) pairs, p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                Topics.BASE_STATUS_PROGRESS, rows.count(), rows.p50(), rows.p99(), rows.max());
        out.printf("  send -> story mark readable on %s: %d marks, p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                Topics.STORIES, marks.count(), marks.p50(), marks.p99(), marks.max());
        out.flush();
    }

    private void statePhase(Path processorState) {
        long processed = articles + Math.max(1, Math.round(rate * latencySeconds));
        Map<String, Long> sst = Sizes.storeBytes(processorState, true);
        Map<String, Long> all = Sizes.storeBytes(processorState, false);
        long sstBytes = sst.values().stream().mapToLong(Long::longValue).sum();
        figures.put("state_bytes_per_article", round(sstBytes / (double) processed, 1));
        out.printf("dedup state after %d articles: %d bytes in SST files (%.1f bytes/article); whole store folders %d bytes; changelogs %d bytes (%.1f bytes/article)%n",
                processed, sstBytes, sstBytes / (double) processed, all.values().stream().mapToLong(Long::longValue).sum(),
                (long) figures.get("changelog_bytes"), (long) figures.get("changelog_bytes") / (double) processed);
        sst.forEach((store, bytes) -> out.printf("  store %s: %d bytes SST, %d bytes in all%n", store, bytes, all.getOrDefault(store, 0L)));
        out.printf("memory: RSS %.1f MiB at the end of the latency phase, peak %.1f MiB%n", figures.get("rss_mb"), figures.get("rss_peak_mb"));
        out.flush();
    }

    private void costPhase(ArticleGenerator generator) {
        long started = System.nanoTime();
        CostProbe.Result r = new CostProbe(generator).run(costArticles);
        figures.put("cost_growth_10k_100k", round(r.growth(), 3));
        out.printf("per-article cost in-process (validate + fingerprint + story lookup + extract originals) over %d articles in %.0f s:%n",
                r.articles(), (System.nanoTime() - started) / 1e9);
        out.printf("  first %d: %.1f us/article; last %d: %.1f us/article (median of 10 chunks each); growth %.3fx (%d claims, %d duplicates, %d off topic)%n",
                r.articles() / 10, r.firstNanos() / 1e3, r.articles() / 10, r.lastNanos() / 1e3, r.growth(), r.claims(), r.duplicates(),
                r.offTopic());
        if (r.failures() > 0) {
            out.printf("  extraction failed on %d articles (the processor would dead-letter them); first: %s%n", r.failures(), r.firstFailure());
        }
        out.flush();
    }

    private void printJson() {
        String[] keys = {"pipeline_aps", "passthrough_aps", "ratio", "p50_ms", "p99_ms", "max_ms",
                "state_bytes_per_article", "rss_mb", "cost_growth_10k_100k"};
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("articles", articles);
        for (String k : keys) {
            line.put(k, figures.get(k));
        }
        out.printf("finished at %s, load average %.2f (other processes on these cores slow every figure)%n", Instant.now(), Sizes.loadAverage());
        out.println("figure                    measured     target");
        out.printf("pipeline articles/s       %-12s >= 1000 on 2 cores%n", figures.get("pipeline_aps"));
        out.printf("ratio to pass-through     %-12s >= 0.5%n", figures.get("ratio"));
        out.printf("p99 latency ms            %-12s < 1000 at 100 articles/s%n", figures.get("p99_ms"));
        out.printf("cost growth 10k -> 100k   %-12s <= 1.2%n", figures.get("cost_growth_10k_100k"));
        out.printf("dedup bytes/article       %-12s <= 200%n", figures.get("state_bytes_per_article"));
        out.println(Json.write(line));
        out.flush();
    }

    private static AtomicLong startTimed(KafkaStreams app) {
        AtomicLong runningAt = new AtomicLong();
        app.setStateListener((now, before) -> {
            if (now == KafkaStreams.State.RUNNING) {
                runningAt.compareAndSet(0, System.nanoTime());
            }
        });
        app.setUncaughtExceptionHandler(e -> {
            LOG.error("stream thread failed; replacing it", e);
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        app.start();
        return runningAt;
    }

    /** Waits until {@code done} holds and returns when it first did; fails after {@link #timeout}. */
    private long await(BooleanSupplier done, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (done.getAsBoolean()) {
                return System.nanoTime();
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
        throw new IllegalStateException("gave up waiting for " + what + " after " + timeout);
    }

    /**
     * Whether the group has committed, on each of its repartition topics, every record written there: its
     * committed offset is at most one short of the end, the one being the commit marker that closes the
     * last transaction written to the partition.
     */
    private static boolean repartitionsConsumed(Admin admin, String group) {
        try {
            return repartitionsConsumedOrThrow(admin, group);
        } catch (Exception e) {
            return false;
        }
    }

    private static boolean repartitionsConsumedOrThrow(Admin admin, String group) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed =
                admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        committed.keySet().stream().filter(tp -> tp.topic().endsWith("-repartition"))
                .forEach(tp -> latest.put(tp, OffsetSpec.latest()));
        if (latest.isEmpty()) {
            return false;
        }
        var ends = admin.listOffsets(latest).all().get();
        return latest.keySet().stream().allMatch(tp -> ends.get(tp).offset() - committed.get(tp).offset() <= 1);
    }

    /** The sink joins its group before the timed run, so the timing is the processor's start, not the sink's. */
    private void awaitStableGroup(Properties client, String group) {
        try (Admin admin = Admin.create(client)) {
            await(() -> {
                try {
                    return admin.describeConsumerGroups(List.of(group)).all().get().get(group).groupState() == GroupState.STABLE;
                } catch (Exception e) {
                    return false;
                }
            }, "the sink to join its group");
        }
    }

    private static long changelogBytes(Properties client) throws Exception {
        try (Admin admin = Admin.create(client)) {
            List<Integer> brokers = admin.describeCluster().nodes().get().stream().map(n -> n.id()).toList();
            long sum = 0;
            for (var dirs : admin.describeLogDirs(brokers).allDescriptions().get().values()) {
                for (var logDir : dirs.values()) {
                    for (var e : logDir.replicaInfos().entrySet()) {
                        String topic = e.getKey().topic();
                        if (topic.startsWith(ProcessorTopology.APPLICATION_ID + "-") && topic.endsWith("-changelog")) {
                            sum += e.getValue().size();
                        }
                    }
                }
            }
            return sum;
        }
    }

    private static KafkaProducer<String, byte[]> producer(Properties client, int lingerMs) {
        Properties p = new Properties();
        p.putAll(client);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.LINGER_MS_CONFIG, lingerMs);
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 64 * 1024 * 1024);
        return new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
    }

    private static double round(double v, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(v * scale) / scale;
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warn("could not delete {}: {}", dir, e.getMessage());
        }
    }
}
