package org.basewatch.app;

import java.util.concurrent.CountDownLatch;

/** Blocks until Ctrl-C (or any JVM shutdown) or a failure of the pipeline, then lets the caller close what it started, in order. */
final class Shutdown {
    private final CountDownLatch stop = new CountDownLatch(1);
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile Throwable failure;

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

    /** Wakes {@link #await()} because part of the pipeline stopped for good; {@link #failure()} then says why. */
    void fail(Throwable why) {
        failure = why;
        stop.countDown();
    }

    /** Why the pipeline stopped, or null after Ctrl-C or while it runs. */
    Throwable failure() {
        return failure;
    }

    /** 0 after Ctrl-C; 1 after a failure, which it prints as one line on standard error first. */
    int exitCode(String command) {
        if (failure == null) {
            return 0;
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        System.err.println(command + ": stopped: " + (root.getMessage() != null ? root.getMessage() : root.toString()));
        return 1;
    }

    /** Tells the shutdown hook that everything is closed, so the JVM may exit. */
    void done() {
        closed.countDown();
    }
}
