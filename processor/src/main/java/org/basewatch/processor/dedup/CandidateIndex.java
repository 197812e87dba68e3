package org.basewatch.processor.dedup;

import java.util.Collection;
import java.util.List;

/** Where filed candidates are found again by band key: in memory offline, a state store in the topology. */
public interface CandidateIndex {

    /** The distinct candidates filed under any of {@code bandKeys}. */
    Collection<Candidate> candidates(List<String> bandKeys);

    /** Files {@code candidate} under each of {@code bandKeys}, keeping each bucket to its most recent few. */
    void remember(Candidate candidate, List<String> bandKeys);
}
