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
    static final int HTTP_PORT = 8080;
    static final int METRICS_PORT = 9465;

    @Mixin
    KafkaOptions kafka;

    @Mixin
    DataOptions dataOptions;

    @Option(names = "--jdbc-url", description = "Database URL (default: jdbc:sqlite:DATA_DIR/basewatch.db; PostgreSQL: jdbc:postgresql://host/db?user=..&password=..).")
    String jdbcUrl;

    @Mixin
    HttpOptions http;

    @Mixin
    HttpOptions.Metrics metrics;

    @Override
    public Integer call() throws Exception {
        Properties settings = kafka.settings(dataOptions);
        BrokerCheck.reachable(Settings.kafkaClient(settings));
        Path data = DataOptions.of(settings);
        Files.createDirectories(data);
        TopicSetup.ensure(Settings.kafkaClient(settings), KafkaOptions.partitions(settings), KafkaOptions.replication(settings));
        Shutdown shutdown = new Shutdown();
        try (Pipeline pipeline = new Pipeline().onFailure(shutdown::fail).startSink(settings, data.resolve("state").resolve("sink"), Databases.url(jdbcUrl, settings, data))) {
            Integer metricsPort = metrics.port(METRICS_PORT);
            if (metricsPort != null) {
                pipeline.serveOps("0.0.0.0", metricsPort);
            }
            Integer httpPort = http.httpPort(HTTP_PORT);
            if (httpPort != null) {
                pipeline.serveHttp(http.httpHost(), httpPort);
                System.out.println("table served at http://" + http.httpHost() + ":" + pipeline.httpPort() + "/");
            }
            System.out.println("sink running against " + settings.getProperty(Settings.BOOTSTRAP) + "; Ctrl-C to stop");
            shutdown.await();
        } finally {
            shutdown.done();
        }
        return shutdown.exitCode("sink");
    }
}
