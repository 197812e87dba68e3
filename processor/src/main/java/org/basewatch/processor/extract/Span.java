package org.basewatch.processor.extract;

/** A range of tokens {@code [first, end)}: a sentence or a clause. */
record Span(int first, int end) {

    boolean contains(int token) {
        return token >= first && token < end;
    }
}
