package org.basewatch.processor.extract;

/** A place named in normalized text at {@code [start, end)}; weak mentions yield to stronger ones nearby. */
record PlaceMention(int start, int end, String place, boolean weak) {
}
