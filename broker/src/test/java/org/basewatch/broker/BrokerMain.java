package org.basewatch.broker;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs an embedded broker in its own JVM until the process is terminated, closing it from a
 * shutdown hook the way the launcher does on Ctrl-C. Arguments: data folder, port, controller port.
 */
public final class BrokerMain {
    static final String READY = "BROKER-READY";

    private BrokerMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        EmbeddedBroker broker = EmbeddedBroker.start(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]));
        Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "broker-shutdown"));
        System.out.println(READY);
        new CountDownLatch(1).await();
    }
}
