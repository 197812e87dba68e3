package org.basewatch.processor.dedup;

import org.basewatch.contracts.Article;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MinHasherTest {
    private static final String TEXT = "سلّمت قوات التحالف الدولي، اليوم الأحد، قاعدة \"كي وان\" الجوية شمال غربي "
            + "مدينة كركوك إلى القوات الأمنية العراقية.";

    @Test
    void shouldGiveTheSameSignatureOnEveryJvmAndRestart() {
        // pinned: a change here silently splits every stored story from its future copies
        int[] signature = MinHasher.DEFAULT.signature(TEXT);
        assertArrayEquals(new int[]{0x1f33968d, 0x259430f7, 0x15a24457, 0x02ffd9dc},
                java.util.Arrays.copyOf(signature, 4));
        assertEquals(List.of("b00-6d1187a2", "b01-038f6620"), MinHasher.DEFAULT.bandKeys(signature).subList(0, 2));
        MinHasher another = new MinHasher(MinHasher.SHINGLE_WORDS, MinHasher.HASHES, MinHasher.BANDS, MinHasher.ROWS);
        assertArrayEquals(signature, another.signature(TEXT));
    }

    @Test
    void shouldMakeOneBandKeyPerBand() {
        List<String> keys = MinHasher.DEFAULT.bandKeys(MinHasher.DEFAULT.signature(TEXT));
        assertEquals(MinHasher.BANDS, keys.size());
        for (int band = 0; band < keys.size(); band++) {
            assertTrue(keys.get(band).matches(String.format("b%02d-[0-9a-f]{8}", band)), keys.get(band));
        }
    }

    @Test
    void shouldIgnoreDiacriticsHamzaFormsPunctuationAndTatweel() {
        String respelled = "سَلَّمت قوات التحالف الدولي, اليوم الاحد , قاعدة «كي وان» الجويـة شمال غربي "
                + "مدينة كركوك الى القوات الامنيه العراقيه...";
        assertEquals(1.0, MinHasher.DEFAULT.jaccard(TEXT, respelled));
    }

    @Test
    void shouldTreatABodyPastedTwiceAsTheSameText() {
        String body = TEXT + "\nوقالت قيادة العمليات المشتركة إن إجراءات التسليم جرت وفق السياقات المعتمدة.";
        assertEquals(1.0, MinHasher.DEFAULT.jaccard(body, body + "\n" + body));
    }

    @Test
    void shouldEstimateJaccardFromSketchesWithinSamplingError() {
        List<Article> articles = DedupFixtures.articles(DedupFixtures.SAMPLES.resolve("articles.jsonl"));
        double totalError = 0;
        int pairs = 0;
        for (Article article : articles) {
            String copy = DedupFixtures.variant(article, "v", DedupFixtures.edits().get("two sentences dropped"), 1).text();
            for (String other : List.of(copy, articles.get(0).text())) {
                double exact = MinHasher.DEFAULT.jaccard(article.text(), other);
                double estimate = MinHasher.estimate(MinHasher.sketch(MinHasher.DEFAULT.signature(article.text())),
                        MinHasher.sketch(MinHasher.DEFAULT.signature(other)));
                // 4 standard errors of a 128-value 4-bit estimate at J=0.5
                assertEquals(exact, estimate, 0.2, article.id());
                totalError += Math.abs(exact - estimate);
                pairs++;
            }
        }
        assertTrue(totalError / pairs < 0.04, "mean absolute error " + totalError / pairs);
    }

    @Test
    void shouldPutNearCopiesInACommonBandAndUnrelatedArticlesInNone() {
        List<Article> articles = DedupFixtures.articles(DedupFixtures.SAMPLES.resolve("articles.jsonl"));
        Article original = articles.get(7);
        Article copy = DedupFixtures.variant(original, "v", DedupFixtures.edits().get("one sentence dropped"), 3);
        List<String> originalKeys = MinHasher.DEFAULT.bandKeys(MinHasher.DEFAULT.signature(original.text()));
        assertFalse(Collections.disjoint(originalKeys, MinHasher.DEFAULT.bandKeys(MinHasher.DEFAULT.signature(copy.text()))));
        assertTrue(Collections.disjoint(originalKeys,
                MinHasher.DEFAULT.bandKeys(MinHasher.DEFAULT.signature(articles.get(0).text()))));
    }

    @Test
    void shouldGiveAnEmptyTextNoShingles() {
        assertEquals(0, MinHasher.DEFAULT.fingerprint("  ... \n ").shingles());
        assertEquals(1, MinHasher.DEFAULT.fingerprint("عاجل").shingles());
    }
}
