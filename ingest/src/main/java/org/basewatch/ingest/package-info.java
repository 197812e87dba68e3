/**
 * Ingest: reads articles from the outside world and publishes them to the {@code articles} topic.
 *
 * <p>How the launcher uses it:
 * <pre>{@code
 * Stream<ReadResult> results = Stream.of(inputs).flatMap(in -> ArticleSources.read(in, ReadOptions.defaults()));
 * ProgressReporter progress = ProgressReporter.forConsole(System.err);
 * IngestSummary summary;
 * if (dryRun) {
 *     summary = DryRun.print(results, System.out, progress);
 * } else {
 *     try (ArticlePublisher publisher = new ArticlePublisher(Settings.kafkaClient(settings))) {
 *         summary = publisher.publish(results, progress);
 *     }
 * }
 * progress.finish(summary);
 * }</pre>
 */
package org.basewatch.ingest;
