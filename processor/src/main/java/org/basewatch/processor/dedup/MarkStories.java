package org.basewatch.processor.dedup;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.basewatch.contracts.Article;
import org.basewatch.contracts.StoryMark;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts each article in a story: the first article seen with a fingerprint starts the story,
 * later ones are its copies. Input is keyed by fingerprint (so copies meet on one partition);
 * output is keyed by article id.
 */
public final class MarkStories implements Processor<String, Article, String, StoryArticle> {
    public static final String STORE = "story-fingerprints";

    private ProcessorContext<String, StoryArticle> context;
    private KeyValueStore<String, StoryRef> stories;

    @Override
    public void init(ProcessorContext<String, StoryArticle> context) {
        this.context = context;
        this.stories = context.getStateStore(STORE);
    }

    @Override
    public void process(Record<String, Article> record) {
        Article article = record.value();
        String fingerprint = record.key();
        StoryRef known = stories.get(fingerprint);
        if (known == null) {
            rememberNewStory(fingerprint, article);
            forward(record, new StoryMark(article.id(), article.id(), null, null, article.source()), 1);
        } else if (known.storyId().equals(article.id())) {
            // the same article delivered again (a producer retry or a re-ingest): not a new copy
            forward(record, new StoryMark(article.id(), known.storyId(), null, null, article.source()), known.sources().size());
        } else {
            StoryRef updated = addSource(fingerprint, known, article.source());
            forward(record, new StoryMark(article.id(), known.storyId(), known.storyId(), 1.0, article.source()),
                    updated.sources().size());
        }
    }

    private void rememberNewStory(String fingerprint, Article article) {
        List<String> sources = article.source() == null ? List.of() : List.of(article.source());
        stories.put(fingerprint, new StoryRef(article.id(), sources));
    }

    private StoryRef addSource(String fingerprint, StoryRef known, String source) {
        if (source == null || known.sources().contains(source)) {
            return known;
        }
        List<String> sources = new ArrayList<>(known.sources());
        sources.add(source);
        StoryRef updated = new StoryRef(known.storyId(), List.copyOf(sources));
        stories.put(fingerprint, updated);
        return updated;
    }

    private void forward(Record<String, Article> record, StoryMark mark, int sources) {
        context.forward(record.withKey(mark.articleId()).withValue(new StoryArticle(record.value(), mark, Math.max(sources, 1))));
    }
}
