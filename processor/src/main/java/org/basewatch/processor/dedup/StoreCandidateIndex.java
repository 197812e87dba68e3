package org.basewatch.processor.dedup;

import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The topology's {@link CandidateIndex}. Each filed article is one entry of {@code story-articles}, keyed by the
 * hour and order it was filed in ({@link StoryKeys}) and holding its band hashes ({@link FiledArticle}); the band
 * key → articles table and the URL hash → article table are kept in memory ({@link LongMultimap}) and rebuilt
 * from the store when the task starts ({@link #load}), so a band costs 4 bytes of store, not a store entry.
 * A band keeps its {@value BandIndex#BUCKET_LIMIT} most recent articles, as {@link BandIndex} does (see there why).
 * The stories that became part of another are kept in {@code story-links} (the story's hour and id when it was
 * replaced → the story it joined), and each story's original is known from its own entry, both in memory too.
 */
final class StoreCandidateIndex implements CandidateIndex {
    private final KeyValueStore<Bytes, FiledArticle> articles;
    private final KeyValueStore<Bytes, String> links;
    private final StoryLinks stories = new StoryLinks();
    private final LongMultimap bands = new LongMultimap();
    private final LongMultimap urls = new LongMultimap();
    private int hour;
    private int seq;
    private Long url;
    private boolean urlFiled;

    StoreCandidateIndex(KeyValueStore<Bytes, FiledArticle> articles, KeyValueStore<Bytes, String> links) {
        this.articles = articles;
        this.links = links;
    }

    /** Rebuilds the in-memory tables from the store, oldest first (the order the articles were filed in). */
    void load() {
        bands.clear();
        urls.clear();
        stories.clear();
        hour = 0;
        seq = 0;
        try (KeyValueIterator<Bytes, FiledArticle> it = articles.all()) {
            while (it.hasNext()) {
                KeyValue<Bytes, FiledArticle> entry = it.next();
                long ref = StoryKeys.ref(entry.key);
                index(ref, entry.value);
                hour = StoryKeys.hour(ref);
                seq = StoryKeys.seq(ref) + 1;
            }
        }
        try (KeyValueIterator<Bytes, String> it = links.all()) {
            while (it.hasNext()) {
                KeyValue<Bytes, String> entry = it.next();
                stories.link(StoryKeys.storyId(entry.key), entry.value);
            }
        }
    }

    /** Starts an article filed in {@code hourNow} with the given URL hash (null without a URL). */
    void begin(int hourNow, Long urlHash) {
        if (hourNow > hour) { // never back: after a restart the stream time may start behind the newest entry
            hour = hourNow;
            seq = 0;
        }
        url = urlHash;
        urlFiled = false;
    }

    /** The article first filed with {@code urlHash}, or null. */
    FiledArticle byUrl(Long urlHash) {
        if (urlHash == null) {
            return null;
        }
        long[] refs = urls.get(urlHash);
        return refs.length == 0 ? null : articles.get(StoryKeys.article(refs[0]));
    }

    /** Files the current article's URL with its story, unless the URL is known or was filed with the candidate. */
    void rememberUrl(String articleId, StoryDecision decision, int storyHour) {
        if (url == null || urlFiled || urls.get(url).length > 0) {
            return;
        }
        file(new FiledArticle(articleId, decision.storyId(), storyHour, url, 0, null, null));
    }

    @Override
    public Collection<Candidate> candidates(int[] hashes) {
        Map<String, Candidate> found = new LinkedHashMap<>();
        Map<Long, Boolean> read = new HashMap<>();
        for (int band = 0; band < hashes.length; band++) {
            for (long ref : bands.get(MinHasher.bandKey(band, hashes[band]))) {
                if (read.put(ref, Boolean.TRUE) == null) {
                    FiledArticle filed = articles.get(StoryKeys.article(ref));
                    if (filed != null && filed.isCandidate()) {
                        found.putIfAbsent(filed.articleId(), filed.candidate());
                    }
                }
            }
        }
        return found.values();
    }

    @Override
    public void remember(Candidate candidate, int[] hashes) {
        // a new story's first article: its story's hour is now
        int storyHour = candidate.storyId().equals(candidate.articleId()) ? hour : candidate.storyHour();
        Long withUrl = url != null && urls.get(url).length == 0 ? url : null;
        boolean original = candidate.storyId().equals(candidate.articleId());
        file(new FiledArticle(candidate.articleId(), candidate.storyId(), storyHour, withUrl,
                candidate.shingles(), candidate.sketch(), hashes.clone(), candidate.event(),
                original ? candidate.published() : Candidate.UNPUBLISHED, original ? candidate.ingested() : 0));
        urlFiled = withUrl != null;
    }

    @Override
    public StoryLinks stories() {
        return stories;
    }

    @Override
    public void link(String replaced, String into) {
        links.put(StoryKeys.story(hour, replaced), into);
        stories.link(replaced, into);
    }

    /** Deletes the articles and links filed before the cutoff hour and takes them out of the in-memory tables. */
    int expire(Retention retention) {
        retention.purge(links, (key, into) -> stories.forgetLink(StoryKeys.storyId(key)));
        return retention.purge(articles, (key, filed) -> unindex(StoryKeys.ref(key), filed));
    }

    /** How many (band, article) pairs the in-memory table holds. */
    int bandEntries() {
        return bands.size();
    }

    private void file(FiledArticle filed) {
        long ref = StoryKeys.ref(hour, seq++);
        articles.put(StoryKeys.article(ref), filed);
        index(ref, filed);
    }

    private void index(long ref, FiledArticle filed) {
        if (filed.isCandidate() && filed.isOriginal()) {
            stories.registerOriginal(new StoryLinks.Original(filed.articleId(), filed.published(), filed.ingested(), filed.storyHour()));
        }
        if (filed.urlHash() != null && urls.get(filed.urlHash()).length == 0) {
            urls.put(filed.urlHash(), ref);
        }
        if (filed.isCandidate()) {
            int[] hashes = filed.bands();
            for (int band = 0; band < hashes.length; band++) {
                long key = MinHasher.bandKey(band, hashes[band]);
                long[] bucket = bands.get(key);
                if (bucket.length >= BandIndex.BUCKET_LIMIT) {
                    bands.remove(key, bucket[0]);
                }
                bands.put(key, ref);
            }
        }
    }

    private void unindex(long ref, FiledArticle filed) {
        if (filed.isCandidate() && filed.isOriginal()) {
            stories.forgetOriginal(filed.articleId());
        }
        if (filed.urlHash() != null) {
            urls.remove(filed.urlHash(), ref);
        }
        if (filed.isCandidate()) {
            int[] hashes = filed.bands();
            for (int band = 0; band < hashes.length; band++) {
                bands.remove(MinHasher.bandKey(band, hashes[band]), ref);
            }
        }
    }
}
