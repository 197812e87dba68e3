package org.basewatch.processor.dedup;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.basewatch.contracts.Article;
import org.basewatch.contracts.CanonicalUrl;
import org.basewatch.contracts.StoryMark;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts each article in a story with the same {@link StoryGrouper} the offline {@code stories}
 * command runs, over state stores: a syndicated copy (same canonical URL, or a near-duplicate
 * text by MinHash/LSH) joins the story of the first article seen; the story keeps the outlets that
 * carried it ({@code story-sources}). Output is keyed by article id.
 */
public final class MarkStories implements Processor<String, Article, String, StoryArticle> {
    public static final String BANDS = StoreCandidateIndex.BANDS;
    public static final String CANDIDATES = StoreCandidateIndex.CANDIDATES;
    public static final String URLS = "story-urls";
    public static final String SOURCES = "story-sources";

    private ProcessorContext<String, StoryArticle> context;
    private StoryGrouper grouper;
    private KeyValueStore<String, String> urls;
    private KeyValueStore<String, StoryRef> sources;

    @Override
    public void init(ProcessorContext<String, StoryArticle> context) {
        this.context = context;
        this.grouper = new StoryGrouper(MinHasher.DEFAULT, new NearDuplicates(),
                new StoreCandidateIndex(context.getStateStore(BANDS), context.getStateStore(CANDIDATES)));
        this.urls = context.getStateStore(URLS);
        this.sources = context.getStateStore(SOURCES);
    }

    @Override
    public void process(Record<String, Article> record) {
        Article article = record.value();
        StoryDecision decision = sameUrlAsEarlierStory(article);
        if (decision == null) {
            decision = grouper.add(article);
            rememberUrl(article, decision.storyId());
        }
        int outlets = addSource(decision.storyId(), article.source());
        StoryMark mark = decision.mark(article.id(), article.source());
        context.forward(record.withKey(article.id()).withValue(new StoryArticle(article, mark, outlets)));
    }

    /** An article republished at the same canonical URL (AMP, mobile, tracking parameters) is a copy whatever its text. */
    private StoryDecision sameUrlAsEarlierStory(Article article) {
        if (article.url() == null || article.url().isBlank()) {
            return null;
        }
        String story = urls.get(CanonicalUrl.hash(article.url()));
        if (story == null) {
            return null;
        }
        return story.equals(article.id()) ? new StoryDecision(story, null, null, true) : new StoryDecision(story, story, 1.0, false);
    }

    private void rememberUrl(Article article, String storyId) {
        if (article.url() != null && !article.url().isBlank()) {
            urls.putIfAbsent(CanonicalUrl.hash(article.url()), storyId);
        }
    }

    private int addSource(String storyId, String source) {
        StoryRef known = sources.get(storyId);
        List<String> outlets = new ArrayList<>(known == null ? List.of() : known.sources());
        if (source != null && !outlets.contains(source)) {
            outlets.add(source);
            sources.put(storyId, new StoryRef(storyId, List.copyOf(outlets)));
        } else if (known == null) {
            sources.put(storyId, new StoryRef(storyId, List.of()));
        }
        return Math.max(1, outlets.size());
    }
}
