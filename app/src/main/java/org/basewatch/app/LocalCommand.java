package org.basewatch.app;

import org.basewatch.broker.EmbeddedBroker;
import org.basewatch.contracts.Json;
import org.basewatch.contracts.PlaceStatus;
import org.basewatch.contracts.Settings;
import org.basewatch.contracts.TopicSetup;
import org.basewatch.contracts.Topics;
import org.basewatch.ingest.publish.ArticlePublisher;
import org.basewatch.ingest.read.ArticleSources;
import org.basewatch.ingest.publish.IngestSummary;
import org.basewatch.ingest.publish.ProgressReporter;
import org.basewatch.ingest.read.ReadOptions;
import org.basewatch.ingest.read.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * The embedded default: broker, processor, sink and ingest in one process on a data folder;
 * prints the status table. With {@code --until-idle} it exits once everything put in has come out.
 */
@Command(name = "local", mixinStandardHelpOptions = true,
        description = {"Run everything in one process: embedded broker, processor, sink (SQLite in the data folder by default) and ingest of --articles.",
                "Prints the per-place status table; with --until-idle exits once every article put in has been processed."})
final class LocalCommand implements Callable<Integer> {
    static final String SAMPLES = "/samples/articles.jsonl";
    /** The one embedded broker holds every topic: 3 partitions, no replicas. */
    static final int PARTITIONS = 3;
    static final short REPLICATION = 1;

    @Option(names = "--articles", paramLabel = "FILE|DIR", description = "Articles to ingest (any input `ingest` takes; default: the project's own sample articles).")
    List<String> articles;

    @Mixin
    DataOptions data;

    @Mixin
    BrokerOptions ports;

    @Option(names = "--jdbc-url", description = "Database URL (default: SQLite at DATA_DIR/basewatch.db).")
    String jdbcUrl;

    @Option(names = "--until-idle", description = "Exit once everything put in has been processed.")
    boolean untilIdle;

    @Option(names = "--idle-timeout", defaultValue = "PT5M", paramLabel = "DURATION", converter = DurationOption.class,
            description = "Give up waiting for idle after this long: ISO-8601 (PT30S, PT5M) or seconds (default: ${DEFAULT-VALUE}).")
    Duration idleTimeout;

    @Option(names = "--table-json", paramLabel = "FILE", description = "Also write the status table as a JSON array of rows.")
    Path tableJson;

    @Mixin
    HttpOptions http;

    @Mixin
    HttpOptions.Metrics metrics;

    @Mixin
    ConfigOption config;

    @Option(names = "--allow-private", description = "Allow --articles URLs on loopback and private network addresses.")
    boolean allowPrivate;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Map<String, String> flags = new HashMap<>();
        data.addTo(flags);
        Path dataDir = DataOptions.of(config.resolve(flags));
        Files.createDirectories(dataDir);
        int port = ports.port(BrokerOptions.DEFAULT_PORT);
        Shutdown shutdown = new Shutdown();
        try (EmbeddedBroker broker = EmbeddedBroker.start(dataDir, port, ports.controllerPort(BrokerOptions.DEFAULT_CONTROLLER_PORT, port))) {
            flags.put(Settings.BOOTSTRAP, broker.bootstrapServers());
            flags.put(Settings.PARTITIONS, String.valueOf(PARTITIONS));
            flags.put(Settings.REPLICATION, String.valueOf(REPLICATION));
            Properties settings = config.resolve(flags);
            Properties client = Settings.kafkaClient(settings);
            TopicSetup.ensure(client, PARTITIONS, REPLICATION);
            try (Pipeline pipeline = new Pipeline().onFailure(shutdown::fail)
                    .startProcessor(settings, dataDir.resolve("state").resolve("processor"))
                    .startSink(settings, dataDir.resolve("state").resolve("sink"), Databases.url(jdbcUrl, settings, dataDir));
                 RunCounter counter = new RunCounter(client)) {
                // under --until-idle the run is a batch: no server unless asked for
                Integer metricsPort = metrics.port(untilIdle ? null : ProcessorCommand.METRICS_PORT);
                if (metricsPort != null) {
                    pipeline.serveOps(http.httpHost(), metricsPort);
                    out.println("metrics at http://" + http.httpHost() + ":" + pipeline.opsPort() + "/metrics, health at /health");
                }
                Integer httpPort = http.httpPort(untilIdle ? null : SinkCommand.HTTP_PORT);
                if (httpPort != null) {
                    pipeline.serveHttp(http.httpHost(), httpPort);
                    out.println("table served at http://" + http.httpHost() + ":" + pipeline.httpPort() + "/ (API under /api)");
                    out.flush();
                }
                IngestSummary in = ingest(client);
                if (untilIdle) {
                    boolean idle = counter.awaitIdle(in.published(), pipeline.writer(), idleTimeout, () -> shutdown.failure() != null);
                    if (shutdown.failure() != null) {
                        return shutdown.exitCode("local");
                    }
                    print(out, pipeline, counter, in);
                    if (!idle) {
                        System.err.println("local: not idle after " + idleTimeout + "; the table above may be incomplete");
                        return 1;
                    }
                    return 0;
                }
                counter.awaitIdle(in.published(), pipeline.writer(), idleTimeout, () -> shutdown.failure() != null);
                if (shutdown.failure() == null) {
                    print(out, pipeline, counter, in);
                    out.println("running on " + broker.bootstrapServers() + "; Ctrl-C to stop");
                    out.flush();
                    shutdown.await();
                }
                return shutdown.exitCode("local");
            }
        } finally {
            shutdown.done();
        }
    }

    private IngestSummary ingest(Properties client) throws Exception {
        ReadOptions opts = ReadOptions.defaults().withAllowPrivate(allowPrivate);
        Stream<ReadResult> results;
        if (articles == null || articles.isEmpty()) {
            InputStream samples = LocalCommand.class.getResourceAsStream(SAMPLES);
            if (samples == null) {
                throw new IllegalStateException("the sample articles are missing from the build (" + SAMPLES + ")");
            }
            results = ArticleSources.read(samples, "samples/articles.jsonl", opts);
        } else {
            results = articles.stream().flatMap(a -> ArticleSources.read(a, opts));
        }
        ProgressReporter progress = ProgressReporter.forConsole(System.err);
        try (ArticlePublisher publisher = new ArticlePublisher(client)) {
            IngestSummary summary = publisher.publish(results, progress);
            progress.finish(summary);
            summary.rejections().forEach(r -> System.err.println("rejected: " + r));
            return summary;
        }
    }

    private void print(PrintWriter out, Pipeline pipeline, RunCounter counter, IngestSummary in) throws Exception {
        List<PlaceStatus> rows = pipeline.store().places();
        TablePrinter.print(out, rows);
        if (tableJson != null) {
            Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(tableJson.toFile(), rows);
        }
        long processed = counter.count(Topics.STORIES);
        out.printf("articles: %d in, %d processed, %d duplicates, %d dead-lettered%n",
                in.published(), processed, counter.duplicates(), counter.count(Topics.ARTICLES_DLQ));
        out.flush();
    }
}
