package org.basewatch.bench;

import org.basewatch.contracts.Article;
import org.basewatch.processor.dedup.StoryGrouper;
import org.basewatch.processor.extract.ClaimExtractor;
import org.basewatch.processor.validate.TopicTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bench's stream must be what it claims: the share of syndicated copies it generates is the share
 * deduplication finds. Originals that share whole passages would be grouped as copies, and the bench
 * would extract fewer articles than it reports.
 */
class ArticleGeneratorTest {

    @Test
    void shouldMakeOriginalsThatDeduplicationKeepsApart() {
        ArticleGenerator generator = new ArticleGenerator(20260101L, 0.2);
        StoryGrouper grouper = new StoryGrouper();
        int n = 1500;
        int copies = 0;
        int originalsMerged = 0;
        int copiesFound = 0;
        for (int i = 0; i < n; i++) {
            Article a = generator.article("g-", i);
            // ingested in stream order, as the bench sends them: a copy never precedes its original
            boolean duplicate = grouper.add(a, null, i).isDuplicate();
            if (generator.isSyndicated(i)) {
                copies++;
                copiesFound += duplicate ? 1 : 0;
            } else if (duplicate) {
                originalsMerged++;
            }
        }
        System.out.printf("ArticleGeneratorTest: %d articles, %d copies (%d found), %d originals grouped as copies%n",
                n, copies, copiesFound, originalsMerged);
        assertTrue(copies > n / 10, "the default share of copies is generated: " + copies);
        assertTrue(copiesFound >= copies * 0.95, "copies found: " + copiesFound + " of " + copies);
        assertTrue(originalsMerged <= (n - copies) / 50, "originals grouped as copies of others: " + originalsMerged + " of " + (n - copies));
    }

    @Test
    void shouldMakeAFirehoseOfOtherNewsOfTheSameLengthWithAFewPercentOfShortOnTopicItems() {
        ArticleGenerator generator = new ArticleGenerator(20260101L, 0.2, ArticleGenerator.Mix.FIREHOSE);
        ArticleGenerator onTopic = new ArticleGenerator(20260101L, 0.2);
        TopicTest topic = new TopicTest();
        ClaimExtractor extractor = new ClaimExtractor();
        int n = 2000;
        int on = 0;
        int claims = 0;
        long offChars = 0;
        long onChars = 0;
        for (int i = 0; i < n; i++) {
            Article a = generator.article("f-", i);
            if (generator.isOnTopic(i)) {
                on++;
                assertTrue(topic.isOnTopic(a), a.id());
                claims += extractor.extract(a).size();
                onChars += onTopic.article("f-", i).text().length();
            } else {
                assertFalse(topic.isOnTopic(a), "other news names no place the processor tracks: " + a.text());
                offChars += a.text().length();
            }
        }
        double claimsPerItem = (double) claims / on;
        double lengthRatio = (double) offChars / (n - on) / ((double) onChars / on);
        System.out.printf("ArticleGeneratorTest: firehose of %d, %d on topic, %.1f claims each; other news %.2f of the length%n",
                n, on, claimsPerItem, lengthRatio);
        assertTrue(on > n * 0.02 && on < n * 0.06, "a few percent on topic: " + on);
        assertTrue(claimsPerItem >= 1.5 && claimsPerItem <= 5, "short wire items: " + claimsPerItem + " claims each");
        assertTrue(lengthRatio > 0.9 && lengthRatio < 1.1, "other news as long as the on-topic articles: " + lengthRatio);
    }
}
