package org.basewatch.processor.dedup;

import org.basewatch.contracts.Article;
import org.basewatch.contracts.Json;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NearDuplicatesTest {
    private static final List<Article> SAMPLES = DedupFixtures.articles(DedupFixtures.SAMPLES.resolve("articles.jsonl"));
    private static final Set<String> SAMPLE_COPIES = DedupFixtures.pairs(DedupFixtures.SAMPLES.resolve("duplicates.tsv"));

    @Test
    void shouldTreatEveryKindOfRepublishedVariantAsTheSameStory() {
        List<String> missed = new ArrayList<>();
        int variants = 0;
        for (Map.Entry<String, BiFunction<String, Random, String>> edit : DedupFixtures.edits().entrySet()) {
            for (Article original : SAMPLES) {
                for (int seed = 0; seed < 3; seed++) {
                    StoryGrouper grouper = new StoryGrouper();
                    grouper.add(original);
                    StoryDecision decision = grouper.add(DedupFixtures.variant(original, "copy", edit.getValue(), seed));
                    variants++;
                    if (!original.id().equals(decision.duplicateOf()) || !original.id().equals(decision.storyId())) {
                        missed.add(edit.getKey() + " of " + original.id() + " seed " + seed);
                    }
                }
            }
        }
        assertTrue(missed.isEmpty(), missed.size() + " of " + variants + " variants missed: " + missed);
    }

    @Test
    void shouldKeepIndependentReportsQuotingTheSameStatementApart() {
        Random random = new Random(11);
        List<String> merged = new ArrayList<>();
        for (Article quoted : SAMPLES) {
            for (Article own : SAMPLES) {
                if (own == quoted || SAMPLE_COPIES.contains(DedupFixtures.pair(own.id(), quoted.id()))) {
                    continue;
                }
                StoryGrouper grouper = new StoryGrouper();
                grouper.add(quoted);
                StoryDecision decision = grouper.add(DedupFixtures.sharingAQuote(own, quoted, random));
                if (decision.isDuplicate()) {
                    merged.add(own.id() + " quoting " + quoted.id() + " at " + decision.similarity());
                }
            }
        }
        assertTrue(merged.isEmpty(), "independent reports merged: " + merged);
    }

    @Test
    void shouldKeepTwoOutletsOwnReportsOfTheSameDayApart() {
        // sample-08 (wire) and sample-11 (al-Kadhimi, 8 days later) both report the December 2021 withdrawal
        StoryGrouper grouper = new StoryGrouper();
        grouper.add(byId("sample-08"));
        grouper.add(byId("sample-16"));
        StoryDecision decision = grouper.add(byId("sample-11"));
        assertFalse(decision.isDuplicate());
        assertEquals("sample-11", decision.storyId());
    }

    @Test
    void shouldChooseTheMostSimilarCandidate() {
        Article original = byId("sample-08");
        Article copy = DedupFixtures.variant(original, "copy", DedupFixtures.edits().get("new dateline"), 1);
        Candidate article = candidate(copy);
        Candidate weak = candidate(byId("sample-11"));
        Candidate strong = candidate(original);
        StoryDecision decision = new NearDuplicates().decide(article, List.of(weak, strong));
        assertEquals("sample-08", decision.duplicateOf());
        assertTrue(decision.similarity() >= 0.8, "similarity " + decision.similarity());
    }

    @Test
    void shouldKeepAStoryForAnArticleDeliveredAgain() {
        StoryGrouper grouper = new StoryGrouper();
        Article original = byId("sample-08");
        grouper.add(original);
        StoryDecision again = grouper.add(original);
        assertEquals(new StoryDecision("sample-08", null, null, true), again);
        assertEquals(1, grouper.remembered());
    }

    @Test
    void shouldNeverMergeArticlesWithoutText() {
        StoryGrouper grouper = new StoryGrouper();
        grouper.add(new Article("empty-1", null, "a", null, "ar", "صورة", ""));
        StoryDecision second = grouper.add(new Article("empty-2", null, "b", null, "ar", "صورة", "..."));
        assertNull(second.duplicateOf());
        assertEquals("empty-2", second.storyId());
    }

    @Test
    void shouldDecideTheSameWithCandidatesReadBackFromJson() {
        // the topology keeps candidates in a state store through the shared JSON serde
        Candidate original = candidate(byId("sample-08"));
        Candidate stored = Json.read(Json.write(original), Candidate.class);
        Candidate copy = candidate(byId("sample-10"));
        assertEquals(new NearDuplicates().decide(copy, List.of(original)), new NearDuplicates().decide(copy, List.of(stored)));
        assertTrue(new NearDuplicates().decide(copy, List.of(stored)).isDuplicate());
    }

    @Test
    void shouldRespectTheThresholdGiven() {
        Candidate article = candidate(DedupFixtures.variant(byId("sample-08"), "copy",
                DedupFixtures.edits().get("two sentences dropped"), 2));
        Candidate original = candidate(byId("sample-08"));
        assertTrue(new NearDuplicates().decide(article, List.of(original)).isDuplicate());
        assertFalse(new NearDuplicates(0.999).decide(article, List.of(original)).isDuplicate());
    }

    private static Candidate candidate(Article article) {
        return Candidate.of(article, MinHasher.DEFAULT.fingerprint(article.text()), 0);
    }

    private static Article byId(String id) {
        return SAMPLES.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void shouldNeverMakeAnArticleACopyInTheStoryItStarted() {
        // a copy of the article is filed in its story; the article's own filing is not among the candidates (a
        // correction whose text moved away from its first version, or a band bucket that dropped it): the corrected
        // version must still be the story's original, so that its claims are read
        Article original = SAMPLES.get(0);
        MinHasher hasher = MinHasher.DEFAULT;
        Fingerprint fp = hasher.fingerprint(original.text());
        Candidate copyInItsStory = new Candidate("copy-of-" + original.id(), original.id(), "other", fp.shingles(),
                MinHasher.sketch(fp.signature()), 7);

        StoryDecision decision = new NearDuplicates().decide(Candidate.of(original, fp, 0), List.of(copyInItsStory));

        assertEquals(original.id(), decision.storyId());
        assertNull(decision.duplicateOf(), "same id, new content is a correction, not a duplicate");
        assertEquals(7, decision.storyHour(), "it stays in its story, whose claims it replaces");
    }
}
