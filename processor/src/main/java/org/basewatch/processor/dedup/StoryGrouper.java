package org.basewatch.processor.dedup;

import org.basewatch.contracts.Article;
import org.basewatch.contracts.Json;
import org.basewatch.processor.ArticleLines;

import java.io.BufferedReader;
import java.io.PrintStream;
import java.util.Collection;

/**
 * The logic of the offline {@code basewatch stories FILE} command (the app's {@code StoriesCommand}): puts each article of a JSONL file, in file order, into a
 * story and prints one {@code StoryMark} line per article. The {@link BandIndex} stands in for the topology's
 * state store; what is filed there is decided by {@link NearDuplicates#remembers}.
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
        Fingerprint fingerprint = hasher.fingerprint(article.text());
        int[] bands = hasher.bandHashes(fingerprint.signature());
        Candidate candidate = Candidate.of(article, fingerprint);
        Collection<Candidate> candidates = index.candidates(bands);
        compared += candidates.size();
        StoryDecision decision = decider.decide(candidate, candidates);
        Candidate matched = null;
        if (decision.isDuplicate()) {
            for (Candidate c : candidates) {
                if (c.articleId().equals(decision.duplicateOf())) {
                    matched = c;
                    break;
                }
            }
        }
        if (decider.remembers(candidate, decision, matched)) {
            index.remember(candidate.inStory(decision.storyId(), decision.storyHour()), bands);
            remembered++;
        }
        return decision;
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
