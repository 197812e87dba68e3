package org.basewatch.ingest;

/** One input's share of a {@link PollLoop} round: {@link FeedFollower#poll} or {@link FolderWatcher#poll}. */
@FunctionalInterface
public interface Poll {
    IngestSummary poll(Publish publish);
}
