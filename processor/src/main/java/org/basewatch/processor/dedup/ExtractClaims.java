package org.basewatch.processor.dedup;

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
 */
public final class ExtractClaims implements Processor<String, StoryArticle, String, Claim> {
    public static final String STORE = "story-claims";

    private final ClaimExtractor extractor;
    private ProcessorContext<String, Claim> context;
    private KeyValueStore<String, StoryClaims> stories;

    public ExtractClaims(ClaimExtractor extractor) {
        this.extractor = extractor;
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
        StoryArticle story = record.value();
        String storyId = story.mark().storyId();
        if (story.isOriginal()) {
            List<Claim> claims = extractor.extract(story.article()).stream()
                    .map(c -> c.withStory(storyId, story.sources(), c.notBefore()))
                    .toList();
            stories.put(storyId, new StoryClaims(claims.stream().map(ExtractClaims::slim).toList(), story.sources()));
            claims.forEach(c -> context.forward(record.withKey(c.place()).withValue(c)));
            return;
        }
        StoryClaims known = stories.get(storyId);
        if (known != null && story.sources() > known.sources()) {
            List<Claim> corroborated = known.claims().stream()
                    .map(c -> c.withStory(storyId, story.sources(), c.notBefore()))
                    .toList();
            stories.put(storyId, new StoryClaims(corroborated, story.sources()));
            corroborated.forEach(c -> context.forward(record.withKey(c.place()).withValue(c)));
        }
    }
}
