package org.basewatch.processor.extract;

import java.util.List;

/**
 * A place a frame may make a claim about, with everything the rules read: the stance (null when the
 * clause makes no claim), whether the actor is the coalition, the statuses the rules give it
 * (empty for none), and how the place was found. The {@link Ranker} decides from this which claims to make.
 */
record Candidate(Frame frame, Frame.Role role, ModalityReading.Stance stance, boolean coalition,
                 List<StatusReading.Reading> readings, Found found) {

    /** How a candidate's place was found. */
    enum Found {
        /** Named in the frame's clause. */
        NAMED,
        /** Through an anaphor: «القاعدة», "the base", «فيها», «حيث», "these bases". */
        ANAPHOR,
        /** Through a pronoun subject: "they", «سيغادرون», «إنهاء تواجدهم» ({@link Pronouns#theyAre}). */
        PRONOUN,
        /** The country, for a national statement ({@link Referents#country}). */
        COUNTRY
    }

    /** Whether the place was found through a referent or as the country, not named in the clause. */
    boolean referred() {
        return found != Found.NAMED;
    }
}
