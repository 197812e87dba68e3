package org.basewatch.ingest.follow;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Runs a poll now and again after every interval until {@link #stop()} or an interrupt, for
 * {@code --follow} and {@code --watch}. The wait is injectable so that tests step it by hand.
 */
public final class PollLoop {
    /** Waits between two polls. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration interval) throws InterruptedException;
    }

    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Duration interval;
    private final Sleeper sleeper;

    /** A loop whose wait ends early when it is stopped, so Ctrl-C does not wait out the interval. */
    public PollLoop(Duration interval) {
        this.interval = interval;
        this.sleeper = d -> stopped.await(d.toNanos(), TimeUnit.NANOSECONDS);
    }

    public PollLoop(Duration interval, Sleeper sleeper) {
        this.interval = interval;
        this.sleeper = sleeper;
    }

    /** Polls until stopped; a poll under way is finished first, so what it read is published and remembered. */
    public void run(Runnable poll) {
        while (!isStopped()) {
            poll.run();
            if (isStopped()) {
                return;
            }
            try {
                sleeper.sleep(interval);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    public void stop() {
        stopped.countDown();
    }

    public boolean isStopped() {
        return stopped.getCount() == 0 || Thread.currentThread().isInterrupted();
    }

    /** An interval given as an ISO-8601 duration ({@code PT5M}) or a number of seconds ({@code 300}). */
    public static Duration parseInterval(String text) {
        String s = text.trim();
        Duration d;
        try {
            d = s.matches("\\d+") ? Duration.ofSeconds(Long.parseLong(s)) : Duration.parse(s.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("not an interval (ISO-8601 like PT5M, or seconds): " + text);
        }
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("the interval must be positive: " + text);
        }
        return d;
    }
}
