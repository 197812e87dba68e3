package org.basewatch.contracts;

/**
 * A real transition of a place's status: the value of {@code base-status-changes} (keyed by place).
 * {@code from} is null for the first status ever known; {@code detectedAt} is wall-clock time.
 * {@code sources} (independent stories) and {@code confidence} (the strongest claim's) say how sure it is;
 * {@code kind} is {@value #CURRENT} for news, {@value #RETROACTIVE} for a correction of an earlier period
 * (the place's timeline already goes on past it); both are absent from changes written before they existed.
 */
public record StatusChange(String place, Status from, Status to, String effectiveDate,
                           String detectedAt, Evidence evidence, int sources, double confidence, String kind) {
    public static final String CURRENT = "current";
    public static final String RETROACTIVE = "retroactive";

    public StatusChange(String place, Status from, Status to, String effectiveDate, String detectedAt, Evidence evidence) {
        this(place, from, to, effectiveDate, detectedAt, evidence, 0, 0, null);
    }
}
