package org.basewatch.ingest.publish;

import java.time.Duration;

/** Where an ingest run stands; {@code total} is -1 when the number of inputs is not known in advance. */
public record Progress(long read, long published, long skipped, long rejected, long total, Duration elapsed) {

    /** Items read per second so far. */
    public double rate() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? 0 : read / seconds;
    }

    /** Time left at the current rate, or null when the total or the rate is unknown. */
    public Duration eta() {
        double rate = rate();
        if (total < 0 || rate <= 0) {
            return null;
        }
        return Duration.ofMillis((long) (Math.max(0, total - read) / rate * 1000));
    }
}
