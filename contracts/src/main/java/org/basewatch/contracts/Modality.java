package org.basewatch.contracts;

/** How a claim is put: only ASSERTED claims move a place's status (DOMAIN.md). */
public enum Modality {
    ASSERTED, PLANNED, DENIED, DEMANDED
}
