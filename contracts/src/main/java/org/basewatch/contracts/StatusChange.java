package org.basewatch.contracts;

/**
 * A real transition of a place's status: the value of {@code base-status-changes} (keyed by place).
 * {@code from} is null for the first status ever known; {@code detectedAt} is wall-clock time.
 * {@code sources} (independent stories) and {@code confidence} (the strongest claim's) say how sure it is;
 * {@code kind} is {@value #CURRENT} for news, {@value #RETROACTIVE} for a correction of an earlier period (a late
 * article changed the current status as of an earlier day, or the day it began); both are absent from changes written
 * before they existed. A change describes the place's current status: steps a late article fills in before it are not
 * announced.
 */
public record StatusChange(String place, Status from, Status to, String effectiveDate,
                           String detectedAt, Evidence evidence, int sources, double confidence, String kind) {
    public static final String CURRENT = "current";
    public static final String RETROACTIVE = "retroactive";

    public StatusChange(String place, Status from, Status to, String effectiveDate, String detectedAt, Evidence evidence) {
        this(place, from, to, effectiveDate, detectedAt, evidence, 0, 0, null);
    }
}
