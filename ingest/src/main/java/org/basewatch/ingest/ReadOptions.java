package org.basewatch.ingest;

import java.time.Duration;

/**
 * How inputs are read: fetch limits for URLs, whether private network targets are allowed (off
 * except in tests and trusted intranets) and the source name given to articles that carry none.
 */
public record ReadOptions(boolean allowPrivate, Duration timeout, long maxBytes, int maxRedirects, String source) {
    public static final long FIVE_MB = 5L * 1024 * 1024;

    public static ReadOptions defaults() {
        return new ReadOptions(false, Duration.ofSeconds(20), FIVE_MB, 5, null);
    }

    public ReadOptions withAllowPrivate(boolean allow) {
        return new ReadOptions(allow, timeout, maxBytes, maxRedirects, source);
    }

    public ReadOptions withTimeout(Duration value) {
        return new ReadOptions(allowPrivate, value, maxBytes, maxRedirects, source);
    }

    public ReadOptions withMaxBytes(long value) {
        return new ReadOptions(allowPrivate, timeout, value, maxRedirects, source);
    }

    public ReadOptions withMaxRedirects(int value) {
        return new ReadOptions(allowPrivate, timeout, maxBytes, value, source);
    }

    public ReadOptions withSource(String value) {
        return new ReadOptions(allowPrivate, timeout, maxBytes, maxRedirects, value);
    }
}
