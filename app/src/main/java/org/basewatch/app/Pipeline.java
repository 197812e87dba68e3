package org.basewatch.app;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.basewatch.contracts.Membership;
import org.basewatch.contracts.Settings;
import org.basewatch.contracts.Topics;
import org.basewatch.processor.ProcessorTopology;
import org.basewatch.processor.extract.ClaimExtractor;
import org.basewatch.processor.validate.ArticleValidator;
import org.basewatch.sink.StatusTopology;
import org.basewatch.sink.TableWriter;
import org.basewatch.sink.db.StatusTableStore;
import org.basewatch.sink.http.ArticleFeed;
import org.basewatch.sink.http.ArticleShelf;
import org.basewatch.sink.http.StatusServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/** Starts and stops the long-running parts: the processor and sink Streams apps and the table writer. */
public final class Pipeline implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);
    private final List<KafkaStreams> streams = new ArrayList<>();
    private TableWriter writer;
    private StatusTableStore store;
    private StatusServer http;
    private ArticleFeed articles;
    private OpsServer ops;
    private final PipelineMetrics metrics = new PipelineMetrics();
    /** Topics whose committed records the started parts produce, counted in {@link PipelineMetrics}. */
    private final Set<String> watched = new LinkedHashSet<>();
    private Properties client;
    /** Told once when a Streams app stops for good after its threads failed {@value #FAILURES} times in a minute. */
    private Consumer<Throwable> onFailure = e -> { };
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    static final int FAILURES = 3;

    public static KafkaStreams processor(Properties settings, Path stateDir) {
        return processor(settings, stateDir, nanos -> { });
    }

    /** The processor, telling {@code extractionNanos} how long each article's extraction took. */
    static KafkaStreams processor(Properties settings, Path stateDir, LongConsumer extractionNanos) {
        Properties overrides = streamsProps(settings, stateDir);
        overrides.putAll(ProcessorTopology.settings(settings));
        if (overrides.getProperty(ProcessorTopology.EXTRACTION_PARTITIONS) == null) {
            Integer partitions = extractionPartitions(Settings.kafkaClient(settings),
                    settings.getProperty(StreamsConfig.APPLICATION_ID_CONFIG, ProcessorTopology.APPLICATION_ID));
            if (partitions != null) {
                overrides.setProperty(ProcessorTopology.EXTRACTION_PARTITIONS, partitions.toString());
            }
        }
        Properties p = ProcessorTopology.config(overrides);
        return new KafkaStreams(ProcessorTopology.buildTopology(p, new ArticleValidator(), new ClaimExtractor(), extractionNanos), p);
    }

    public static KafkaStreams sink(Properties settings, Path stateDir) {
        Properties p = StatusTopology.config(streamsProps(settings, stateDir));
        return new KafkaStreams(StatusTopology.buildTopology(p), p);
    }

    private static Properties streamsProps(Properties settings, Path stateDir) {
        Properties p = withInstance(Settings.kafkaClient(settings), settings);
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, Integer.parseInt(settings.getProperty(Settings.REPLICATION)));
        return p;
    }

    /** {@code clientProps} with the instance name ({@value Membership#CONFIG}) when the settings give one. */
    private static Properties withInstance(Properties clientProps, Properties settings) {
        String instance = settings.getProperty(Membership.CONFIG);
        if (instance != null) {
            clientProps.setProperty(Membership.CONFIG, instance);
        }
        return clientProps;
    }

    /**
     * The partitions extraction runs on when {@value ProcessorTopology#EXTRACTION_PARTITIONS} is not set: those of its
     * repartition topic when it exists (a deployment keeps its layout, which Streams would otherwise refuse to start on,
     * until a reset deletes the topic), else those of {@code articles}; null when the cluster cannot say.
     */
    static Integer extractionPartitions(Properties clientProps, String applicationId) {
        String repartition = applicationId + "-" + ProcessorTopology.EXTRACTION_REPARTITION + "-repartition";
        try (Admin admin = Admin.create(clientProps)) {
            Integer existing = partitionsOf(admin, repartition);
            Integer articles = partitionsOf(admin, Topics.ARTICLES);
            if (existing != null && articles != null && !existing.equals(articles)) {
                LOG.warn("{} has {} partitions and {} has {}: extraction keeps its {} until the processor is reset "
                        + "(docs/operations.md), or {} says otherwise", repartition, existing, Topics.ARTICLES, articles, existing,
                        ProcessorTopology.EXTRACTION_PARTITIONS);
            }
            return existing != null ? existing : articles;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("cannot read the partitions of {} ({}); extraction gets {}", Topics.ARTICLES,
                    String.valueOf(e.getCause() == null ? e : e.getCause()), ProcessorTopology.EXTRACTION_PARTITIONS + " or " + Settings.PARTITIONS);
            return null;
        }
    }

    /** The partitions of {@code topic}, or null when it does not exist. */
    private static Integer partitionsOf(Admin admin, String topic) throws InterruptedException, ExecutionException, TimeoutException {
        try {
            return admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic).partitions().size();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return null;
            }
            throw e;
        }
    }

    public Pipeline startProcessor(Properties settings, Path stateDir) {
        client = Settings.kafkaClient(settings);
        watched.addAll(PipelineMetrics.PROCESSOR_TOPICS);
        return start(processor(settings, stateDir, metrics::extractionNanos));
    }

    public Pipeline startSink(Properties settings, Path stateDir, String jdbcUrl) {
        client = Settings.kafkaClient(settings);
        watched.addAll(PipelineMetrics.SINK_TOPICS);
        start(sink(settings, stateDir));
        store = StatusTableStore.open(jdbcUrl, null, null);
        writer = new TableWriter(withInstance(Settings.kafkaClient(settings), settings), store, TableWriter.groupFor(store), stateDir).start();
        return this;
    }

    /** Serves the table over HTTP (API and web page) from the sink's database; call after {@link #startSink}. */
    public Pipeline serveHttp(String host, int port) {
        ArticleShelf shelf = new ArticleShelf();
        articles = ArticleFeed.start(client, shelf);
        http = StatusServer.start(store, shelf, host, port);
        return this;
    }

    /**
     * Serves /metrics, /health and /ready for the Streams apps started so far, with basewatch's own metrics about
     * what they commit from now on; call after starting them.
     */
    public Pipeline serveOps(String host, int port) {
        if (client != null) {
            metrics.watch(client, watched, store);
        }
        ops = OpsServer.start(host, port, List.copyOf(streams), metrics.registry());
        return this;
    }

    public int opsPort() {
        return ops == null ? -1 : ops.port();
    }

    public int httpPort() {
        return http == null ? -1 : http.port();
    }

    /** What to do when a Streams app stops for good (call before starting the apps). */
    public Pipeline onFailure(Consumer<Throwable> action) {
        this.onFailure = action;
        return this;
    }

    /** Why a Streams app stopped for good, or null while they run. */
    public Throwable failure() {
        return failure.get();
    }

    private Pipeline start(KafkaStreams app) {
        ThreadFailures failures = new ThreadFailures(FAILURES, Duration.ofMinutes(1));
        app.setUncaughtExceptionHandler(e -> {
            if (failures.tooMany(System.nanoTime())) {
                LOG.error("stream thread failed {} times within a minute; stopping this Streams app", FAILURES, e);
                if (failure.compareAndSet(null, e)) {
                    onFailure.accept(e);
                }
                return org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
            }
            LOG.error("stream thread failed; replacing it", e);
            return org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        app.start();
        streams.add(app);
        return this;
    }

    public boolean running() {
        return streams.stream().allMatch(s -> s.state().isRunningOrRebalancing());
    }

    public TableWriter writer() {
        return writer;
    }

    public StatusTableStore store() {
        return store;
    }

    @Override
    public void close() {
        if (ops != null) {
            ops.close();
        }
        if (http != null) {
            http.close();
            articles.close();
        }
        if (writer != null) {
            writer.close();
        }
        // leaving the group hands the tasks to the other instances now: a static member does not leave unless told
        CloseOptions leave = CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                .withTimeout(Duration.ofSeconds(30));
        streams.forEach(s -> s.close(leave));
        metrics.close();
        if (store != null) {
            store.close();
        }
    }
}
