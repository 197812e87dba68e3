package org.basewatch.processor.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.basewatch.contracts.Places;

/**
 * What "إليها" (to it) and "فيها" (in it) stand for in a clause that names no place: the base its
 * sentence named last before the clause, passing over bases the sentence says forces left. In "the
 * eyes turn to Harir … after the full withdrawal … at Ain al-Asad, where forces were moved to it
 * to stay until the end of the year", "to it" is Harir: forces are not moved to a base they have
 * just left.
 */
final class Referents {
    /** A preposition with the feminine pronoun: a base (قاعدة) is feminine, Iraq (العراق) is not. */
    private static final Pattern LOCATIVE_PRONOUN = Rx.compile("(?<![\\p{L}])و?(?:اليها|فيها)(?![\\p{L}])");

    private Referents() {
    }

    /**
     * The pronoun in {@code clause} as a weak mention of the base it refers to, or null when the clause
     * has none or no base qualifies; {@code sentencePlaces} are the places of the clause's sentence and
     * {@code departed} those its earlier clauses say forces left.
     */
    static PlaceMention resolve(String s, Span clause, List<PlaceMention> sentencePlaces, Set<String> departed) {
        Matcher m = LOCATIVE_PRONOUN.matcher(s).region(clause.start(), clause.end());
        if (!m.find()) {
            return null;
        }
        PlaceMention referent = null;
        for (PlaceMention p : sentencePlaces) {
            if (p.end() <= clause.start() && Places.ancestors(p.place()).size() >= 2 && !departed.contains(p.place())) {
                referent = p;
            }
        }
        return referent == null ? null : new PlaceMention(m.start(), m.end(), referent.place(), true);
    }
}
