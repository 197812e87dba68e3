package org.basewatch.ingest.read;

import java.time.Clock;
import java.time.Duration;

/**
 * How inputs are read: fetch limits for URLs, whether private network targets are allowed (off
 * except in tests and trusted intranets), the source name given to articles that carry none, and the
 * clock that says when "now" is (publication dates after it plus a day are rejected).
 */
public record ReadOptions(boolean allowPrivate, Duration timeout, long maxBytes, int maxRedirects, String source, Clock clock) {
    public static final long FIVE_MB = 5L * 1024 * 1024;

    public static ReadOptions defaults() {
        return new ReadOptions(false, Duration.ofSeconds(20), FIVE_MB, 5, null, Clock.systemUTC());
    }

    public ReadOptions withAllowPrivate(boolean allow) {
        return new ReadOptions(allow, timeout, maxBytes, maxRedirects, source, clock);
    }

    public ReadOptions withTimeout(Duration value) {
        return new ReadOptions(allowPrivate, value, maxBytes, maxRedirects, source, clock);
    }

    public ReadOptions withMaxBytes(long value) {
        return new ReadOptions(allowPrivate, timeout, value, maxRedirects, source, clock);
    }

    public ReadOptions withMaxRedirects(int value) {
        return new ReadOptions(allowPrivate, timeout, maxBytes, value, source, clock);
    }

    public ReadOptions withSource(String value) {
        return new ReadOptions(allowPrivate, timeout, maxBytes, maxRedirects, value, clock);
    }

    public ReadOptions withClock(Clock value) {
        return new ReadOptions(allowPrivate, timeout, maxBytes, maxRedirects, source, value);
    }
}
