package org.basewatch.contracts;

import java.util.List;

/**
 * The current status of one place: the value of the compacted {@code base-status} topic (keyed by
 * place), a row of the {@code places} table and of {@code --table-json}.
 *
 * <p>{@code since} is the event date at which the current status began (an ISO interval
 * {@code FROM/TO} when only bounds are known), {@code asOf} the latest supporting evidence; {@code sources}
 * counts distinct outlets and {@code stories} distinct stories behind the current status. {@code disputed}
 * says contrary evidence was weighed and overruled during the current status; {@code why} names the evidence on
 * both sides. {@code version} grows with every claim folded into the row, so a replay never regresses a stored row.
 */
public record PlaceStatus(String place, String name, Status status, String since, String asOf,
                          Expected expected, int sources, int stories, boolean conflict,
                          boolean approximate, String inheritedFrom,
                          List<Evidence> evidence, long version, boolean disputed, Why why) {

    /** A row without a dispute or an explanation (rows written before they existed). */
    public PlaceStatus(String place, String name, Status status, String since, String asOf,
                       Expected expected, int sources, int stories, boolean conflict,
                       boolean approximate, String inheritedFrom,
                       List<Evidence> evidence, long version) {
        this(place, name, status, since, asOf, expected, sources, stories, conflict, approximate, inheritedFrom,
                evidence, version, false, null);
    }

    /** This row with another version (what a reader sees of it is the same). */
    public PlaceStatus withVersion(long newVersion) {
        return new PlaceStatus(place, name, status, since, asOf, expected, sources, stories, conflict, approximate, inheritedFrom,
                evidence, newVersion, disputed, why);
    }
}
