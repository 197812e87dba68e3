package org.basewatch.processor.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A normalized article cut into tokens, with the clitic readings of every Arabic word worked out
 * once (see {@link ArabicWord}), because every pattern of the vocabulary and the gazetteer asks.
 */
final class TokenizedText {
    private final String text;
    private final List<Token> tokens;
    private final WordInfo[] words;

    /** The form of the pronoun "us", which folding to lower case made look like the country ("US", "U.S."). */
    static final String PRONOUN_US = "us (pronoun)";

    /** The tokens of normalized text that has no original (tests, patterns). */
    TokenizedText(String text) {
        this(text, null, null);
    }

    /**
     * The tokens of {@code normalized}; with the {@code original} text, a lower-case "us" there is the
     * pronoun, not the country.
     */
    TokenizedText(String text, org.basewatch.processor.text.NormalizedText normalized, String original) {
        this.text = text;
        List<Token> found = Tokenizer.tokens(text);
        if (original != null) {
            found = new ArrayList<>(found);
            for (int i = 0; i < found.size(); i++) {
                Token t = found.get(i);
                if (t.is("us") && t.end() - t.start() == 2
                        && original.startsWith("us", normalized.originalStart(t.start()))) {
                    found.set(i, new Token(t.start(), t.end(), PRONOUN_US, Token.Kind.LATIN));
                }
            }
        }
        this.tokens = found;
        this.words = new WordInfo[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            words[i] = WordInfo.of(tokens.get(i));
        }
    }

    String text() {
        return text;
    }

    int size() {
        return tokens.size();
    }

    Token token(int i) {
        return tokens.get(i);
    }

    List<Token> tokens() {
        return tokens;
    }

    /** The readings of token {@code i}: for an Arabic word, itself without each combination of proclitics. */
    List<String> readings(int i) {
        return words[i].readings;
    }

    /** What is known of token {@code i}'s form. */
    WordInfo word(int i) {
        return words[i];
    }

    /** The keys under which phrases that may begin at token {@code i} are indexed (see {@link PhraseIndex}). */
    int[] keys(int i) {
        return words[i].keys;
    }

    /** The normalized text from token {@code from} to token {@code to} (exclusive). */
    String between(int from, int to) {
        if (from >= to) {
            return "";
        }
        return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    /** The index of the first token that starts at or after {@code offset}. */
    int tokenAt(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
