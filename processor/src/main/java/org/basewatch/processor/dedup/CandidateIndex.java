package org.basewatch.processor.dedup;

import java.util.Collection;

/** Where filed candidates are found again by band: in memory offline, state stores in the topology. */
public interface CandidateIndex {

    /** The distinct candidates filed under any band of {@code bands} (band i's hash at index i). */
    Collection<Candidate> candidates(int[] bands);

    /** Files {@code candidate} under each of its {@code bands}, keeping each bucket to its most recent few. */
    void remember(Candidate candidate, int[] bands);
}
