package org.basewatch.processor.dedup;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * In-memory band key → candidates map for the offline {@code stories} command. Each bucket keeps its
 * {@value #BUCKET_LIMIT} most recent candidates, so a lookup costs at most bands × limit comparisons however
 * large the corpus grows (copies follow their original within days, so the oldest go first).
 *
 * <p>The limit is a guard against floods, not a working set: while no bucket an article falls in holds more than
 * {@value #BUCKET_LIMIT} articles filed within retention, the article is compared with every earlier one it shares a
 * band with, and its story does not depend on the order the others arrived in. It was 16, which on template-heavy
 * input pushed out articles a copy still had to meet: the same input shuffled gave another partition. Real buckets
 * are small (unrelated articles share a band with probability about 16·J², J ≈ 0.01); the benchmark's generator,
 * which draws sentences from a small pool, compares 52 candidates an article at 100k (12 with 16), at no growth of
 * the cost per article. A flood of one template (512 filed reports in one retention window) would cost up to
 * 16 × 512 comparisons an article.
 */
public final class BandIndex implements CandidateIndex {
    public static final int BUCKET_LIMIT = 512;

    private final Map<Long, Deque<Candidate>> buckets = new HashMap<>();
    private final StoryLinks stories = new StoryLinks();

    /** The distinct candidates filed under any of {@code bands}, each once, in first-found order. */
    @Override
    public Collection<Candidate> candidates(int[] bands) {
        Map<String, Candidate> found = new LinkedHashMap<>();
        for (int band = 0; band < bands.length; band++) {
            Deque<Candidate> bucket = buckets.get(MinHasher.bandKey(band, bands[band]));
            if (bucket != null) {
                for (Candidate candidate : bucket) {
                    found.putIfAbsent(candidate.articleId(), candidate);
                }
            }
        }
        return found.values();
    }

    @Override
    public void remember(Candidate candidate, int[] bands) {
        for (int band = 0; band < bands.length; band++) {
            Deque<Candidate> bucket = buckets.computeIfAbsent(MinHasher.bandKey(band, bands[band]), k -> new ArrayDeque<>(2));
            if (bucket.size() == BUCKET_LIMIT) {
                bucket.removeFirst();
            }
            bucket.addLast(candidate);
        }
        if (candidate.storyId().equals(candidate.articleId())) {
            stories.registerOriginal(candidate.asOriginal(candidate.storyHour()));
        }
    }

    @Override
    public StoryLinks stories() {
        return stories;
    }

    @Override
    public void link(String replaced, String into) {
        stories.link(replaced, into);
    }

    public int bucketCount() {
        return buckets.size();
    }
}
