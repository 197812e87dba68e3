package org.basewatch.processor.extract;

import org.basewatch.contracts.Article;
import org.basewatch.contracts.Claim;
import org.basewatch.contracts.Modality;
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
 *   <li>find the words that matter ({@link Vocabulary}), the places ({@link Gazetteer}), the dates
 *       ({@link DateFinder}) and the sentences and clauses ({@link Sentences});</li>
 *   <li>build claim frames: a predicate with the places it governs ({@link Frames}, {@link Direction}),
 *       or the place a referent stands for ({@link Referents});</li>
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

    /** The claims of {@code article}, at most one per place, status and modality. */
    public List<Claim> extract(Article article) {
        String original = article.text();
        if (original == null || original.isBlank()) {
            return List.of();
        }
        ArticleReading r = read(article);
        if (!r.has(CueKind.COALITION, 0, r.text().size())) {
            return List.of();
        }
        Integer fallbackYear = r.published() == null ? WritingDate.referenceYear(r) : null;
        ClaimCollector out = new ClaimCollector(r);
        for (Frame f : Frames.build(r)) {
            ModalityReading.Stance stance = ModalityReading.read(f, r);
            if (stance == null) {
                continue;
            }
            List<Frame.Role> roles = f.roles();
            boolean referred = false;
            if (roles.isEmpty()) {
                roles = Referents.anaphora(f, r);
                if (roles.isEmpty()) {
                    roles = Referents.country(f, r, stance.modality());
                }
                referred = true;
            }
            for (Frame.Role role : roles) {
                if (!role.place().isTracked() || !Actors.isCoalition(f, r, role)) {
                    continue;
                }
                for (StatusReading.Reading reading : StatusReading.readAll(f, role, stance, r)) {
                    EventDating.Dated date = EventDating.date(f, role, reading.modality(), r, fallbackYear);
                    out.add(f, role, reading, date, Confidence.of(f, role, reading, date, referred, r), Speakers.of(f, r));
                }
            }
        }
        return out.claims();
    }

    private ArticleReading read(Article article) {
        NormalizedText normalized = ArabicNormalizer.withOffsets(article.text());
        TokenizedText text = new TokenizedText(normalized.text(), normalized, article.text());
        List<Cue> cues = vocabulary.find(text);
        List<PlaceMention> places = gazetteer.find(text);
        List<Span> sentences = Sentences.split(text);
        List<DateMention> found = dates.find(text);
        LocalDate published = article.publishedDate();
        return new ArticleReading(article, normalized, text, cues, places, sentences, found, published);
    }
}
