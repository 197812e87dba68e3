package org.basewatch.processor.dedup;

/** The MinHash signature of one text and how many distinct word shingles it was computed from. */
public record Fingerprint(int[] signature, int shingles) {
}
