package org.basewatch.sink.db;

import org.basewatch.contracts.Claim;
import org.basewatch.contracts.PlaceStatus;
import org.basewatch.contracts.StatusChange;

import java.util.Collection;
import java.util.List;

/**
 * What the table writer read in one poll, written in one transaction with the positions it read up to: the rows and
 * the positions are in the database together or not at all.
 */
public record TableBatch(List<Claim> claims, List<Claim> retractions, Collection<PlaceStatus> rows,
                         List<StatusChange> changes, List<Position> positions) {
}
