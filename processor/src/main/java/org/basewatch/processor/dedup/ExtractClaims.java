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
 *
 * <p>An off-topic new version of an original ({@link StoryArticle#isOffTopic()}) says nothing any more: its revision
 * becomes {@link #OFF_TOPIC} at its time, and a retraction of that revision goes to each top place, as for any
 * correction. It comes keyed by its own id, its story's, which is where the revision of an original is kept; a
 * former copy has no revision here (its claims were its original's) and withdraws nothing. Copies that come later
 * corroborate nothing for a story whose original went off topic.
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
    /**
     * The content hash of an off-topic version: its text is not hashed (it leaves validation at no more cost than
     * the topic test), and no off-topic version says anything, so they are all the same content.
     */
    public static final String OFF_TOPIC = "off-topic";

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
        if (story.isOffTopic()) {
            withdraw(record, story.article().id());
            return;
        }
        for (String replaced : story.replaced()) {
            retractEverywhere(record, replaced, REPLACED);
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
                retractEverywhere(record, article.id(), read);
            }
            return;
        }
        StoryClaims known = stories.get(key);
        if (known != null && story.sources() > known.sources()) {
            Revision revision = revisions.get(storyId);
            if (isOffTopic(revision)) {
                return; // its original went off topic: it has no claims left to corroborate
            }
            List<Claim> corroborated = known.claims().stream()
                    .map(c -> c.withStory(storyId, story.sources(), c.notBefore()).withRevision(revision))
                    .toList();
            stories.put(key, new StoryClaims(corroborated, story.sources()));
            corroborated.forEach(c -> context.forward(record.withKey(c.place()).withValue(c)));
        }
    }

    /** Takes back what an earlier version of {@code articleId} said, if one was an original here and said anything. */
    private void withdraw(Record<String, StoryArticle> record, String articleId) {
        Revision before = revisions.get(articleId);
        if (before == null || isOffTopic(before)) {
            return;
        }
        Revision offTopic = new Revision(record.timestamp(), OFF_TOPIC);
        revisions.put(articleId, offTopic);
        retractEverywhere(record, articleId, offTopic);
    }

    private void retractEverywhere(Record<String, StoryArticle> record, String articleId, Revision revision) {
        for (Place top : topPlaces()) {
            context.forward(record.withKey(top.id()).withValue(Claim.retraction(articleId, top.id(), revision)));
        }
    }

    private static boolean isOffTopic(Revision revision) {
        return revision != null && OFF_TOPIC.equals(revision.hash());
    }

    /** The places no other place is inside: a retraction sent to them reaches every place through scope. */
    private static List<Place> topPlaces() {
        return Places.all().stream().filter(p -> p.parent() == null || p.parent().isBlank()).toList();
    }
}
