package org.basewatch.ingest.publish;

import org.basewatch.ingest.read.ReadResult;

import java.util.stream.Stream;

/** Where a poll sends what it read: {@link ArticlePublisher#publish} or {@link DryRun#print}. */
@FunctionalInterface
public interface Publish {
    IngestSummary apply(Stream<ReadResult> results);
}
