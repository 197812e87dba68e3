package org.basewatch.processor.text;

/**
 * A normalized string together with, for each of its characters, the index of the character of
 * the original text it came from, so that matches found in normalized text map back to the original.
 */
public final class NormalizedText {
    private final String text;
    private final int[] origin;
    private final int originalLength;

    NormalizedText(String text, int[] origin, int originalLength) {
        this.text = text;
        this.origin = origin;
        this.originalLength = originalLength;
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    /** The original index of the normalized character at {@code index}. */
    public int originalIndex(int index) {
        if (index >= text.length()) {
            return originalLength;
        }
        return origin[index];
    }

    /** The original start offset of a normalized span beginning at {@code start}. */
    public int originalStart(int start) {
        return originalIndex(start);
    }

    /** The original end offset (exclusive) of a normalized span ending before {@code end}. */
    public int originalEnd(int end) {
        if (end <= 0) {
            return originalIndex(0);
        }
        int last = Math.min(end, text.length()) - 1;
        return last < 0 ? 0 : origin[last] + 1;
    }
}
