package org.basewatch.processor.dedup;

import java.util.Collection;

/**
 * Where filed candidates are found again by band, and which story each story id stands for now ({@link StoryLinks}):
 * in memory offline, state stores in the topology.
 */
public interface CandidateIndex {

    /** The distinct candidates filed under any band of {@code bands} (band i's hash at index i). */
    Collection<Candidate> candidates(int[] bands);

    /**
     * Files {@code candidate} under each of its {@code bands}, keeping each bucket to its most recent few; a
     * candidate filed as its own story's original is registered as that story's original.
     */
    void remember(Candidate candidate, int[] bands);

    /** The stories and their originals. */
    StoryLinks stories();

    /** Records that story {@code replaced} is now part of story {@code into}. */
    void link(String replaced, String into);
}
