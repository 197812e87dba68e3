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
 *
 * <p>To keep going ({@code --follow}, {@code --watch}), each {@link org.basewatch.ingest.follow.Poll} is run
 * by a {@link org.basewatch.ingest.follow.PollLoop} with a {@link org.basewatch.ingest.publish.Publish} that sends to
 * the publisher:
 * <pre>{@code
 * FeedFollower feeds = new FeedFollower(urls, opts, SeenItems.load(stateFile)); // only unseen items, remembered across restarts
 * FolderWatcher folder = new FolderWatcher(Path.of("inbox"), opts);           // everything, then new or modified files
 * PollLoop loop = new PollLoop(PollLoop.parseInterval("PT5M"));               // loop.stop() from a shutdown hook ends it
 * loop.run(() -> {
 *     feeds.poll(results -> publisher.publish(results, progress));
 *     folder.poll(results -> publisher.publish(results, progress));
 * });
 * }</pre>
 */
package org.basewatch.ingest;
