package org.basewatch.app;

import org.basewatch.broker.EmbeddedBroker;
import org.basewatch.contracts.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** The embedded single-node KRaft broker alone, for running the other parts as separate processes. */
@Command(name = "broker", mixinStandardHelpOptions = true,
        description = "Run the embedded Kafka broker (KRaft, one node) on a data folder until Ctrl-C.")
final class BrokerCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Mixin
    BrokerOptions ports;

    @Override
    public Integer call() throws InterruptedException {
        Map<String, String> flags = new HashMap<>();
        data.addTo(flags);
        Path dataDir = DataOptions.of(Settings.resolve(null, System.getenv(), flags));
        int port = ports.port(BrokerOptions.DEFAULT_PORT);
        Shutdown shutdown = new Shutdown();
        try (EmbeddedBroker broker = EmbeddedBroker.start(dataDir, port, ports.controllerPort(BrokerOptions.DEFAULT_CONTROLLER_PORT, port))) {
            System.out.println("broker running at " + broker.bootstrapServers() + " on " + dataDir.toAbsolutePath() + "; Ctrl-C to stop");
            shutdown.await();
        } finally {
            shutdown.done();
        }
        return 0;
    }
}
