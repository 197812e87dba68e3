package org.basewatch.bench;

import org.basewatch.contracts.Article;
import org.basewatch.processor.dedup.StoryGrouper;
import org.junit.jupiter.api.Test;

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
            boolean duplicate = grouper.add(a).isDuplicate();
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
}
