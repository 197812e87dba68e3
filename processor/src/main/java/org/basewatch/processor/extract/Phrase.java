package org.basewatch.processor.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A sequence of {@link WordPattern}s that must match consecutive tokens; quotation marks between
 * its words are stepped over («إنهاء "الوجود"»). Written as the words separated by spaces.
 */
record Phrase(List<WordPattern> words, String written) {

    static Phrase parse(String written) {
        List<WordPattern> words = new ArrayList<>();
        for (String w : written.trim().split("\\s+")) {
            words.add(WordPattern.parse(w));
        }
        WordPattern first = words.get(0);
        if (first.mode() == WordPattern.Mode.ANY_WORD) {
            throw new IllegalArgumentException("a phrase cannot begin with '~': " + written);
        }
        return new Phrase(List.copyOf(words), written.trim());
    }

    /** The index after the last token of a match beginning at token {@code i}, or -1. */
    int matchAt(TokenizedText text, int i) {
        return words.get(0).matches(text, i) ? matchRestAt(text, i) : -1;
    }

    /** Like {@link #matchAt} for a token the first word is known to match: the rest of the words are tried. */
    int matchRestAt(TokenizedText text, int i) {
        int at = i + 1;
        for (int w = 1; w < words.size(); w++) {
            while (at < text.size() && isQuote(text.token(at))) {
                at++;
            }
            if (at >= text.size() || !words.get(w).matches(text, at)) {
                return -1;
            }
            at++;
        }
        return at;
    }

    /** Quotation marks and the possessive "'s" stand between the words of a phrase without breaking it. */
    private static boolean isQuote(Token t) {
        return t.kind() == Token.Kind.PUNCT && (t.is("\"") || t.is("'") || t.is("'s"));
    }
}
