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
 * text by MinHash/LSH) joins the story, whose original is its article published first, whatever
 * the order they arrive in; the story keeps the outlets that carried it ({@code story-outlets}),
 * those of the stories it replaced included. Output is keyed by article id. What it keeps expires
 * with {@link Retention}: an article filed before the cutoff matches nothing any more. An off-topic new version of
 * an article ({@link StoryArticle#isOffTopic(Article)}) passes through untouched.
 */
public final class MarkStories implements Processor<String, Article, String, StoryArticle> {
    public static final String ARTICLES = "story-articles";
    public static final String OUTLETS = "story-outlets";
    public static final String LINKS = "story-links";

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
        this.index = new StoreCandidateIndex(context.getStateStore(ARTICLES), context.getStateStore(LINKS));
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
        if (StoryArticle.isOffTopic(article)) {
            // an off-topic correction: nothing to file or compare, it goes on to withdraw what its old version said
            context.forward(record.withKey(article.id()).withValue(StoryArticle.offTopic(article)));
            return;
        }
        index.begin(retention.hourNow(), urlHash(article));
        FiledArticle sameUrl = index.byUrl(urlHash(article));
        StoryDecision decision = grouper.add(article, sameUrl == null ? null : sameUrl.storyId(), record.timestamp());
        if (!decision.redelivered()) {
            index.rememberUrl(article.id(), decision, storyHour(decision));
        }
        int storyHour = storyHour(decision);
        int sources = addSource(storyHour, decision, article.source());
        StoryMark mark = decision.mark(article.id(), article.source());
        context.forward(record.withKey(article.id())
                .withValue(new StoryArticle(article, mark, sources, storyHour, decision.replaced())));
    }

    /** A new story's hour is now; a copy's or a redelivery's is that of the story it joins. */
    private int storyHour(StoryDecision decision) {
        return decision.isDuplicate() || decision.redelivered() ? decision.storyHour() : retention.hourNow();
    }

    private static Long urlHash(Article article) {
        if (article.url() == null || article.url().isBlank()) {
            return null;
        }
        String hex = CanonicalUrl.hash(article.url());
        return hex == null ? null : Long.parseUnsignedLong(hex, 16);
    }

    /** Adds the article's outlet to its story's, and those of the stories it replaced; how many outlets the story has. */
    private int addSource(int storyHour, StoryDecision decision, String source) {
        Bytes key = StoryKeys.story(storyHour, decision.storyId());
        Outlets known = outlets.get(key);
        Outlets now = known == null ? Outlets.NONE : known;
        for (String replaced : decision.replaced()) {
            StoryLinks.Original original = index.stories().original(replaced);
            Bytes theirs = original == null ? null : StoryKeys.story(original.hour(), replaced);
            Outlets carried = theirs == null ? null : outlets.get(theirs);
            if (carried != null) {
                now = now.with(carried);
                outlets.delete(theirs);
            }
        }
        if (source != null && !now.contains(source)) {
            now = now.with(source);
        }
        if (known == null || !now.equals(known)) {
            outlets.put(key, now);
        }
        return Math.max(1, now.count());
    }
}
