package org.basewatch.processor.dedup;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether an article is a republished copy of a story already seen (same wire text, light edits) or
 * a story of its own; independent reports of one event stay separate stories, because they corroborate
 * each other. Pure: the offline {@link StoryGrouper} and the topology call the same {@link #decide}.
 *
 * <p>Threshold from measurements ({@code DedupMeasurements} in the tests; k=3, 128 hashes, 4-bit sketches):
 * <ul>
 *   <li>labelled copies (dev 03/14, 07/17, 10/19; samples 08/09, 08/10, 09/10): exact Jaccard 0.629–0.853,
 *       estimated 0.692–0.858;</li>
 *   <li>every other pair of dev and sample articles (735, many independent reports of one event, e.g. the K1
 *       handover, the December 2021 committee): exact at most 0.054 (median 0.003), estimated at most 0.092;</li>
 *   <li>generated copies of all 39 articles × 8 kinds of edit × 5 seeds (new dateline and headline, paragraphs
 *       reordered, one or two dropped, boilerplate appended, diacritics/hamza/punctuation/tatweel changed,
 *       body pasted twice, and all of these at once): exact 0.465–1.0, estimated 0.450–1.0, p05 0.617;</li>
 *   <li>independent reports quoting one paragraph of another article verbatim (1,470): exact at most 0.142,
 *       estimated at most 0.208.</li>
 * </ul>
 * The threshold 0.30 sits in the gap 0.208–0.450 of estimates, 3.5 standard errors of the estimator below the
 * worst generated copy (exact 0.465) and 4.2 above the worst quoting report (exact 0.142); real copies and real
 * independent reports are much further apart. With it every labelled and generated pair above is decided right.
 * Every article is filed in the index under its own band keys, copies too (see {@link #remembers}).
 *
 * <p>Wording alone is not enough for short texts written on one template: outlets file the same two sentences every
 * day with only the base changed, at estimated similarities of 0.62–0.80 (the 20 template pairs of the tests,
 * 22–28 shingles each). So a candidate is never a match when
 * <ul>
 *   <li>its {@link EventSignature} conflicts: each has a key place (or year: in the lead or named twice) that the
 *       other does not name at all — a copy that drops a paragraph loses only places named once further down;
 *       or</li>
 *   <li>the two share fewer than {@value #MIN_SHARED_SHINGLES} shingles (estimated from the similarity and the two
 *       shingle counts) and less than {@value #SHORT_COPY_CONTAINED} of the shorter text is in the other: a short
 *       text may gain a line ("read also") but not differ both ways, because a word or two swapped is all that tells
 *       two template reports apart (template pairs of 22–28 shingles at 0.62–0.80 have 0.77–0.89 in common). The
 *       shortest labelled article has 94 shingles, and the weakest generated copy shares about 60.</li>
 * </ul>
 * Among the matches the most similar wins; a tie goes to the smaller article id, so the choice does not depend on
 * the order in which candidates were filed.
 */
public final class NearDuplicates {
    /** Estimated Jaccard at or above which an article is a copy; chosen in the measured gap, see above. */
    public static final double THRESHOLD = 0.30;
    /** Estimated shared shingles below which a text must be (nearly) contained in the other ({@link #SHORT_COPY_CONTAINED}). */
    public static final int MIN_SHARED_SHINGLES = 40;
    /**
     * The share of the shorter text's shingles (estimated) that two texts sharing fewer than
     * {@link #MIN_SHARED_SHINGLES} shingles must have in common to be copies.
     */
    public static final double SHORT_COPY_CONTAINED = 0.95;

    private final double threshold;

    public NearDuplicates() {
        this(THRESHOLD);
    }

    public NearDuplicates(double threshold) {
        this.threshold = threshold;
    }

    /**
     * The story of {@code article} given the candidates that share at least one band key with it: the most
     * similar candidate at or above the threshold makes it a copy ({@code duplicateOf} is that candidate, which
     * may itself be a copy; {@code storyId} is the story's first article); the article itself among the
     * candidates (a redelivery) keeps its story, with a null similarity; otherwise it starts a story named
     * after itself.
     */
    public StoryDecision decide(Candidate article, Iterable<Candidate> candidatesSharingABand) {
        Candidate best = null;
        double bestSimilarity = -1;
        for (Candidate candidate : candidatesSharingABand) {
            if (candidate.articleId().equals(article.articleId())) {
                // its first decision is not stored; a filed copy still reads as a copy of the story's first article
                String copyOf = candidate.storyId().equals(candidate.articleId()) ? null : candidate.storyId();
                return new StoryDecision(candidate.storyId(), copyOf, null, true, candidate.storyHour());
            }
            double similarity = similarity(article, candidate);
            if (similarity < threshold) {
                continue;
            }
            if (similarity > bestSimilarity || (similarity == bestSimilarity
                    && candidate.articleId().compareTo(best.articleId()) < 0)) {
                best = candidate;
                bestSimilarity = similarity;
            }
        }
        if (best != null && bestSimilarity >= threshold && best.storyId().equals(article.articleId())) {
            // closest to a copy of its own story (a correction whose own earlier filing shares no band): an article
            // is never a copy in the story it started, or its corrected version would never be read
            return new StoryDecision(article.articleId(), null, null, true, best.storyHour());
        }
        if (best != null && bestSimilarity >= threshold) {
            return new StoryDecision(best.storyId(), best.articleId(), round(bestSimilarity), false, best.storyHour());
        }
        return StoryDecision.newStory(article.articleId());
    }

    /**
     * Every candidate {@code article} is a copy of (itself excluded): a story is all the articles linked by such
     * matches, so an article that matches two stories joins them, whatever order the three came in.
     */
    public List<Candidate> matches(Candidate article, Iterable<Candidate> candidatesSharingABand) {
        List<Candidate> matched = new ArrayList<>();
        for (Candidate candidate : candidatesSharingABand) {
            if (!candidate.articleId().equals(article.articleId()) && similarity(article, candidate) >= threshold) {
                matched.add(candidate);
            }
        }
        return matched;
    }

    /**
     * Whether an article decided as {@code decision} is filed under its band keys, so that later articles meet it:
     * every one, close copies included, since a story must not depend on which of its members happened to be filed
     * (a copy of a close copy may match only that copy); but not a redelivery, an empty text (it matches nothing),
     * or a text the same as a filed article it matched (same wording and events: every later article matches both or
     * neither, so one of them is enough; this is what keeps a flood of one text small), unless it is its story's
     * new original.
     */
    public boolean remembers(Candidate article, StoryDecision decision, List<Candidate> matched) {
        if (decision.redelivered() || article.shingles() == 0) {
            return false;
        }
        if (!decision.isDuplicate()) {
            return true;
        }
        return matched.stream().noneMatch(article::sameText);
    }

    /** The similarity that makes {@code article} a copy of {@code candidate}, or -1 when they cannot be copies. */
    private double similarity(Candidate article, Candidate candidate) {
        if (candidate.shingles() == 0 || article.shingles() == 0) {
            return -1; // empty texts agree on every hash without being copies of anything
        }
        if (article.event().conflicts(candidate.event())) {
            return -1; // another place or another year: another event, however alike the wording
        }
        double similarity = MinHasher.estimate(article.sketch(), candidate.sketch());
        return similarity < required(similarity, article.shingles(), candidate.shingles()) ? -1 : similarity;
    }

    /** The similarity two texts of these shingle counts must reach: unreachable (2) for short texts that differ both ways. */
    double required(double similarity, int shinglesA, int shinglesB) {
        double shared = similarity / (1 + similarity) * (shinglesA + shinglesB);
        if (shared >= MIN_SHARED_SHINGLES) {
            return threshold;
        }
        // a short text is a copy only if (nearly) all of the shorter one is in the other: a line added ("read also")
        // keeps it, a word swapped each way (the base of a template) does not
        double contained = shared / Math.max(1, Math.min(shinglesA, shinglesB));
        return contained >= SHORT_COPY_CONTAINED ? threshold : 2.0;
    }

    private static double round(double similarity) {
        return Math.round(similarity * 1000) / 1000.0;
    }
}
