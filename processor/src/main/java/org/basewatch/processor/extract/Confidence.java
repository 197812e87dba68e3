package org.basewatch.processor.extract;

import org.basewatch.contracts.Modality;
import org.basewatch.contracts.Place;

/**
 * How sure a claim is, from what its frame had to go on: a place named in the clause rather than
 * inferred, the coalition named as the actor, a date of its own, a plain statement of fact.
 */
final class Confidence {
    static final double BASE = 0.55;
    static final double NAMED_PLACE = 0.15;
    static final double NAMED_COALITION = 0.1;
    static final double WRITTEN_DATE = 0.05;
    static final double INFERRED_PRESENCE = -0.1;
    static final double BROAD_PLACE = -0.1;
    static final double LOWEST = 0.3;
    static final double HIGHEST = 0.95;

    private Confidence() {
    }

    static double of(Candidate candidate, StatusReading.Reading reading, ArticleReading r) {
        Frame f = candidate.frame();
        Frame.Role role = candidate.role();
        double c = BASE;
        if (!candidate.referred()) {
            c += NAMED_PLACE;
        }
        if (r.has(CueKind.COALITION, f.clause().first(), f.clause().end())) {
            c += NAMED_COALITION;
        }
        if (r.dates().stream().anyMatch(d -> f.clause().contains(d.first()))) {
            c += WRITTEN_DATE;
        }
        if (role.direction() == Direction.TO && reading.modality() == Modality.ASSERTED) {
            c += INFERRED_PRESENCE;
        }
        if (role.place().kind() == Place.Kind.GOVERNORATE || role.place().weak()) {
            c += BROAD_PLACE;
        }
        return Math.round(Math.max(LOWEST, Math.min(HIGHEST, c)) * 100) / 100.0;
    }
}
