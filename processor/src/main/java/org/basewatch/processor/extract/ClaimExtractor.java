package org.basewatch.processor.extract;

import org.basewatch.contracts.Article;
import org.basewatch.contracts.Claim;
import org.basewatch.contracts.Modality;
import org.basewatch.contracts.Place;
import org.basewatch.processor.text.ArabicNormalizer;
import org.basewatch.processor.text.NormalizedText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an article and returns the claims it makes about the coalition presence at each place.
 * The stages, each in its own class:
 * <ol>
 *   <li>normalize and tokenize ({@link ArabicNormalizer}, {@link Tokenizer});</li>
 *   <li>find the words that matter ({@link Vocabulary}, with "followed" read as the departure it continues,
 *       {@link Successions}), the places ({@link Gazetteer}), the dates
 *       ({@link DateFinder}) and the sentences and clauses ({@link Sentences});</li>
 *   <li>build claim frames: a predicate with the places it governs ({@link Frames}, {@link Direction}),
 *       or the place a referent or a pronoun stands for ({@link Referents}, {@link Pronouns});</li>
 *   <li>for each frame: is it the coalition ({@link Actors}), how is it said ({@link ModalityReading}),
 *       what status does it give each place ({@link StatusReading}), when ({@link EventDating});</li>
 *   <li>collect one claim per place, status and modality ({@link ClaimCollector}).</li>
 * </ol>
 * Stateless after construction, so one instance serves every thread.
 */
public final class ClaimExtractor {
    private final Vocabulary vocabulary = Vocabulary.load();
    private final Gazetteer gazetteer = new Gazetteer();
    private final DateFinder dates = new DateFinder(Calendar.load());
    private final Ranker ranker;

    /** An extractor with the shipped ranker model (the rules alone when none is shipped). */
    public ClaimExtractor() {
        this(Ranker.load());
    }

    /** An extractor deciding with {@code ranker}, or with the rules alone when it is null. */
    ClaimExtractor(Ranker ranker) {
        this.ranker = ranker;
    }

    /** The claims of {@code article}, at most one per place, status and modality. */
    public List<Claim> extract(Article article) {
        if (article.text() == null || article.text().isBlank()) {
            return List.of();
        }
        ArticleReading r = read(article);
        Integer fallbackYear = r.published() == null ? WritingDate.referenceYear(r) : null;
        ClaimCollector out = new ClaimCollector(r);
        for (Candidate c : candidates(r)) {
            for (Decision d : decide(c, r)) {
                EventDating.Dated date = EventDating.date(c.frame(), c.role(), d.reading().modality(), r, fallbackYear);
                out.add(c.frame(), c.role(), d.reading(), date, d.confidence(), Speakers.of(c.frame(), r));
            }
        }
        List<Claim> claims = out.claims();
        if (r.published() != null || claims.isEmpty()) {
            return claims;
        }
        // an article without a date was written after the latest event it reports: the sink dates its undated claims so
        String notBefore = WritingDate.latestReported(r, claims);
        return notBefore == null ? claims : claims.stream().map(c -> c.withStory(c.storyId(), c.sources(), notBefore)).toList();
    }

    /** A reading the extractor makes a claim of, with its confidence. */
    record Decision(StatusReading.Reading reading, double confidence) {
    }

    /**
     * What a candidate claims: the rules' readings of it (none when its actor is not the coalition),
     * each kept when the ranker finds it probable enough, with that probability as its confidence; without
     * a model, every reading with the rules' own confidence.
     */
    private List<Decision> decide(Candidate c, ArticleReading r) {
        List<Decision> out = new ArrayList<>();
        if (!c.coalition()) {
            return out;
        }
        List<String> features = ranker == null || c.readings().isEmpty() ? List.of() : CandidateFeatures.of(c, r);
        for (StatusReading.Reading reading : c.readings()) {
            if (ranker == null) {
                out.add(new Decision(reading, Confidence.of(c, reading, r)));
                continue;
            }
            double p = ranker.probability(features, reading);
            if (p >= Ranker.THRESHOLD) {
                out.add(new Decision(reading, Math.round(p * 100) / 100.0));
            }
        }
        return out;
    }

    /** The candidates of an article: every place of the table a frame reaches, with the rules' reading of it. */
    List<Candidate> candidates(ArticleReading r) {
        List<Candidate> out = new ArrayList<>();
        if (!r.has(CueKind.COALITION, 0, r.text().size())) {
            return out;
        }
        for (Frame f : Frames.build(r)) {
            ModalityReading.Stance stance = ModalityReading.read(f, r);
            List<Frame.Role> roles = f.roles();
            Candidate.Found found = Candidate.Found.NAMED;
            if (roles.isEmpty()) {
                roles = Referents.anaphora(f, r, out);
                found = Candidate.Found.ANAPHOR;
            }
            if (roles.isEmpty()) {
                roles = Pronouns.theyAre(f, r, out);
                found = Candidate.Found.PRONOUN;
            }
            if (roles.isEmpty()) {
                roles = Pronouns.sameSubject(f, r);
            }
            if (roles.isEmpty() && stance != null) {
                roles = Referents.country(f, r, stance.modality());
                found = Candidate.Found.COUNTRY;
            }
            for (Frame.Role role : Referents.besideExceptions(f, roles)) {
                if (!role.place().isTracked() || isRecipient(f, role)) {
                    continue;
                }
                boolean coalition = Actors.isCoalition(f, r, role);
                List<StatusReading.Reading> readings = stance == null ? List.of() : StatusReading.readAll(f, role, stance, r);
                out.add(new Candidate(f, role, stance, coalition, readings, found));
            }
        }
        return out;
    }

    /**
     * "الطائرات التي تسلّمها العراق", "handed the sites to Iraq": the country named by a handover is who receives,
     * not a place the coalition hands over.
     */
    private static boolean isRecipient(Frame f, Frame.Role role) {
        return f.predicate().kind() == CueKind.HANDOVER && role.place().kind() == Place.Kind.COUNTRY;
    }

    ArticleReading read(Article article) {
        NormalizedText normalized = ArabicNormalizer.withOffsets(article.text());
        TokenizedText text = new TokenizedText(normalized.text(), normalized, article.text());
        List<Span> sentences = Sentences.split(text);
        Successions.Sequence sequence = Successions.resolve(vocabulary.find(text), sentences);
        List<Cue> cues = sequence.cues();
        List<PlaceMention> locations = new ArrayList<>();
        List<PlaceMention> places = gazetteer.find(text, locations);
        List<DateMention> found = dates.find(text);
        LocalDate published = article.publishedDate();
        return new ArticleReading(article, normalized, text, cues, places, locations, sentences, found, published,
                sequence.continues());
    }
}
