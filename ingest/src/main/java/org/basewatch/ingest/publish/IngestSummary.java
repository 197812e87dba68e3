package org.basewatch.ingest.publish;

import java.util.List;

/** What an ingest run did: articles published, keys skipped because this run had already sent them, and rejections with reasons. */
public record IngestSummary(long published, long skippedDuplicateKeys, long rejected, List<String> rejections) {

    public IngestSummary {
        rejections = List.copyOf(rejections);
    }
}
