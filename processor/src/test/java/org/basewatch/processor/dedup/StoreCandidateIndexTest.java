package org.basewatch.processor.dedup;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.basewatch.contracts.Article;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The store-backed index: what a restarted task rebuilds from the store, the bucket cap, and expiry by hour. */
class StoreCandidateIndexTest {
    private static final List<Article> SAMPLES = DedupFixtures.articles(DedupFixtures.SAMPLES.resolve("articles.jsonl"));
    private KeyValueStore<Bytes, FiledArticle> store;
    private KeyValueStore<Bytes, String> links;

    @BeforeEach
    void openStore() {
        store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(MarkStories.ARTICLES), Serdes.Bytes(), DedupSerdes.filedArticle())
                .withLoggingDisabled().build();
        MockProcessorContext<Object, Object> context = new MockProcessorContext<>();
        store.init(context.getStateStoreContext(), store);
        links = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(MarkStories.LINKS), Serdes.Bytes(), Serdes.String())
                .withLoggingDisabled().build();
        links.init(context.getStateStoreContext(), links);
    }

    @Test
    void shouldKnowAfterARestartWhichStoryAReplacedOneBecameAndWhoIsEachOriginal() {
        StoreCandidateIndex index = new StoreCandidateIndex(store, links);
        index.load();
        int[] bands = IntStream.range(0, MinHasher.BANDS).toArray();
        index.begin(1_000, null);
        index.remember(new Candidate("late", "late", null, 10, new byte[64], 0, EventSignature.NONE, 18_000, 5L), bands);
        index.begin(1_001, null);
        index.remember(new Candidate("early", "early", null, 10, new byte[64], 0, EventSignature.NONE, 17_999, 6L), bands);
        index.link("late", "early");
        StoreCandidateIndex restarted = new StoreCandidateIndex(store, links);
        restarted.load();
        assertEquals("early", restarted.stories().current("late"));
        assertEquals(new StoryLinks.Original("early", 17_999, 6L, 1_001), restarted.stories().original("early"));
        assertEquals(new StoryLinks.Original("late", 18_000, 5L, 1_000), restarted.stories().original("late"));
    }

    @Test
    void shouldFindTheSameCandidatesAfterARestart() {
        StoreCandidateIndex before = new StoreCandidateIndex(store, links);
        before.load();
        StoryGrouper grouper = new StoryGrouper(MinHasher.DEFAULT, new NearDuplicates(), before);
        int hour = 490_000;
        for (Article article : SAMPLES) {
            before.begin(hour++, null);
            grouper.add(article);
        }
        StoreCandidateIndex after = new StoreCandidateIndex(store, links);
        after.load();
        assertEquals(before.bandEntries(), after.bandEntries());
        for (Article article : SAMPLES) {
            int[] bands = MinHasher.DEFAULT.bandHashes(MinHasher.DEFAULT.signature(article.text()));
            assertEquals(ids(before, bands), ids(after, bands), article.id());
            assertTrue(ids(after, bands).contains(article.id()) || !isFiledAlone(article), article.id());
        }
        Article copy = DedupFixtures.variant(SAMPLES.get(0), "again", DedupFixtures.edits().get("new dateline"), 1);
        after.begin(hour, null);
        StoryDecision decision = new StoryGrouper(MinHasher.DEFAULT, new NearDuplicates(), after).add(copy);
        assertEquals(SAMPLES.get(0).id(), decision.storyId());
        assertEquals(490_000, decision.storyHour(), "a copy learns the hour of its story's first article");
    }

    @Test
    void shouldKeepTheMostRecentArticlesOfABandUpToItsLimitAlsoAfterARestart() {
        StoreCandidateIndex index = new StoreCandidateIndex(store, links);
        index.load();
        int[] bands = IntStream.range(0, MinHasher.BANDS).toArray();
        int filed = BandIndex.BUCKET_LIMIT + 4;
        for (int i = 0; i < filed; i++) {
            index.begin(1_000, null);
            index.remember(new Candidate("a" + i, "a" + i, null, 10, new byte[64], 0), bands);
        }
        List<String> expected = IntStream.range(4, filed).mapToObj(i -> "a" + i).toList();
        assertEquals(expected, ids(index, bands));
        StoreCandidateIndex restarted = new StoreCandidateIndex(store, links);
        restarted.load();
        assertEquals(expected, ids(restarted, bands));
        assertEquals(filed, store.approximateNumEntries(), "articles pushed out of every band stay stored until they expire");
    }

    @Test
    void shouldForgetArticlesFiledBeforeTheCutoff() {
        StoreCandidateIndex index = new StoreCandidateIndex(store, links);
        index.load();
        Retention retention = new Retention(Duration.ofHours(2));
        int[] bands = IntStream.range(0, MinHasher.BANDS).map(b -> b * 7).toArray();
        long hourMillis = 3_600_000L;
        long t0 = 500_000 * hourMillis;
        retention.observe(t0);
        index.begin(retention.hourNow(), 42L);
        index.remember(new Candidate("old", "old", null, 10, new byte[64], 0), bands);
        retention.observe(t0 + 2 * hourMillis);
        index.begin(retention.hourNow(), null);
        index.remember(new Candidate("new", "new", null, 10, new byte[64], 0), bands);
        assertEquals(List.of("old", "new"), ids(index, bands));
        assertEquals(0, retention.cutoffHour() - 500_000, "two hours on, the first hour is still within retention");

        retention.observe(t0 + 3 * hourMillis);
        assertTrue(retention.due());
        assertEquals(1, index.expire(retention));
        retention.purged();
        assertEquals(List.of("new"), ids(index, bands));
        assertNull(index.byUrl(42L), "an expired article's URL matches nothing");
        assertEquals(MinHasher.BANDS, index.bandEntries());
        assertEquals(1, store.approximateNumEntries());
        assertTrue(!retention.due(), "nothing more to purge until the cutoff passes another hour");
    }

    private static List<String> ids(StoreCandidateIndex index, int[] bands) {
        return index.candidates(bands).stream().map(Candidate::articleId).toList();
    }

    /** Whether the offline grouper files {@code article} (it starts a story) when the samples are fed in order. */
    private static boolean isFiledAlone(Article article) {
        StoryGrouper offline = new StoryGrouper();
        for (Article a : SAMPLES) {
            StoryDecision d = offline.add(a);
            if (a == article) {
                return !d.isDuplicate();
            }
        }
        return false;
    }
}
