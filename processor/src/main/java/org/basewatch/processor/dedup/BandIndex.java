package org.basewatch.processor.dedup;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * In-memory band key → candidates map standing in for the state store the topology uses. Each bucket keeps
 * its {@value #BUCKET_LIMIT} most recent candidates, so a lookup costs at most bands × limit comparisons
 * however large the corpus grows (copies follow their original within days, so the oldest go first).
 */
public final class BandIndex implements CandidateIndex {
    public static final int BUCKET_LIMIT = 16;
    /**
     * Bytes one band entry takes in a compact store layout: the band key as its 4-byte hash (which mixes in the
     * band number; the {@code bNN-} text prefix is for people) plus a 4-byte reference to the candidate.
     */
    public static final int BYTES_PER_ENTRY = 8;

    private final Map<String, Deque<Candidate>> buckets = new HashMap<>();

    /** The distinct candidates filed under any of {@code bandKeys}, each once, in first-found order. */
    @Override
    public Collection<Candidate> candidates(List<String> bandKeys) {
        Map<String, Candidate> found = new LinkedHashMap<>();
        for (String key : bandKeys) {
            Deque<Candidate> bucket = buckets.get(key);
            if (bucket != null) {
                for (Candidate candidate : bucket) {
                    found.putIfAbsent(candidate.articleId(), candidate);
                }
            }
        }
        return found.values();
    }

    @Override
    public void remember(Candidate candidate, List<String> bandKeys) {
        for (String key : bandKeys) {
            Deque<Candidate> bucket = buckets.computeIfAbsent(key, k -> new ArrayDeque<>(2));
            if (bucket.size() == BUCKET_LIMIT) {
                bucket.removeFirst();
            }
            bucket.addLast(candidate);
        }
    }

    public int bucketCount() {
        return buckets.size();
    }
}
