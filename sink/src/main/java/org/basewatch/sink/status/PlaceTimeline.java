package org.basewatch.sink.status;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A place's claims by key, also kept in event-time order ({@link DatedClaim#BY_EVENT_TIME}, then key),
 * so deciding the place never sorts from scratch and the oldest claim is at hand when the set is full; and
 * its own claims (all but the news from places inside it, {@link StatusDecider#ownClaims}) in the same order,
 * because the sink walks them for every claim the place receives.
 */
public final class PlaceTimeline {
    private record Entry(String key, DatedClaim claim) {
    }

    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::claim, DatedClaim.BY_EVENT_TIME)
            .thenComparing(Entry::key);

    private final Map<String, Entry> byKey = new HashMap<>();
    /** article id → the keys of its claims here, so a correction finds its article's claims without a scan. */
    private final Map<String, Set<String>> byArticle = new HashMap<>();
    private final List<Entry> sorted = new ArrayList<>();
    private final List<Entry> own = new ArrayList<>();
    private final String place;

    /** The claims of {@code place}. */
    public PlaceTimeline(String place) {
        this.place = place;
    }

    /** Whether the claim under {@code key} comes after the one under {@code otherKey} in this order. */
    static boolean comesAfter(String key, DatedClaim claim, String otherKey, DatedClaim other) {
        return ORDER.compare(new Entry(key, claim), new Entry(otherKey, other)) > 0;
    }

    public DatedClaim get(String key) {
        Entry e = byKey.get(key);
        return e == null ? null : e.claim();
    }

    /** Adds the claim, or replaces the one under the same key. */
    public void put(String key, DatedClaim claim) {
        remove(key);
        Entry e = new Entry(key, claim);
        byKey.put(key, e);
        byArticle.computeIfAbsent(String.valueOf(claim.claim().articleId()), a -> new LinkedHashSet<>()).add(key);
        insert(sorted, e);
        if (!StatusDecider.isFromInside(place, claim)) {
            insert(own, e);
        }
    }

    private static void insert(List<Entry> list, Entry e) {
        int at = Collections.binarySearch(list, e, ORDER);
        list.add(at < 0 ? -at - 1 : at, e);
    }

    public void remove(String key) {
        Entry e = byKey.remove(key);
        if (e != null) {
            sorted.remove(Collections.binarySearch(sorted, e, ORDER));
            unindex(e);
        }
    }

    /** The keys of the claims of {@code articleId} here (a copy). */
    public List<String> keysOf(String articleId) {
        Set<String> keys = byArticle.get(String.valueOf(articleId));
        return keys == null ? List.of() : List.copyOf(keys);
    }

    private void unindex(Entry e) {
        int at = Collections.binarySearch(own, e, ORDER);
        if (at >= 0) {
            own.remove(at);
        }
        String article = String.valueOf(e.claim().claim().articleId());
        Set<String> keys = byArticle.get(article);
        if (keys != null) {
            keys.remove(e.key());
            if (keys.isEmpty()) {
                byArticle.remove(article);
            }
        }
    }

    /** Removes the claim earliest in event time and returns its key. */
    public String removeOldest() {
        Entry e = sorted.remove(0);
        byKey.remove(e.key());
        unindex(e);
        return e.key();
    }

    public int size() {
        return sorted.size();
    }

    /** The claims in event-time order (a view: copy it to keep it). */
    public List<DatedClaim> sorted() {
        return claimsOf(sorted);
    }

    /** The place's own claims in event-time order: {@code StatusDecider.ownClaims(place, sorted())} (a view: copy it to keep it). */
    public List<DatedClaim> own() {
        return claimsOf(own);
    }

    private static List<DatedClaim> claimsOf(List<Entry> entries) {
        return new AbstractList<>() {
            @Override
            public DatedClaim get(int index) {
                return entries.get(index).claim();
            }

            @Override
            public int size() {
                return entries.size();
            }
        };
    }
}
