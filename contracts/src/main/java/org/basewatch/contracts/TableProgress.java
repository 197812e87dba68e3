package org.basewatch.contracts;

import java.util.Map;

/**
 * How far the status table of one country has caught up: the value of the compacted {@code base-status-progress}
 * topic (keyed by country). {@code received} gives, for every place of the country that was ever routed a claim, how
 * many claims were routed to it, repeats included, and the place's latest row on {@code base-status} accounts for all
 * of them. The sink writes it in the same transaction as the rows it accounts for, and only publishes a row when what
 * a reader sees of it changes, so a reader that counts routed claims knows from this, not from the rows, when the
 * table has caught up.
 */
public record TableProgress(String country, Map<String, Long> received) {
}
