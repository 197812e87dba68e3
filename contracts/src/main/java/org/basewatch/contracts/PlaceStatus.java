package org.basewatch.contracts;

import java.util.List;

/**
 * The current status of one place: the value of the compacted {@code base-status} topic (keyed by
 * place), a row of the {@code places} table and of {@code --table-json}.
 *
 * <p>{@code since} is the event date at which the current status began, {@code asOf} the latest
 * supporting evidence; {@code sources} counts distinct outlets and {@code stories} distinct
 * stories behind the current status. {@code version} grows with every claim folded into the row,
 * so a replay never regresses a stored row.
 */
public record PlaceStatus(String place, String name, Status status, String since, String asOf,
                          Expected expected, int sources, int stories, boolean conflict,
                          boolean approximate, String inheritedFrom,
                          List<Evidence> evidence, long version) {
}
