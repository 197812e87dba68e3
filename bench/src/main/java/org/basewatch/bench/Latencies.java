package org.basewatch.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Percentiles of a set of latencies, in milliseconds (nearest rank). */
record Latencies(int count, double p50, double p99, double max) {

    static Latencies of(List<Long> nanos) {
        if (nanos.isEmpty()) {
            return new Latencies(0, 0, 0, 0);
        }
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return new Latencies(sorted.size(), rank(sorted, 0.50), rank(sorted, 0.99), sorted.get(sorted.size() - 1) / 1e6);
    }

    private static double rank(List<Long> sorted, double q) {
        int i = (int) Math.ceil(q * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(i, sorted.size() - 1))) / 1e6;
    }
}
