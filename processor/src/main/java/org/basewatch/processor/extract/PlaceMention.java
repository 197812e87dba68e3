package org.basewatch.processor.extract;

import org.basewatch.contracts.Place;

/** A name of a gazetteer entry found at tokens {@code [first, end)}; {@code weak} when found by one of its weak names. */
record PlaceMention(String place, Place.Kind kind, int first, int end, boolean weak) {

    boolean isTracked() {
        return kind.isTracked();
    }

    int last() {
        return end - 1;
    }
}
