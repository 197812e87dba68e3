package org.basewatch.app;

import org.basewatch.contracts.Settings;
import org.basewatch.contracts.TopicSetup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.Callable;

/** The sink alone: claims → status table, changes and database, against any Kafka cluster. */
@Command(name = "sink", mixinStandardHelpOptions = true,
        description = "Run the sink (status table, status changes, database) against --bootstrap-servers until Ctrl-C.")
final class SinkCommand implements Callable<Integer> {
    @Mixin
    KafkaOptions kafka;

    @Option(names = "--data-dir", description = "Folder for the SQLite database and Streams state (default: ./data).")
    Path dataDir;

    @Option(names = "--jdbc-url", description = "Database URL (default: jdbc:sqlite:DATA_DIR/basewatch.db; PostgreSQL: jdbc:postgresql://host/db?user=..&password=..).")
    String jdbcUrl;

    @Option(names = "--http-port", defaultValue = "8080", description = "Port of the HTTP API and web page; -1 for none (default: ${DEFAULT-VALUE}).")
    int httpPort;

    @Option(names = "--http-host", defaultValue = "127.0.0.1", description = "Address the HTTP server binds (default: ${DEFAULT-VALUE}).")
    String httpHost;

    @Option(names = "--metrics-port", defaultValue = "9465", description = "Port of /metrics (Prometheus), /health and /ready; -1 for none (default: ${DEFAULT-VALUE}).")
    int metricsPort;

    @Override
    public Integer call() throws Exception {
        Properties settings = kafka.settings();
        Path data = dataDir != null ? dataDir : Path.of(settings.getProperty(Settings.DATA_DIR));
        Files.createDirectories(data);
        TopicSetup.ensure(Settings.kafkaClient(settings), KafkaOptions.partitions(settings), KafkaOptions.replication(settings));
        Shutdown shutdown = new Shutdown();
        try (Pipeline pipeline = new Pipeline().onFailure(shutdown::fail).startSink(settings, data.resolve("state").resolve("sink"), Databases.url(jdbcUrl, settings, data))) {
            if (metricsPort >= 0) {
                pipeline.serveOps("0.0.0.0", metricsPort);
            }
            if (httpPort >= 0) {
                pipeline.serveHttp(httpHost, httpPort);
                System.out.println("table served at http://" + httpHost + ":" + pipeline.httpPort() + "/");
            }
            System.out.println("sink running against " + settings.getProperty(Settings.BOOTSTRAP) + "; Ctrl-C to stop");
            shutdown.await();
        } finally {
            shutdown.done();
        }
        return shutdown.exitCode("sink");
    }
}
