package org.basewatch.processor.dedup;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.basewatch.contracts.Article;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14: 100,000 copies of one article under distinct ids and outlets, through dedup over the store-backed index
 * the topology uses: one story, the text filed once, and each copy compared with that one filed article, not with
 * the copies before it.
 */
class StoryFloodTest {
    private static final int COPIES = 100_000;

    @Test
    void shouldAbsorbAHundredThousandCopiesOfOneArticleIntoOneStoryFiledOnce() {
        MockProcessorContext<Object, Object> context = new MockProcessorContext<>();
        KeyValueStore<Bytes, FiledArticle> articles = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(MarkStories.ARTICLES),
                Serdes.Bytes(), DedupSerdes.filedArticle()).withLoggingDisabled().build();
        articles.init(context.getStateStoreContext(), articles);
        KeyValueStore<Bytes, String> links = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(MarkStories.LINKS),
                Serdes.Bytes(), Serdes.String()).withLoggingDisabled().build();
        links.init(context.getStateStoreContext(), links);
        StoreCandidateIndex index = new StoreCandidateIndex(articles, links);
        index.load();
        StoryGrouper grouper = new StoryGrouper(MinHasher.DEFAULT, new NearDuplicates(), index);
        Article sample = DedupFixtures.articles(DedupFixtures.SAMPLES.resolve("articles.jsonl")).get(0);
        // its lead alone: a short wire item, so the run stays short
        Article wire = new Article(sample.id(), null, sample.source(), sample.publishedAt(), sample.language(), sample.title(),
                DedupFixtures.paragraphs(sample.text()).get(0));

        Set<String> stories = new HashSet<>();
        for (int i = 0; i < COPIES; i++) {
            index.begin(500_000, null);
            Article copy = new Article(String.format("%s-copy-%06d", wire.id(), i), null, "وكالة " + i, wire.publishedAt(),
                    wire.language(), wire.title(), wire.text());
            stories.add(grouper.add(copy, null, 1_000L + i).storyId());
        }

        assertEquals(Set.of(wire.id() + "-copy-000000"), stories, "one story, named after the copy ingested first");
        assertEquals(1, entries(articles), "the text filed once");
        assertEquals(MinHasher.BANDS, index.bandEntries());
        assertTrue(grouper.compared() <= COPIES, "each copy compared with the one filed article: " + grouper.compared());
    }

    private static long entries(KeyValueStore<Bytes, FiledArticle> store) {
        long n = 0;
        try (KeyValueIterator<Bytes, FiledArticle> it = store.all()) {
            while (it.hasNext()) {
                it.next();
                n++;
            }
        }
        return n;
    }
}
