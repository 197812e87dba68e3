package org.basewatch.processor.dedup;

import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.basewatch.contracts.Article;
import org.basewatch.contracts.Claim;
import org.basewatch.contracts.Place;
import org.basewatch.contracts.Places;
import org.basewatch.contracts.Revision;
import org.basewatch.processor.extract.ClaimExtractor;

import java.util.List;
import java.util.function.LongConsumer;

/**
 * Extracts claims once per story: from the original, keyed by place. A copy carried by a new outlet
 * extracts nothing; it re-sends the story's claims (without their evidence text, which the sink
 * already has) with the larger outlet count, which is how corroboration reaches the status table.
 * A story's claims are kept under its hour ({@link StoryKeys}) and expire with {@link Retention}.
 *
 * <p>Every claim carries the {@link Revision} of the article it was read from ({@code article-revisions}: the
 * latest revision of each original, by article id). The same article id with the same content again keeps its
 * revision (a redelivery changes nothing downstream); with other content it is a correction: its claims get a new
 * revision, and a retraction ({@link Claim#retraction}) goes to each top place of the gazetteer, so the sink
 * withdraws what the old version said about places the new one no longer mentions. The claim set of an article
 * is thus always its latest version's, the empty set included.
 *
 * <p>An article that replaced stories ({@link StoryArticle#replaced}: it was published before their original, or it
 * joined them to its story) withdraws what their originals said, with a retraction of revision {@link #REPLACED} to
 * each top place: their claims are withdrawn wherever they reached, and stay withdrawn when they arrive late (the
 * original's extraction may run on another partition, after this one). Its own story's claims are sent as always,
 * so the claims of a story are its original's however its articles arrived.
 */
public final class ExtractClaims implements Processor<String, StoryArticle, String, Claim> {
    public static final String STORE = "story-slim-claims";
    public static final String REVISIONS = "article-revisions";
    /**
     * The revision that withdraws every claim of a story's former original, whatever its own revision: an article
     * that stopped being an original never becomes one again (an original is its story's article published first,
     * and a story only grows).
     */
    public static final Revision REPLACED = new Revision(Long.MAX_VALUE, "replaced-original");

    private final ClaimExtractor extractor;
    private final Retention retention;
    private final LongConsumer extractionNanos;
    private ProcessorContext<String, Claim> context;
    private KeyValueStore<Bytes, StoryClaims> stories;
    private KeyValueStore<String, Revision> revisions;

    public ExtractClaims(ClaimExtractor extractor, Retention retention) {
        this(extractor, retention, nanos -> { });
    }

    /** {@code extractionNanos} is told how long each article's extraction took (for basewatch's own metrics). */
    public ExtractClaims(ClaimExtractor extractor, Retention retention, LongConsumer extractionNanos) {
        this.extractor = extractor;
        this.retention = retention;
        this.extractionNanos = extractionNanos;
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
        this.revisions = context.getStateStore(REVISIONS);
    }

    @Override
    public void process(Record<String, StoryArticle> record) {
        retention.observeAndPurge(record.timestamp(), () -> retention.purge(stories, (k, v) -> { }));
        StoryArticle story = record.value();
        for (String replaced : story.replaced()) {
            for (Place top : topPlaces()) {
                context.forward(record.withKey(top.id()).withValue(Claim.retraction(replaced, top.id(), REPLACED)));
            }
        }
        String storyId = story.mark().storyId();
        Bytes key = StoryKeys.story(story.storyHour(), storyId);
        if (story.isOriginal()) {
            Article article = story.article();
            Revision revision = new Revision(record.timestamp(), Fingerprints.version(article));
            Revision before = revisions.get(article.id());
            boolean corrected = before != null && !before.sameContent(revision);
            if (before != null && !corrected) {
                revision = before; // the same content again: the same revision, nothing changes downstream
            } else {
                revisions.put(article.id(), revision);
            }
            Revision read = revision;
            long started = System.nanoTime();
            List<Claim> extracted = extractor.extract(article);
            extractionNanos.accept(System.nanoTime() - started);
            List<Claim> claims = extracted.stream()
                    .map(c -> c.withStory(storyId, story.sources(), c.notBefore()).withRevision(read))
                    .toList();
            stories.put(key, new StoryClaims(claims.stream().map(ExtractClaims::slim).toList(), story.sources()));
            claims.forEach(c -> context.forward(record.withKey(c.place()).withValue(c)));
            if (corrected) {
                for (Place top : topPlaces()) {
                    context.forward(record.withKey(top.id()).withValue(Claim.retraction(article.id(), top.id(), read)));
                }
            }
            return;
        }
        StoryClaims known = stories.get(key);
        if (known != null && story.sources() > known.sources()) {
            Revision revision = revisions.get(storyId);
            List<Claim> corroborated = known.claims().stream()
                    .map(c -> c.withStory(storyId, story.sources(), c.notBefore()).withRevision(revision))
                    .toList();
            stories.put(key, new StoryClaims(corroborated, story.sources()));
            corroborated.forEach(c -> context.forward(record.withKey(c.place()).withValue(c)));
        }
    }

    /** The places no other place is inside: a retraction sent to them reaches every place through scope. */
    private static List<Place> topPlaces() {
        return Places.all().stream().filter(p -> p.parent() == null || p.parent().isBlank()).toList();
    }
}
