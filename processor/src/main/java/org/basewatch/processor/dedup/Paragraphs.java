package org.basewatch.processor.dedup;

import org.basewatch.processor.text.ArabicNormalizer;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/** Removes paragraphs that an article repeats (the same body pasted twice), keeping each one's first occurrence. */
public final class Paragraphs {
    private Paragraphs() {
    }

    /**
     * The text with every paragraph (a line, split on {@code \n}) whose normalised letters and digits
     * already appeared in an earlier paragraph removed together with its line break. Blank lines are kept.
     * The result maps each kept character back to its offset in {@code text}, so spans found in the
     * collapsed text can still be reported against the original.
     */
    public static CollapsedText collapseRepeats(String text) {
        String source = text == null ? "" : text;
        StringBuilder out = new StringBuilder(source.length());
        int[] origin = new int[source.length()];
        Set<String> seen = new HashSet<>();
        int start = 0;
        while (start < source.length()) {
            int newline = source.indexOf('\n', start);
            int end = newline < 0 ? source.length() : newline + 1;
            String key = comparable(source.substring(start, end));
            if (key.isEmpty() || seen.add(key)) {
                for (int i = start; i < end; i++) {
                    origin[out.length()] = i;
                    out.append(source.charAt(i));
                }
            }
            start = end;
        }
        return new CollapsedText(out.toString(), Arrays.copyOf(origin, out.length()), source.length());
    }

    /** Punctuation, spacing and spelling variants do not make a pasted paragraph new. */
    private static String comparable(String paragraph) {
        String normalized = ArabicNormalizer.normalize(paragraph);
        StringBuilder key = new StringBuilder(normalized.length());
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                key.append(c);
            }
        }
        return key.toString();
    }

    /** A collapsed text and, for each of its characters, the offset of that character in the original. */
    public record CollapsedText(String text, int[] origin, int originalLength) {

        /** The original offset of the collapsed character at {@code index}; the original length past the end. */
        public int originalIndex(int index) {
            return index >= origin.length ? originalLength : origin[index];
        }
    }
}
