package org.basewatch.processor.dedup;

import org.basewatch.contracts.Article;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pairwise precision and recall of the stories {@code basewatch stories} prints, against labelled copies. */
class PairQualityTest {

    @Test
    void shouldGroupTheSampleCopiesAndNothingElse() {
        assertQuality(DedupFixtures.articles(DedupFixtures.SAMPLES.resolve("articles.jsonl")),
                DedupFixtures.pairs(DedupFixtures.SAMPLES.resolve("duplicates.tsv")));
    }

    @Test
    void shouldGroupTheDevCopiesAndNothingElse() {
        Path dev = DedupFixtures.CORPUS.resolve("dev.jsonl");
        Assumptions.assumeTrue(Files.exists(dev), "../shared absent: skipping the dev-corpus pair quality check");
        assertQuality(DedupFixtures.articles(dev), DedupFixtures.pairs(DedupFixtures.CORPUS.resolve("dev.duplicates.tsv")));
    }

    @Test
    void shouldGroupTheDev2CopiesAndNothingElse() {
        Path dev2 = DedupFixtures.CORPUS.resolve("dev2.jsonl");
        Assumptions.assumeTrue(Files.exists(dev2), "../shared absent: skipping the dev2 pair quality check");
        assertQuality(DedupFixtures.articles(dev2), DedupFixtures.pairs(DedupFixtures.CORPUS.resolve("dev2.duplicates.tsv")));
    }

    @Test
    void shouldKeepEveryCorpusAndTheTemplateReportsApartInOneStream() {
        Path dev = DedupFixtures.CORPUS.resolve("dev.jsonl");
        Assumptions.assumeTrue(Files.exists(dev), "../shared absent: skipping the all-corpora pair quality check");
        List<Article> all = new ArrayList<>(DedupFixtures.articles(DedupFixtures.SAMPLES.resolve("articles.jsonl")));
        Set<String> copies = new HashSet<>(DedupFixtures.pairs(DedupFixtures.SAMPLES.resolve("duplicates.tsv")));
        for (String name : List.of("dev", "dev2")) {
            all.addAll(DedupFixtures.articles(DedupFixtures.CORPUS.resolve(name + ".jsonl")));
            copies.addAll(DedupFixtures.pairs(DedupFixtures.CORPUS.resolve(name + ".duplicates.tsv")));
        }
        DedupFixtures.templatePairs().forEach(all::addAll);
        assertQuality(all, copies);
    }

    @Test
    void shouldKeepDevAndSampleReportsOfTheSameEventsApart() {
        Path dev = DedupFixtures.CORPUS.resolve("dev.jsonl");
        Assumptions.assumeTrue(Files.exists(dev), "../shared absent: skipping the dev-with-samples pair quality check");
        List<Article> both = new ArrayList<>(DedupFixtures.articles(DedupFixtures.SAMPLES.resolve("articles.jsonl")));
        both.addAll(DedupFixtures.articles(dev));
        Set<String> copies = new HashSet<>(DedupFixtures.pairs(DedupFixtures.SAMPLES.resolve("duplicates.tsv")));
        copies.addAll(DedupFixtures.pairs(DedupFixtures.CORPUS.resolve("dev.duplicates.tsv")));
        assertQuality(both, copies);
    }

    @Test
    void shouldGroupGeneratedVariantsMixedIntoTheSamples() {
        List<Article> stream = new ArrayList<>();
        Set<String> copies = new HashSet<>();
        DedupFixtures.samplesWithVariants(stream, copies);
        assertQuality(stream, copies);
    }

    private static void assertQuality(List<Article> articles, Set<String> truth) {
        Set<String> predicted = DedupFixtures.predictedPairs(articles);
        Set<String> falseMerges = new TreeSet<>(predicted);
        falseMerges.removeAll(truth);
        Set<String> found = new TreeSet<>(predicted);
        found.retainAll(truth);
        double precision = predicted.isEmpty() ? 1.0 : (double) found.size() / predicted.size();
        double recall = truth.isEmpty() ? 1.0 : (double) found.size() / truth.size();
        assertTrue(falseMerges.isEmpty(), "false merges: " + falseMerges);
        assertTrue(precision == 1.0, "pair precision " + precision);
        assertTrue(recall == 1.0, "pair recall " + recall + ", missed " + missed(truth, predicted));
    }

    private static Set<String> missed(Set<String> truth, Set<String> predicted) {
        Set<String> missed = new TreeSet<>(truth);
        missed.removeAll(predicted);
        return missed;
    }
}
