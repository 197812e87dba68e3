package org.basewatch.processor.extract;

import java.util.List;

/**
 * A place a frame may make a claim about, with everything the rules read: the stance (null when the
 * clause makes no claim), whether the actor is the coalition, the statuses the rules give it
 * (empty for none), and how the place was found ({@code referred}: through a referent or as the
 * country). The {@link Ranker} decides from this which claims to make.
 */
record Candidate(Frame frame, Frame.Role role, ModalityReading.Stance stance, boolean coalition,
                 List<StatusReading.Reading> readings, boolean referred) {
}
