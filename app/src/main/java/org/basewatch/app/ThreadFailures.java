package org.basewatch.app;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Counts a Streams app's thread failures in a sliding window: a failure now and then (a broker that
 * went away) is worth a new thread; the same failure again and again (an internal topic with the wrong
 * number of partitions, a state folder that cannot be written) is not, and replacing the thread for
 * ever would hide it behind a running process.
 */
final class ThreadFailures {
    private final int limit;
    private final long windowNanos;
    private final Deque<Long> times = new ArrayDeque<>();

    ThreadFailures(int limit, Duration window) {
        this.limit = limit;
        this.windowNanos = window.toNanos();
    }

    /** Records a failure at {@code nanoTime}; whether it is one too many for the window. */
    synchronized boolean tooMany(long nanoTime) {
        times.addLast(nanoTime);
        while (nanoTime - times.peekFirst() > windowNanos) {
            times.removeFirst();
        }
        return times.size() >= limit;
    }
}
