package org.basewatch.contracts;

/** Status of coalition presence at a place, in lifecycle order (DOMAIN.md). */
public enum Status {
    PRESENT, ADVISORY_ONLY, WITHDRAWING, WITHDRAWN
}
