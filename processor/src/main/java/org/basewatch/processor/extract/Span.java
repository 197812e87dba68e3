package org.basewatch.processor.extract;

/** A half-open range {@code [start, end)} of normalized text. */
record Span(int start, int end) {
    boolean contains(int index) {
        return index >= start && index < end;
    }
}
