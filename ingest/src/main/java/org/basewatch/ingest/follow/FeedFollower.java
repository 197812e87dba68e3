package org.basewatch.ingest.follow;

import org.basewatch.ingest.publish.IngestSummary;
import org.basewatch.ingest.publish.Publish;
import org.basewatch.ingest.read.ArticleId;
import org.basewatch.ingest.read.ArticleSources;
import org.basewatch.ingest.read.ReadOptions;
import org.basewatch.ingest.read.ReadResult;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code --follow}: reads feeds again at each poll and publishes only the items whose key
 * ({@link ArticleId}: the item link's hash, so an edited item is not new) is not in {@link SeenItems}.
 * Keys are remembered only once their records are acknowledged, and the state file is rewritten after
 * every poll that published something.
 */
public final class FeedFollower {
    private static final Logger LOG = LoggerFactory.getLogger(FeedFollower.class);
    private final List<String> feeds;
    private final ReadOptions opts;
    private final SeenItems seen;

    public FeedFollower(List<String> feeds, ReadOptions opts, SeenItems seen) {
        this.feeds = List.copyOf(feeds);
        this.opts = opts;
        this.seen = seen;
    }

    /** Reads every feed once and publishes the unseen items through {@code publish}. */
    public IngestSummary poll(Publish publish) {
        List<ReadResult> fresh = new ArrayList<>();
        Set<String> keysThisPoll = new HashSet<>();
        for (String feed : feeds) {
            ArticleSources.read(feed, opts).forEach(r -> {
                if (r.isRejected()) {
                    fresh.add(r);
                    return;
                }
                String key = ArticleId.of(r.article());
                if (!seen.contains(key) && keysThisPoll.add(key)) {
                    fresh.add(r);
                }
            });
        }
        IngestSummary summary = publish.apply(fresh.stream());
        remember(fresh, summary);
        return summary;
    }

    private void remember(List<ReadResult> sent, IngestSummary summary) {
        Map<String, String> keyByOrigin = sent.stream().filter(r -> !r.isRejected())
                .collect(Collectors.toMap(ReadResult::origin, r -> ArticleId.of(r.article()), (a, b) -> a));
        if (keyByOrigin.isEmpty()) {
            return;
        }
        // a record the broker refused comes back as a rejection of its origin; it must be tried again next poll
        keyByOrigin.forEach((origin, key) -> {
            boolean failed = summary.rejections().stream().anyMatch(line -> line.startsWith(origin + ": "));
            if (!failed) {
                seen.add(key);
            }
        });
        try {
            seen.save();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the seen-items state file: " + e.getMessage(), e);
        }
        LOG.debug("{} item keys remembered", seen.size());
    }
}
