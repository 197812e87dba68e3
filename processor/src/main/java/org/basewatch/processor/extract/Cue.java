package org.basewatch.processor.extract;

/** A status-bearing phrase found in normalized text, with its kind and whether it is written in the future tense. */
record Cue(int start, int end, Cue.Kind kind, boolean future, boolean negated) {

    /** What a phrase says about the coalition presence at the places it governs. */
    enum Kind {
        /** انسحاب، سحب، withdraw: under way unless completed or planned. */
        WITHDRAW,
        /** مغادرة، خروج، leave, exit: gone unless under way. */
        LEAVE,
        /** تسليم، تسلم، handover. */
        HANDOVER,
        /** إخلاء، خالية، evacuate. */
        EVACUATE,
        /** إنهاء الوجود، end of presence or of the coalition mission. */
        END_PRESENCE,
        /** انتهاء المهام القتالية، end of the combat mission. */
        END_COMBAT,
        /** Transition to advice and training; advisers remain. */
        ADVISORY,
        /** تواجد، وجود، تمركز، stationed: forces are there. */
        PRESENT,
        /** لا يوجد أي جندي: nobody left. */
        ABSENCE,
        /** Full Iraqi control of a site. */
        CONTROL,
        /** نقل القوات من … إلى …: relocation. */
        RELOCATE
    }
}
