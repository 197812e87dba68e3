package org.basewatch.processor.dedup;

import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.basewatch.contracts.Article;
import org.basewatch.contracts.CanonicalUrl;
import org.basewatch.contracts.StoryMark;

/**
 * Puts each article in a story with the same {@link StoryGrouper} the offline {@code stories}
 * command runs, over state stores: a syndicated copy (same canonical URL, or a near-duplicate
 * text by MinHash/LSH) joins the story of the first article seen; the story keeps the outlets that
 * carried it ({@code story-outlets}). Output is keyed by article id. What it keeps expires with
 * {@link Retention}: an article filed before the cutoff matches nothing any more.
 */
public final class MarkStories implements Processor<String, Article, String, StoryArticle> {
    public static final String ARTICLES = "story-articles";
    public static final String OUTLETS = "story-outlets";

    private final Retention retention;
    private ProcessorContext<String, StoryArticle> context;
    private StoryGrouper grouper;
    private StoreCandidateIndex index;
    private KeyValueStore<Bytes, Outlets> outlets;

    public MarkStories(Retention retention) {
        this.retention = retention;
    }

    @Override
    public void init(ProcessorContext<String, StoryArticle> context) {
        this.context = context;
        this.index = new StoreCandidateIndex(context.getStateStore(ARTICLES));
        this.index.load();
        this.grouper = new StoryGrouper(MinHasher.DEFAULT, new NearDuplicates(), index);
        this.outlets = context.getStateStore(OUTLETS);
    }

    @Override
    public void process(Record<String, Article> record) {
        retention.observeAndPurge(record.timestamp(), () -> {
            index.expire(retention);
            retention.purge(outlets, (k, v) -> { });
        });
        Article article = record.value();
        index.begin(retention.hourNow(), urlHash(article));
        StoryDecision decision = sameUrlAsEarlierStory(article);
        if (decision == null) {
            decision = grouper.add(article);
            index.rememberUrl(article.id(), decision, storyHour(decision));
        }
        int storyHour = storyHour(decision);
        int sources = addSource(storyHour, decision.storyId(), article.source());
        StoryMark mark = decision.mark(article.id(), article.source());
        context.forward(record.withKey(article.id()).withValue(new StoryArticle(article, mark, sources, storyHour)));
    }

    /** A new story's hour is now; a copy's or a redelivery's is that of the story it joins. */
    private int storyHour(StoryDecision decision) {
        return decision.isDuplicate() || decision.redelivered() ? decision.storyHour() : retention.hourNow();
    }

    /** An article republished at the same canonical URL (AMP, mobile, tracking parameters) is a copy whatever its text. */
    private StoryDecision sameUrlAsEarlierStory(Article article) {
        FiledArticle earlier = index.byUrl(urlHash(article));
        if (earlier == null) {
            return null;
        }
        String story = earlier.storyId();
        return story.equals(article.id())
                ? new StoryDecision(story, null, null, true, earlier.storyHour())
                : new StoryDecision(story, story, 1.0, false, earlier.storyHour());
    }

    private static Long urlHash(Article article) {
        if (article.url() == null || article.url().isBlank()) {
            return null;
        }
        String hex = CanonicalUrl.hash(article.url());
        return hex == null ? null : Long.parseUnsignedLong(hex, 16);
    }

    private int addSource(int storyHour, String storyId, String source) {
        Bytes key = StoryKeys.story(storyHour, storyId);
        Outlets known = outlets.get(key);
        Outlets now = known == null ? Outlets.NONE : known;
        if (source != null && !now.contains(source)) {
            now = now.with(source);
            outlets.put(key, now);
        } else if (known == null) {
            outlets.put(key, now);
        }
        return Math.max(1, now.count());
    }
}
