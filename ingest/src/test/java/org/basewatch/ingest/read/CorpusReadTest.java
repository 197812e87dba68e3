package org.basewatch.ingest.read;

import org.basewatch.contracts.Article;
import org.basewatch.contracts.Json;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The shared corpus files must come through the JSONL reader unchanged. */
class CorpusReadTest {
    private static final Path CORPUS = Path.of("../../shared/corpus");

    @Test
    void shouldReadEveryCorpusLineAsTheSameArticle() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "../shared absent: skipping corpus read test");
        for (String name : List.of("seeds.jsonl", "dev.jsonl")) {
            Path file = CORPUS.resolve(name);
            List<String> lines = Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList();

            List<ReadResult> results = ArticleSources.read(file.toString(), ReadOptions.defaults()).toList();

            assertEquals(lines.size(), results.size(), name);
            for (int i = 0; i < lines.size(); i++) {
                assertEquals(null, results.get(i).rejection(), name + " line " + (i + 1));
                assertEquals(ArticleId.assign(Json.read(lines.get(i), Article.class)), results.get(i).article(), name + " line " + (i + 1));
            }
        }
    }
}
