package org.basewatch.app;

import org.basewatch.contracts.TopicSetup;
import org.basewatch.contracts.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.Callable;

/** The processor alone: articles → stories and claims, against any Kafka cluster. */
@Command(name = "processor", mixinStandardHelpOptions = true,
        description = "Run the processor (validate, deduplicate, extract claims) against --bootstrap-servers until Ctrl-C.")
final class ProcessorCommand implements Callable<Integer> {
    @Mixin
    KafkaOptions kafka;

    @Option(names = "--state-dir", description = "Kafka Streams state folder (default: ./data/state/processor).")
    Path stateDir;

    @Option(names = "--metrics-port", defaultValue = "9464", description = "Port of /metrics (Prometheus), /health and /ready; -1 for none (default: ${DEFAULT-VALUE}).")
    int metricsPort;

    @Override
    public Integer call() throws InterruptedException {
        Properties settings = kafka.settings();
        TopicSetup.ensure(Settings.kafkaClient(settings), KafkaOptions.partitions(settings), KafkaOptions.replication(settings));
        Shutdown shutdown = new Shutdown();
        Path dir = stateDir != null ? stateDir : Path.of(settings.getProperty(Settings.DATA_DIR), "state", "processor");
        try (Pipeline pipeline = new Pipeline().onFailure(shutdown::fail).startProcessor(settings, dir)) {
            if (metricsPort >= 0) {
                pipeline.serveOps("0.0.0.0", metricsPort);
            }
            System.out.println("processor running against " + settings.getProperty(Settings.BOOTSTRAP) + "; Ctrl-C to stop");
            shutdown.await();
        } finally {
            shutdown.done();
        }
        return shutdown.exitCode("processor");
    }
}
