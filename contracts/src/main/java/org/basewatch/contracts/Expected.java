package org.basewatch.contracts;

/** The next status a place is planned to reach, by when, and whether that deadline has passed. */
public record Expected(Status status, String by, boolean overdue) {
}
