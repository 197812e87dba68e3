package org.basewatch.processor.dedup;

import org.basewatch.contracts.Article;
import org.basewatch.contracts.Json;
import org.basewatch.processor.ArticleLines;

import java.io.BufferedReader;
import java.io.PrintStream;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The logic of the offline {@code basewatch stories FILE} command (the app's {@code StoriesCommand}): puts each article of a JSONL file, in file order, into a
 * story and prints one {@code StoryMark} line per article. The {@link BandIndex} stands in for the topology's
 * state store; what is filed there is decided by {@link NearDuplicates#remembers}. Which story an article is in, and
 * which article is a story's original, do not depend on the order the articles come in (within retention, and while
 * no band holds more than {@value BandIndex#BUCKET_LIMIT} of them).
 */
public final class StoryGrouper {
    private final MinHasher hasher;
    private final NearDuplicates decider;
    private final CandidateIndex index;
    private int remembered;
    private long compared;

    public StoryGrouper() {
        this(MinHasher.DEFAULT, new NearDuplicates());
    }

    public StoryGrouper(MinHasher hasher, NearDuplicates decider) {
        this(hasher, decider, new BandIndex());
    }

    /** A grouper over any index: the topology passes one backed by its state stores. */
    public StoryGrouper(MinHasher hasher, NearDuplicates decider, CandidateIndex index) {
        this.hasher = hasher;
        this.decider = decider;
        this.index = index;
    }

    /** Decides the story of {@code article} and files it in the index when {@link NearDuplicates#remembers} says so. */
    public StoryDecision add(Article article) {
        return add(article, null, 0);
    }

    /**
     * As {@link #add(Article)}, where {@code sameUrlStory} is the story of an article filed earlier at the same
     * canonical URL (null: none), which the article joins whatever its text, and {@code ingested} its record's
     * timestamp. The article's story is every story it matches, joined into one; its original is the one of their
     * originals and the article itself that comes first ({@link StoryLinks.Original#precedes}: published first),
     * so the same articles make the same stories with the same originals in any order.
     */
    public StoryDecision add(Article article, String sameUrlStory, long ingested) {
        Fingerprint fingerprint = hasher.fingerprint(article.text());
        int[] bands = hasher.bandHashes(fingerprint.signature());
        Candidate candidate = Candidate.of(article, fingerprint, ingested);
        Collection<Candidate> candidates = index.candidates(bands);
        compared += candidates.size();
        StoryDecision closest = decider.decide(candidate, candidates);
        if (closest.redelivered()) {
            return redelivery(article.id(), closest.storyId(), closest.storyHour());
        }
        List<Candidate> matched = decider.matches(candidate, candidates);
        StoryLinks stories = index.stories();
        Set<String> joined = new TreeSet<>();
        matched.forEach(c -> joined.add(stories.current(c.storyId())));
        if (sameUrlStory != null) {
            joined.add(stories.current(sameUrlStory));
        }
        StoryLinks.Original original = candidate.asOriginal(0);
        for (String story : joined) {
            StoryLinks.Original theirs = stories.original(story);
            // a story whose original expired keeps its name: nothing filed can tell whether the article precedes it
            StoryLinks.Original other = theirs != null ? theirs
                    : new StoryLinks.Original(story, Integer.MIN_VALUE, Long.MIN_VALUE, closest.storyHour());
            if (other.precedes(original)) {
                original = other;
            }
        }
        String storyId = original.articleId();
        List<String> replaced = joined.stream().filter(s -> !s.equals(storyId)).toList();
        replaced.forEach(s -> index.link(s, storyId));
        StoryDecision decision;
        if (storyId.equals(article.id())) {
            decision = StoryDecision.newStory(article.id()).replacing(replaced);
        } else if (closest.isDuplicate()) {
            decision = new StoryDecision(storyId, closest.duplicateOf(), closest.similarity(), false, original.hour(), replaced);
        } else {
            decision = new StoryDecision(storyId, storyId, 1.0, false, original.hour(), replaced); // by its URL alone
        }
        if (decider.remembers(candidate, decision, matched)) {
            index.remember(candidate.inStory(decision.storyId(), decision.storyHour()), bands);
            remembered++;
        }
        return decision;
    }

    /** An article filed before under its id: of the story it was filed in, or of the one that story became part of. */
    private StoryDecision redelivery(String articleId, String filedStory, int filedHour) {
        String story = index.stories().current(filedStory);
        StoryLinks.Original original = index.stories().original(story);
        int hour = original != null ? original.hour() : filedHour;
        return new StoryDecision(story, story.equals(articleId) ? null : story, null, true, hour);
    }

    /**
     * The story {@code storyId} (as a decision named it) stands for now: a later article published earlier than its
     * original, or one that joined it to another story, may have replaced it.
     */
    public String currentStory(String storyId) {
        return index.stories().current(storyId);
    }

    /** How many candidates all decisions so far were made against (the cost that must not grow with the corpus). */
    public long compared() {
        return compared;
    }

    /** How many articles were filed in the index. */
    public int remembered() {
        return remembered;
    }

    /** Reads article JSONL from {@code in}; returns 0, or 1 when some line could not be read (reported on err). */
    public static int run(BufferedReader in, PrintStream out, PrintStream err) {
        StoryGrouper grouper = new StoryGrouper();
        int failures = ArticleLines.forEach(in, err, a -> a.id() == null ? "article without id, skipped" : null,
                article -> out.println(Json.write(grouper.add(article).mark(article.id(), article.source()))));
        return failures == 0 ? 0 : 1;
    }
}
