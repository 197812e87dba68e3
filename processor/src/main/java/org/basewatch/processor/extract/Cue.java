package org.basewatch.processor.extract;

/**
 * A vocabulary phrase found in an article: its kind, the tokens {@code [first, end)} it covers, the
 * aspect its entry was tagged with, and whether its first word carries the Arabic future prefix.
 */
record Cue(CueKind kind, int first, int end, Aspect aspect, boolean future, String entry) {

    /** What a predicate's form says about when: a perfect verb, an imperfect or progressive one, a verbal noun. */
    enum Aspect { PAST, ONGOING, NOUN }

    int last() {
        return end - 1;
    }
}
