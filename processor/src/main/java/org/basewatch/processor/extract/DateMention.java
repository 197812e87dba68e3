package org.basewatch.processor.extract;

import org.basewatch.contracts.DatePrecision;

/**
 * A date expression found in normalized text at {@code [start, end)}, resolved to an ISO partial date;
 * {@code iso} is null when the expression is relative and the publication date is unknown;
 * {@code since} and {@code until} mark dates introduced by "منذ"/"since" and "حتى"/"بحلول"/"until"/"by".
 */
record DateMention(int start, int end, String iso, DatePrecision precision, boolean since, boolean until) {
}
