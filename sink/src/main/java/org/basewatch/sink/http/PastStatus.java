package org.basewatch.sink.http;

import org.basewatch.sink.Scope;
import org.basewatch.contracts.Claim;
import org.basewatch.contracts.EventDates;
import org.basewatch.contracts.Modality;
import org.basewatch.contracts.PlaceStatus;
import org.basewatch.contracts.Places;
import org.basewatch.contracts.Status;
import org.basewatch.sink.status.DatedClaim;
import org.basewatch.sink.status.StatusDecider;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A place's row as it stood on a past day, re-decided from the claims dated up to that day: its own
 * claims and, as the sink routes them, the asserted and planned ends of presence in the regions containing it.
 * Claims are filed under their event date, else publication date (as {@link DatedClaim} files them).
 */
final class PastStatus {
    private PastStatus() {
    }

    /** The row of {@code place} on {@code day}; empty when no claim dated by then speaks for it. */
    static Optional<PlaceStatus> asOf(String place, LocalDate day, Function<String, List<Claim>> history) {
        List<DatedClaim> known = new ArrayList<>();
        for (Claim c : history.apply(place)) {
            addIfKnownBy(known, DatedClaim.of(c, null), day);
        }
        for (String scope : Places.ancestors(place)) {
            for (Claim c : history.apply(scope)) {
                if (Scope.speaksForPlacesInside(c)) {
                    addIfKnownBy(known, DatedClaim.of(c, null, scope), day);
                }
            }
        }
        if (known.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(StatusDecider.decide(place, known, known.size()));
    }

    // Undated claims (no event, publication or mentioned date) cannot be placed before any day.
    private static void addIfKnownBy(List<DatedClaim> known, DatedClaim d, LocalDate day) {
        LocalDate filedUnder = knownFrom(d);
        if (filedUnder != null && !filedUnder.isAfter(day)) {
            known.add(d);
        }
    }

    /**
     * A plan's event date is its deadline, in the future of the article that announced it, so a plan
     * counts from its publication; every other claim counts from its event date.
     */
    private static LocalDate knownFrom(DatedClaim d) {
        if (d.claim().modality() == Modality.PLANNED) {
            LocalDate published = EventDates.parseDay(d.claim().publishedAt());
            if (published != null) {
                return published;
            }
        }
        return d.date();
    }
}
