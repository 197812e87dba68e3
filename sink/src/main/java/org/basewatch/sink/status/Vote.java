package org.basewatch.sink.status;

import org.basewatch.contracts.Place;
import org.basewatch.contracts.Places;
import org.basewatch.contracts.Status;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * An asserted claim as evidence on a place's timeline: the status it stands for over the days it can mean,
 * how much it weighs and whose word it is (a story: its copies and syndications are one source).
 */
record Vote(DatedClaim dated, double weight, String story) {
    /** How much a claim weighs by what it is about: the place itself, or a scope above it. */
    static final double OWN = 1.0;
    static final double GOVERNORATE = 0.7;
    static final double REGION = 0.5;
    static final double COUNTRY = 0.35;
    /** How much a claim weighs by how its date is known. */
    static final double DAY = 1.0;
    static final double MONTH = 0.75;
    static final double YEAR = 0.5;
    static final double PUBLICATION_DAY = 0.8;
    /** A claim dated after its own article (an extraction error) filed under the article's date. */
    static final double IMPOSSIBLE_DATE = 0.3;
    static final double BETWEEN_BOUNDS = 0.3;
    static final double ARRIVAL_DAY = 0.2;

    /** The order of the walk: by the first day a vote can mean, a vaguer vote before a precise one of that day. */
    static final Comparator<Vote> IN_WALK_ORDER = Comparator.comparing(Vote::from)
            .thenComparing(Vote::precise)
            .thenComparing(Vote::dated, DatedClaim.BY_EVENT_TIME);

    static Vote of(DatedClaim d) {
        String story = d.claim().storyId() != null ? d.claim().storyId() : d.claim().articleId();
        return new Vote(d, Math.max(0, d.claim().confidence()) * specificity(d.inheritedFrom()) * precision(d), story);
    }

    Status status() {
        return dated.claim().status();
    }

    LocalDate from() {
        return dated.from();
    }

    LocalDate until() {
        return dated.until();
    }

    boolean precise() {
        return dated.isPrecise();
    }

    /** Whether this vote could mean {@code day} and would also hold had its status changed on that day. */
    boolean vagueAround(LocalDate day) {
        return !precise() && !from().isAfter(day) && !until().isBefore(day);
    }

    /**
     * Whether the vote speaks for {@code day}: its first day lies in the {@code days} days up to it. Placed at its first
     * day, a vote of a whole year, or of the twelve years an undated article may have been written in, does not
     * support its status on every day it could mean.
     */
    boolean recentAt(LocalDate day, int days) {
        return !from().isAfter(day) && from().isAfter(day.minusDays(days));
    }

    private static double specificity(String inheritedFrom) {
        if (inheritedFrom == null) {
            return OWN;
        }
        Place scope = Places.get(inheritedFrom);
        if (scope == null || scope.kind() == Place.Kind.COUNTRY) {
            return COUNTRY;
        }
        return scope.kind() == Place.Kind.GOVERNORATE ? GOVERNORATE : REGION;
    }

    private static double precision(DatedClaim d) {
        return switch (d.dateBasis()) {
            case "event" -> switch (d.claim().eventDate().length()) {
                case 4 -> YEAR;
                case 7 -> MONTH;
                default -> DAY;
            };
            case "published" -> d.approximate() ? IMPOSSIBLE_DATE : PUBLICATION_DAY;
            case "mentioned" -> BETWEEN_BOUNDS;
            default -> ARRIVAL_DAY;
        };
    }
}
