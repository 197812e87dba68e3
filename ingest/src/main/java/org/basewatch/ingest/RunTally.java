package org.basewatch.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The counts of one run, shared by publishing and dry runs so that both skip and count alike. */
final class RunTally {
    private final Set<String> seenKeys = new HashSet<>();
    private final List<String> rejections = new ArrayList<>();
    private final long startNanos = System.nanoTime();
    private final long total;
    private long read;
    private long published;
    private long skipped;

    RunTally(long total) {
        this.total = total;
    }

    /** True the first time this run meets {@code key}; later meetings are counted as skipped. */
    synchronized boolean isNew(String key) {
        read++;
        if (seenKeys.add(key)) {
            return true;
        }
        skipped++;
        return false;
    }

    synchronized void reject(String origin, String reason) {
        read++;
        rejections.add(origin + ": " + reason);
    }

    /** A record that was sent but not acknowledged; it was read already, so only the reason is added. */
    synchronized void failed(String origin, String reason) {
        rejections.add(origin + ": " + reason);
    }

    synchronized void published() {
        published++;
    }

    synchronized Progress progress() {
        return new Progress(read, published, skipped, rejections.size(), total, Duration.ofNanos(System.nanoTime() - startNanos));
    }

    synchronized IngestSummary summary() {
        return new IngestSummary(published, skipped, rejections.size(), rejections);
    }
}
