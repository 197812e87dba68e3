package org.basewatch.app;

import java.util.concurrent.CountDownLatch;

/** Blocks until Ctrl-C (or any JVM shutdown), then lets the caller close what it started, in order. */
final class Shutdown {
    private final CountDownLatch stop = new CountDownLatch(1);
    private final CountDownLatch closed = new CountDownLatch(1);

    Shutdown() {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.countDown();
            try {
                closed.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "basewatch-shutdown"));
    }

    void await() throws InterruptedException {
        stop.await();
    }

    /** Tells the shutdown hook that everything is closed, so the JVM may exit. */
    void done() {
        closed.countDown();
    }
}
