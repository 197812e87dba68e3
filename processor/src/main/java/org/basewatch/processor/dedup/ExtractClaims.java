package org.basewatch.processor.dedup;

import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.basewatch.contracts.Claim;
import org.basewatch.processor.extract.ClaimExtractor;

import java.util.List;

/**
 * Extracts claims once per story: from the original, keyed by place. A copy carried by a new outlet
 * extracts nothing; it re-sends the story's claims (without their evidence text, which the sink
 * already has) with the larger outlet count, which is how corroboration reaches the status table.
 * A story's claims are kept under its hour ({@link StoryKeys}) and expire with {@link Retention}.
 */
public final class ExtractClaims implements Processor<String, StoryArticle, String, Claim> {
    public static final String STORE = "story-slim-claims";

    private final ClaimExtractor extractor;
    private final Retention retention;
    private ProcessorContext<String, Claim> context;
    private KeyValueStore<Bytes, StoryClaims> stories;

    public ExtractClaims(ClaimExtractor extractor, Retention retention) {
        this.extractor = extractor;
        this.retention = retention;
    }

    /**
     * What a corroboration needs to find its claim again downstream: the claim without its evidence text
     * and speaker, which the sink already holds (kept small: this store grows with the stories).
     */
    static Claim slim(Claim c) {
        return new Claim(c.articleId(), c.place(), c.status(), c.modality(), c.eventDate(), c.datePrecision(), null,
                c.start(), c.end(), c.confidence(), null, c.storyId(), c.source(), c.sources(), c.publishedAt(), c.notBefore());
    }

    @Override
    public void init(ProcessorContext<String, Claim> context) {
        this.context = context;
        this.stories = context.getStateStore(STORE);
    }

    @Override
    public void process(Record<String, StoryArticle> record) {
        retention.observe(record.timestamp());
        if (retention.due()) {
            retention.purge(stories, (k, v) -> { });
            retention.purged();
        }
        StoryArticle story = record.value();
        String storyId = story.mark().storyId();
        Bytes key = StoryKeys.story(story.storyHour(), storyId);
        if (story.isOriginal()) {
            List<Claim> claims = extractor.extract(story.article()).stream()
                    .map(c -> c.withStory(storyId, story.sources(), c.notBefore()))
                    .toList();
            stories.put(key, new StoryClaims(claims.stream().map(ExtractClaims::slim).toList(), story.sources()));
            claims.forEach(c -> context.forward(record.withKey(c.place()).withValue(c)));
            return;
        }
        StoryClaims known = stories.get(key);
        if (known != null && story.sources() > known.sources()) {
            List<Claim> corroborated = known.claims().stream()
                    .map(c -> c.withStory(storyId, story.sources(), c.notBefore()))
                    .toList();
            stories.put(key, new StoryClaims(corroborated, story.sources()));
            corroborated.forEach(c -> context.forward(record.withKey(c.place()).withValue(c)));
        }
    }
}
