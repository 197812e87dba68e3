package org.basewatch.processor.extract;

import org.basewatch.contracts.Place;

/**
 * Decides whether a frame is about the coalition: the force nearest its predicate must not be
 * another one (Turkish, Russian, Iranian, NATO, an embassy, the Iraqi army — except that Iraqi forces
 * receiving a base in a handover is the coalition leaving it), and statements of presence or
 * movement must name the coalition in their sentence, or name forces right after a sentence that does.
 */
final class Actors {
    /** How many tokens from its predicate an actor may stand to be the one who acts. */
    static final int ACTOR_REACH = 6;

    private Actors() {
    }

    static boolean isCoalition(Frame f, ArticleReading r, Frame.Role role) {
        Cue p = f.predicate();
        Span clause = f.clause();
        Cue nearest = nearestActor(r, p, clause);
        boolean coalitionInClause = r.has(CueKind.COALITION, clause.first(), clause.end());
        if (nearest != null && (nearest.kind() == CueKind.OTHER_FOREIGN || nearest.kind() == CueKind.IRAN)) {
            return false;
        }
        if (!coalitionInClause && r.has(CueKind.OTHER_FOREIGN, clause.first(), clause.end())) {
            return false;
        }
        if (nearest != null && nearest.kind() == CueKind.IRAQI && p.kind() != CueKind.HANDOVER
                && !(p.kind() == CueKind.ABSENCE || p.kind() == CueKind.EVACUATE)) {
            return false;
        }
        if (coalitionInClause || r.has(CueKind.COALITION, f.sentence().first(), f.sentence().end())) {
            return true;
        }
        boolean forces = r.has(CueKind.FORCES, clause.first(), clause.end()) || r.has(CueKind.ADVISERS, clause.first(), clause.end());
        boolean previousNamesCoalition = f.sentenceIndex() > 0
                && r.has(CueKind.COALITION, r.sentences().get(f.sentenceIndex() - 1).first(), r.sentences().get(f.sentenceIndex() - 1).end());
        if (p.kind().isDeparture() || p.kind() == CueKind.ABSENCE || p.kind() == CueKind.END_COMBAT) {
            // a base of the table is a coalition site: its handover or evacuation is the coalition leaving it
            return role != null && role.place().kind() == Place.Kind.BASE || previousNamesCoalition;
        }
        return forces && previousNamesCoalition;
    }

    /** The actor cue nearest the predicate in its clause, within reach; null for none. */
    private static Cue nearestActor(ArticleReading r, Cue p, Span clause) {
        Cue best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Cue c : r.cues(clause)) {
            if (c.kind() != CueKind.COALITION && c.kind() != CueKind.IRAQI && c.kind() != CueKind.OTHER_FOREIGN
                    && c.kind() != CueKind.IRAN) {
                continue;
            }
            int d = c.first() >= p.end() ? c.first() - p.last() : p.first() - c.last();
            if (d < 0) {
                d = 0;
            }
            if (d <= ACTOR_REACH && d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best;
    }
}
