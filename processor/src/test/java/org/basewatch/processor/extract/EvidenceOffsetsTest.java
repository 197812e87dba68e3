package org.basewatch.processor.extract;

import org.basewatch.contracts.Article;
import org.basewatch.contracts.Claim;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Evidence must always be a verbatim slice of the original text, whatever normalization did to it. */
class EvidenceOffsetsTest {
    private final ClaimExtractor extractor = new ClaimExtractor();

    @Test
    void shouldPointEvidenceIntoOriginalTextOfOwnSentences() {
        List<String> texts = List.of(
                "  أعلنـــت  القواتُ العراقيةُ\u200f، اليومَ الأحدَ، تسلُّمَ قاعدةِ «القيّارة» بعد انسحاب التحالف.\n\n"
                        + "وقال ضابطٌ إن آخرَ الجنود غادروا القاعدةَ صباحَ اليوم.",
                "سلّم التحالف قاعدة كي وان في ٢٩/٣/٢٠٢٠ إلى القوات العراقية؛ ولا يوجد فيها أي جندي أجنبي.",
                "BAGHDAD (Wire) -  The coalition   handed over Camp Taji to Iraqi forces on Sunday.\r\nAdvisers remain "
                        + "at Ain al-Asad.");
        int checked = 0;
        for (String text : texts) {
            checked += checkAll(new Article("own", null, null, "2020-03-29", "ar", null, text));
        }
        assertFalse(checked == 0, "no claims extracted from own sentences");
    }

    @Test
    void shouldPointEvidenceIntoOriginalTextOfSharedCorpus() {
        Path dir = Corpus.dir();
        assumeTrue(dir != null, "../shared absent: skipping corpus offset check");
        List<Article> all = new ArrayList<>();
        for (String name : List.of("seeds.jsonl", "dev.jsonl")) {
            if (Files.exists(dir.resolve(name))) {
                all.addAll(Corpus.articles(dir.resolve(name)));
            }
        }
        int checked = 0;
        for (Article a : all) {
            checked += checkAll(a);
        }
        assertFalse(checked == 0, "no claims extracted from corpus");
    }

    private int checkAll(Article a) {
        List<Claim> claims = extractor.extract(a);
        for (Claim c : claims) {
            assertEquals(c.evidence(), a.text().substring(c.start(), c.end()), a.id() + " " + c.place());
            assertFalse(c.evidence().isBlank());
            assertEquals(c.evidence().strip(), c.evidence(), "evidence is trimmed");
        }
        return claims.size();
    }
}
