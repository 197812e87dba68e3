package org.basewatch.processor.extract;

import java.util.List;

/**
 * A claim frame: a predicate of a clause ("غادرت", "handed over", "وجود") with the places it
 * governs and how each stands to it. A frame with no place may still find one through a
 * referent ("القاعدة", "the base") or, for national statements, the country.
 */
record Frame(Cue predicate, Span clause, Span sentence, int sentenceIndex, List<Role> roles) {

    /** A place of a frame: its mention, its direction, and whether the clause names it as an exception ("except Harir"). */
    record Role(PlaceMention place, Direction direction, boolean exception) {
    }

    Frame withRoles(List<Role> newRoles) {
        return new Frame(predicate, clause, sentence, sentenceIndex, newRoles);
    }
}
