package org.basewatch.processor.extract;

import org.basewatch.contracts.Place;

import java.util.List;
import java.util.Set;

/**
 * The place of a departure whose subject is only a pronoun: "About 1,000 troops remain at Harir. They
 * will leave by the end of 2026", «… ما زالوا في القاعدة … وسيغادرون قبل نهاية العام». The forces a
 * pronoun stands for are where the sentence before, or its own, put them.
 */
final class Pronouns {
    /** Words between "they" and its verb ("they will leave", "they were expected to leave"). */
    private static final Set<String> AUXILIARIES = Set.copyOf(List.of("will", "would", "to", "be", "are", "were", "was",
            "is", "expected", "have", "had", "also", "all", "should", "must", "could", "may", "might", "then", "soon"));

    private Pronouns() {
    }

    /**
     * The place a departure with only a pronoun for its subject (English "they", an Arabic verb in the
     * plural, a noun with "هم" or before one: «لإنهاء تواجدهم») leaves: the base where the previous
     * sentence, or its own, put forces — or the exception of a sentence that says they are nowhere else.
     */
    static List<Frame.Role> theyAre(Frame f, ArticleReading r, List<Candidate> earlier) {
        if (!f.predicate().kind().isDeparture() || !pronounSubject(f, r)) {
            return List.of();
        }
        for (int k = earlier.size() - 1; k >= 0; k--) {
            Candidate c = earlier.get(k);
            if (f.sentenceIndex() - c.frame().sentenceIndex() > 1) {
                break;
            }
            CueKind kind = c.frame().predicate().kind();
            // forces said to be there, or the exception of a sentence that says they are nowhere else
            if ((kind == CueKind.PRESENCE || kind == CueKind.REMAINING) && c.coalition() && c.stance() != null
                    && (!c.stance().negated() || c.role().exception()) && c.role().place().kind() == Place.Kind.BASE) {
                return List.of(new Frame.Role(c.role().place(), Direction.FROM, false));
            }
        }
        return List.of();
    }

    /** How many tokens after the forces their place may stand ("القوات الأمريكية في حرير"). */
    static final int FORCES_PLACE_REACH = 4;

    /**
     * The place of a verb coordinated after a comma with no subject of its own: its subject is the previous
     * clause's, and so is where that subject is — «القوات الأمريكية في حرير تعمل بموجب الاتفاق، وستبقى حتى
     * أيلول» stays at Harir. A presence stays there, a departure leaves it; an empty list otherwise.
     */
    static List<Frame.Role> sameSubject(Frame f, ArticleReading r) {
        Cue p = f.predicate();
        CueKind kind = p.kind();
        boolean presence = kind == CueKind.PRESENCE || kind == CueKind.REMAINING;
        Token verb = r.text().token(p.first());
        if (!(presence || kind.isDeparture()) || p.aspect() == Cue.Aspect.NOUN || verb.kind() != Token.Kind.ARABIC
                || !verb.form().startsWith("و") || p.first() - f.clause().first() > 1 || f.clause().first() <= f.sentence().first()
                || r.has(CueKind.FORCES, f.clause().first(), f.clause().end()) || r.has(CueKind.COALITION, f.clause().first(), f.clause().end())) {
            return List.of();
        }
        PlaceMention where = null;
        for (Cue forces : r.cues(new Span(f.sentence().first(), f.clause().first()))) {
            if (forces.kind() != CueKind.FORCES) {
                continue;
            }
            for (PlaceMention m : r.places(new Span(forces.end(), Math.min(f.clause().first(), forces.end() + FORCES_PLACE_REACH)))) {
                if (m.isTracked() && Direction.of(r.text(), m.first()) == Direction.AT) {
                    where = m;
                    break;
                }
            }
        }
        return where == null ? List.of() : List.of(new Frame.Role(where, presence ? Direction.AT : Direction.FROM, false));
    }

    /** Whether {@code f}'s predicate has only a pronoun for its subject. */
    private static boolean pronounSubject(Frame f, ArticleReading r) {
        Cue p = f.predicate();
        if (r.has(CueKind.FORCES, f.clause().first(), f.clause().end()) || r.has(CueKind.COALITION, f.clause().first(),
                f.clause().end())) {
            return false;
        }
        Token t = r.text().token(p.first());
        if (t.kind() == Token.Kind.ARABIC) {
            String w = t.form();
            // "انسحابهم", or a noun of ending before "their presence": "لإنهاء تواجدهم"
            boolean theirs = false;
            for (int i = p.first(); i <= p.end() && i < f.clause().end(); i++) {
                theirs |= r.text().token(i).form().endsWith("هم");
            }
            return p.aspect() == Cue.Aspect.NOUN ? theirs : w.endsWith("ون") || w.endsWith("وا");
        }
        for (int i = p.first() - 1; i >= Math.max(f.clause().first(), p.first() - 4); i--) {
            Token b = r.text().token(i);
            if (b.is("they")) {
                return true;
            }
            if (!AUXILIARIES.contains(b.form())) {
                return false;
            }
        }
        return false;
    }
}
