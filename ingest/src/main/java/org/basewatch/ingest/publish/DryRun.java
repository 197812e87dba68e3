package org.basewatch.ingest.publish;

import org.basewatch.ingest.read.ArticleId;
import org.basewatch.ingest.read.ReadResult;

import org.basewatch.contracts.Article;
import org.basewatch.contracts.Json;

import java.io.PrintStream;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** The {@code --dry-run} of ingest: prints each article as one JSON line instead of publishing it, skipping and counting as a real run would. */
public final class DryRun {
    private DryRun() {
    }

    /** Prints the articles of {@code results} to {@code out}; "published" in the summary counts lines printed. */
    public static IngestSummary print(Stream<ReadResult> results, PrintStream out, Consumer<Progress> progress) {
        RunTally tally = new RunTally(-1);
        results.forEach(r -> {
            if (r.isRejected()) {
                tally.reject(r.origin(), r.rejection());
            } else {
                Article article = ArticleId.assign(r.article());
                if (tally.isNew(article)) {
                    out.println(Json.write(article));
                    tally.published();
                }
            }
            progress.accept(tally.progress());
        });
        out.flush();
        return tally.summary();
    }

    public static IngestSummary print(Stream<ReadResult> results, PrintStream out) {
        return print(results, out, p -> { });
    }
}
