package org.basewatch.app;

import org.basewatch.broker.EmbeddedBroker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** The embedded single-node KRaft broker alone, for running the other parts as separate processes. */
@Command(name = "broker", mixinStandardHelpOptions = true,
        description = "Run the embedded Kafka broker (KRaft, one node) on a data folder until Ctrl-C.")
final class BrokerCommand implements Callable<Integer> {
    @Option(names = "--data-dir", defaultValue = "data", description = "Data folder; the broker's logs go in kafka/ under it (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--port", defaultValue = "9092", description = "Client port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--controller-port", defaultValue = "9093", description = "KRaft controller port (default: ${DEFAULT-VALUE}).")
    int controllerPort;

    @Override
    public Integer call() throws InterruptedException {
        Shutdown shutdown = new Shutdown();
        try (EmbeddedBroker broker = EmbeddedBroker.start(dataDir, port, controllerPort)) {
            System.out.println("broker running at " + broker.bootstrapServers() + " on " + dataDir.toAbsolutePath() + "; Ctrl-C to stop");
            shutdown.await();
        } finally {
            shutdown.done();
        }
        return 0;
    }
}
