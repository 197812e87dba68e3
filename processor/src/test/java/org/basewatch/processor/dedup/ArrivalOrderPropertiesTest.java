package org.basewatch.processor.dedup;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.basewatch.contracts.Article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14, item 7: the same articles in any arrival order make the same stories with the same originals, which
 * is what lets a shuffled or replayed input give the same claims. The set is built to make order matter: copies of
 * every kind of edit published a day before their original (so the original arrives after a copy it must replace),
 * copies of copies that may not match the original directly (so a story is joined through a copy), and reports on
 * one template about different bases, which must stay apart.
 */
class ArrivalOrderPropertiesTest {
    private static final List<Article> ARTICLES = articles();
    /** Story of each article and each story's original, fed in the order of the ids. */
    private static final Map<String, String> BY_ID = stories(ARTICLES.stream().sorted(Comparator.comparing(Article::id)).toList());

    @Property(tries = 25)
    void shouldMakeTheSameStoriesWithTheSameOriginalsInAnyArrivalOrder(@ForAll("arrivalOrders") List<Article> order) {
        assertEquals(BY_ID, stories(order));
    }

    @Property(tries = 1)
    void shouldHaveStoriesOfSeveralArticlesWhoseOriginalIsPublishedFirst() {
        Map<String, Integer> sizes = new TreeMap<>();
        BY_ID.values().forEach(story -> sizes.merge(story, 1, Integer::sum));
        assertTrue(sizes.values().stream().filter(n -> n > 2).count() >= 10, "precondition: stories of copies, " + sizes);
        for (Article article : ARTICLES) {
            Article original = ARTICLES.stream().filter(a -> a.id().equals(BY_ID.get(article.id()))).findFirst().orElseThrow();
            assertTrue(original.publishedAt().compareTo(article.publishedAt()) <= 0, article.id() + " in " + original.id());
        }
        assertTrue(BY_ID.values().stream().anyMatch(story -> story.endsWith("-early")),
                "precondition: copies published before their original name their story");
    }

    @Provide
    Arbitrary<List<Article>> arrivalOrders() {
        return Arbitraries.shuffle(ARTICLES);
    }

    /** Article id → the id of its story (its original), once every article is in. */
    private static Map<String, String> stories(List<Article> order) {
        StoryGrouper grouper = new StoryGrouper();
        Map<String, String> decided = new TreeMap<>();
        for (Article article : order) {
            decided.put(article.id(), grouper.add(article).storyId());
        }
        decided.replaceAll((article, story) -> grouper.currentStory(story));
        return decided;
    }

    private static List<Article> articles() {
        List<Article> samples = DedupFixtures.articles(DedupFixtures.SAMPLES.resolve("articles.jsonl")).stream()
                .map(a -> withPublished(a, a.id(), "2021-12-20")).toList();
        List<Article> out = new ArrayList<>(samples);
        int n = 0;
        for (var edit : DedupFixtures.edits().entrySet()) {
            for (Article original : samples) {
                Article copy = DedupFixtures.variant(original, "v" + n, edit.getValue(), n);
                // a third of the copies were published before their original, a third the same day, a third after
                String day = LocalDate.parse(original.publishedAt()).plusDays(n % 3 - 1).toString();
                out.add(withPublished(copy, copy.id() + (n % 3 == 0 ? "-early" : ""), day));
                if (n % 4 == 0) {
                    // a copy of the copy, edited again: it may match only the copy
                    Article again = DedupFixtures.variant(copy, "again", DedupFixtures.edits().get("all of the above"), n + 1);
                    out.add(withPublished(again, again.id(), day));
                }
                n++;
            }
        }
        DedupFixtures.templatePairs().forEach(out::addAll);
        Random random = new Random(7);
        for (int i = 0; i < 20; i++) {
            out.add(DedupFixtures.sharingAQuote(samples.get(random.nextInt(samples.size())), samples.get(random.nextInt(samples.size())), random));
        }
        return dropRepeatedIds(out);
    }

    private static List<Article> dropRepeatedIds(List<Article> articles) {
        var seen = new HashSet<String>();
        return articles.stream().filter(a -> seen.add(a.id())).toList();
    }

    private static Article withPublished(Article a, String id, String day) {
        return new Article(id, a.url(), a.source(), day, a.language(), a.title(), a.text());
    }
}
