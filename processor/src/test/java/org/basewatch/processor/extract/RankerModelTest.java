package org.basewatch.processor.extract;

import org.basewatch.contracts.Article;
import org.basewatch.contracts.Claim;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The shipped ranker is what its training data gives, and it earns its place on articles it has not seen. */
class RankerModelTest {

    @Test
    void shouldBeReproducedByTrainingOnItsCorpora() throws Exception {
        List<Path> corpora = RankerTraining.trainingCorpora();
        assumeTrue(corpora != null, "../shared absent: cannot retrain the shipped model");
        Path shipped = Path.of("src/main/resources/org/basewatch/processor/extract/" + Ranker.RESOURCE);
        assumeTrue(Files.exists(shipped), "run from the processor module");
        String retrained = new RankerTraining().trainedModel(corpora);
        assertEquals(Files.readString(shipped, StandardCharsets.UTF_8), retrained,
                "the shipped ranker.model is stale: run RankerTraining train (see its Javadoc) and commit the result");
    }

    @Test
    void shouldRaisePrecisionOnABlindSetWithoutLosingMuchRecall() {
        Path own = Corpus.own();
        assumeTrue(own != null && Files.exists(own.resolve("blind/t2.jsonl")), "corpus/blind absent");
        Path articles = own.resolve("blind/t2.jsonl");
        GoldScorer.Score rules = score(new ClaimExtractor(null), articles);
        GoldScorer.Score ranked = score(new ClaimExtractor(), articles);
        System.out.println("rules: " + rules + "\nranked: " + ranked);
        assertTrue(ranked.precision() > rules.precision() + 0.05, "the ranker should filter out wrong readings");
        assertTrue(ranked.f1() >= rules.f1(), "the ranker should not cost more recall than it gains in precision");
    }

    private static GoldScorer.Score score(ClaimExtractor extractor, Path articles) {
        List<Claim> out = new ArrayList<>();
        for (Article a : Corpus.articles(articles)) {
            out.addAll(extractor.extract(a));
        }
        return GoldScorer.score(Corpus.gold(Corpus.goldOf(articles)), out);
    }
}
