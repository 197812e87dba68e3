package org.basewatch.contracts;

/**
 * A real transition of a place's status: the value of {@code base-status-changes} (keyed by place).
 * {@code from} is null for the first status ever known; {@code detectedAt} is wall-clock time.
 */
public record StatusChange(String place, Status from, Status to, String effectiveDate,
                           String detectedAt, Evidence evidence) {
}
