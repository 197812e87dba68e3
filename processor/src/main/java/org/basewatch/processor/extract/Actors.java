package org.basewatch.processor.extract;

import org.basewatch.contracts.Place;

/**
 * Decides whether a frame is about the coalition: the force nearest its predicate must not be
 * another one (Turkish, Russian, Iranian, NATO, an embassy, the Iraqi army — except that Iraqi forces
 * receiving a base in a handover is the coalition leaving it), and statements of presence or
 * movement must name the coalition in their sentence, or name forces right after a sentence that does,
 * or be at a base of the table after the coalition was named, with no other force named in the sentence.
 */
final class Actors {
    /** How many tokens from its predicate an actor may stand to be the one who acts. */
    static final int ACTOR_REACH = 6;
    /** How many sentences back the coalition named last still stands for "the forces" of a sentence. */
    static final int SENTENCES_BACK = 2;

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
        if (p.kind() == CueKind.ATTACK) {
            return isTarget(r, p, clause);
        }
        if (p.kind() == CueKind.ARRIVE && r.has(CueKind.VISITORS, clause.first(), clause.end())
                && !hasMovers(r, clause.first(), clause.end())) {
            // "Austin arrived in Baghdad on an unannounced visit", «وصل وفد أمريكي إلى بغداد»: people visit, forces arrive
            return false;
        }
        if (coalitionInClause || r.has(CueKind.COALITION, f.sentence().first(), f.sentence().end())) {
            return true;
        }
        // the forces may be the subject of an earlier clause of the sentence ("القوات ... انتقلت إلى كردستان، حيث ستبقى")
        boolean forces = r.has(CueKind.FORCES, f.sentence().first(), clause.end()) || r.has(CueKind.ADVISERS, f.sentence().first(), clause.end());
        boolean previousNamesCoalition = previousNamesCoalition(f, r);
        if (p.kind().isDeparture() || p.kind() == CueKind.ABSENCE || p.kind() == CueKind.END_COMBAT) {
            // a base of the table is a coalition site: its handover or evacuation is the coalition leaving it
            return role != null && role.place().kind() == Place.Kind.BASE || previousNamesCoalition;
        }
        if (forces && previousNamesCoalition) {
            return true;
        }
        // a base of the table is where the coalition was: presence or movement there, with nobody else named, is the coalition's
        return role != null && role.place().kind() == Place.Kind.BASE && r.has(CueKind.COALITION, 0, f.sentence().first()) && nearest == null
                && !r.has(CueKind.IRAQI, f.sentence().first(), f.sentence().end());
    }

    /** Whether forces, advisers or a convoy are named from {@code first} to {@code end}: what can arrive at a place and stay. */
    private static boolean hasMovers(ArticleReading r, int first, int end) {
        return r.has(CueKind.FORCES, first, end) || r.has(CueKind.ADVISERS, first, end) || r.has(CueKind.CONVOY, first, end);
    }

    /**
     * Whether the coalition is what an attack hit, not who attacked: its name after the attack ("استهداف
     * قاعدة ... الأمريكية", "attacks on sites hosting US-led coalition personnel"), or before a noun or a
     * passive ("the coalition facility at Erbil airport has been hit") — not as the subject of an active
     * verb ("US drones struck …").
     */
    private static boolean isTarget(ArticleReading r, Cue p, Span clause) {
        if (r.has(CueKind.COALITION, p.first(), clause.end())) {
            return true;
        }
        boolean active = p.aspect() != Cue.Aspect.NOUN && !Frames.isPassive(p, r);
        return !active && r.has(CueKind.COALITION, clause.first(), p.first());
    }

    /** Whether one of the {@link #SENTENCES_BACK} sentences of words before {@code f}'s names the coalition. */
    private static boolean previousNamesCoalition(Frame f, ArticleReading r) {
        int seen = 0;
        for (int si = f.sentenceIndex() - 1; si >= 0 && seen < SENTENCES_BACK; si--) {
            Span s = r.sentences().get(si);
            if (s.end() - s.first() < 3) {
                continue; // a line of punctuation or a lone word is no sentence
            }
            seen++;
            if (r.has(CueKind.COALITION, s.first(), s.end())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the actor {@code c} before {@code p} is the one who speaks of it, not who acts: a verb of
     * saying, demanding or denying stands between them ("فصائل مرتبطة بإيران تطالب بانسحاب", "Iran
     * denied that troops left").
     */
    private static boolean isSpeaker(ArticleReading r, Cue c, Cue p) {
        for (CueKind k : new CueKind[] {CueKind.DEMAND, CueKind.REPORT, CueKind.DENY, CueKind.REJECT}) {
            if (r.has(k, c.end(), p.first())) {
                return true;
            }
        }
        return false;
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
            if (c.end() <= p.first() && isSpeaker(r, c, p)) {
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
