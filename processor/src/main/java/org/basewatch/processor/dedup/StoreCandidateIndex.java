package org.basewatch.processor.dedup;

import org.apache.kafka.streams.state.KeyValueStore;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The topology's {@link CandidateIndex}: band key → the ids of its most recent candidates
 * ({@code story-bands}), and each candidate once by article id ({@code story-candidates}), so a
 * candidate's sketch is stored once however many bands file it.
 */
public final class StoreCandidateIndex implements CandidateIndex {
    public static final String BANDS = "story-bands";
    public static final String CANDIDATES = "story-candidates";

    /** The ids filed under one band key, oldest first. */
    public record Bucket(List<String> articleIds) {
    }

    private final KeyValueStore<String, Bucket> bands;
    private final KeyValueStore<String, Candidate> candidates;

    StoreCandidateIndex(KeyValueStore<String, Bucket> bands, KeyValueStore<String, Candidate> candidates) {
        this.bands = bands;
        this.candidates = candidates;
    }

    @Override
    public Collection<Candidate> candidates(List<String> bandKeys) {
        Map<String, Candidate> found = new LinkedHashMap<>();
        for (String key : bandKeys) {
            Bucket bucket = bands.get(key);
            if (bucket == null) {
                continue;
            }
            for (String id : bucket.articleIds()) {
                if (!found.containsKey(id)) {
                    Candidate c = candidates.get(id);
                    if (c != null) {
                        found.put(id, c);
                    }
                }
            }
        }
        return found.values();
    }

    @Override
    public void remember(Candidate candidate, List<String> bandKeys) {
        candidates.put(candidate.articleId(), candidate);
        for (String key : bandKeys) {
            Bucket bucket = bands.get(key);
            List<String> ids = new ArrayList<>(bucket == null ? List.of() : bucket.articleIds());
            ids.remove(candidate.articleId());
            ids.add(candidate.articleId());
            while (ids.size() > BandIndex.BUCKET_LIMIT) {
                ids.remove(0);
            }
            bands.put(key, new Bucket(List.copyOf(ids)));
        }
    }
}
