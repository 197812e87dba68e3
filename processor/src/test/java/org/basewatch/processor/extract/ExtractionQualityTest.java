package org.basewatch.processor.extract;

import org.basewatch.contracts.Article;
import org.basewatch.contracts.Claim;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Scores the extractor on the shared hand-labelled corpus with the rules of {@code shared/eval/score}. */
class ExtractionQualityTest {
    private static final double MIN_F1 = 0.90;
    private static final double MIN_DATE_ACCURACY = 0.90;

    @ParameterizedTest
    @ValueSource(strings = {"seeds", "dev"})
    void shouldReachTargetF1AndDateAccuracyOnLabelledCorpus(String name) {
        Path dir = Corpus.dir();
        assumeTrue(dir != null, "../shared absent: skipping corpus quality check");
        Path articles = dir.resolve(name + ".jsonl");
        Path gold = dir.resolve(name + ".gold.jsonl");
        assumeTrue(Files.exists(articles) && Files.exists(gold), name + " corpus absent: skipping");

        ClaimExtractor extractor = new ClaimExtractor();
        List<Claim> predictions = new ArrayList<>();
        for (Article a : Corpus.articles(articles)) {
            predictions.addAll(extractor.extract(a));
        }
        GoldScorer.Score score = GoldScorer.score(Corpus.gold(gold), predictions);
        System.out.println(name + ": " + score);
        assertTrue(score.f1() >= MIN_F1, name + " F1 below " + MIN_F1 + ": " + score);
        assertTrue(score.dateAccuracy() >= MIN_DATE_ACCURACY, name + " date accuracy below " + MIN_DATE_ACCURACY + ": " + score);
    }
}
