package org.basewatch.sink.status;

import org.basewatch.contracts.PlaceStatus;
import org.basewatch.sink.status.StatusDecider.Transition;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What one place sees of its country's claims: those that speak for it (a reference to each claim stored once), in
 * event time, with its summary, what its dropped claims still decide, and the transitions of its timeline already
 * published.
 */
final class PlaceView {
    final String place;
    final PlaceTimeline claims;
    PlaceClaims summary = PlaceClaims.NONE;
    /** What dropped claims still decide, with the dropped plans (the summary keeps it without them). */
    Evicted dropped = Evicted.NONE;
    /** What the published transitions announced ({@link Transition#announced()}). */
    final Set<String> published = new HashSet<>();
    /** The timeline as last computed, all of it published (null until computed): most claims leave most of it as it was. */
    List<Transition> lastTimeline;
    /** The row last published, as readers see it (null until one is published in this task's life). */
    PlaceStatus lastRow;

    PlaceView(String place) {
        this.place = place;
        this.claims = new PlaceTimeline(place);
    }

    /** Whether a stored claim under {@code key}, as this place dates it, is still this place's (it did not drop it). */
    boolean keeps(String key, DatedClaim claim) {
        PlaceClaims.Cutoff cutoff = summary.cutoff();
        return cutoff == null || PlaceTimeline.comesAfter(key, claim, cutoff.key(), cutoff.claim().dated());
    }
}
