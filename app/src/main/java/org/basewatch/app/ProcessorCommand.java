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
    static final int METRICS_PORT = 9464;

    @Mixin
    KafkaOptions kafka;

    @Mixin
    DataOptions data;

    /** The name this option had before {@code --data-dir} was every command's; kept, with its meaning, for existing scripts. */
    @Option(names = "--state-dir", hidden = true, description = "The Kafka Streams state folder itself (default: DATA_DIR/state/processor).")
    Path stateDir;

    @Mixin
    HttpOptions.Metrics metrics;

    @Override
    public Integer call() throws InterruptedException {
        Properties settings = kafka.settings(data);
        BrokerCheck.reachable(Settings.kafkaClient(settings));
        TopicSetup.ensure(Settings.kafkaClient(settings), KafkaOptions.partitions(settings), KafkaOptions.replication(settings));
        Shutdown shutdown = new Shutdown();
        Path dir = stateDir != null ? stateDir : DataOptions.of(settings).resolve("state").resolve("processor");
        try (Pipeline pipeline = new Pipeline().onFailure(shutdown::fail).startProcessor(settings, dir)) {
            Integer metricsPort = metrics.port(METRICS_PORT);
            if (metricsPort != null) {
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
