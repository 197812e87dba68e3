package org.basewatch.ingest.follow;

import org.basewatch.ingest.publish.IngestSummary;
import org.basewatch.ingest.publish.Publish;

/** One input's share of a {@link PollLoop} round: {@link FeedFollower#poll} or {@link FolderWatcher#poll}. */
@FunctionalInterface
public interface Poll {
    IngestSummary poll(Publish publish);
}
