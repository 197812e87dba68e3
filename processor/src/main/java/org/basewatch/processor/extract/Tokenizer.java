package org.basewatch.processor.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts normalized text into {@link Token}s: runs of Arabic letters, of Latin letters, of digits, and
 * single punctuation marks; a line break is a token of its own because lines end headlines and
 * paragraphs. Hyphens and apostrophes inside Latin words only separate ("al-Asad" is "al", "asad"),
 * a possessive is a mark of its own ("Iraq's" is "iraq", "'s"), and "U.S." is one word, "us".
 */
final class Tokenizer {
    private Tokenizer() {
    }

    static List<Token> tokens(String norm) {
        List<Token> out = new ArrayList<>(norm.length() / 5);
        int n = norm.length();
        int i = 0;
        while (i < n) {
            char c = norm.charAt(i);
            if (c == '\n') {
                out.add(new Token(i, i + 1, "\n", Token.Kind.LINE));
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (isArabicLetter(c)) {
                int j = i;
                while (j < n && isArabicLetter(norm.charAt(j))) {
                    j++;
                }
                out.add(new Token(i, j, norm.substring(i, j), Token.Kind.ARABIC));
                i = j;
            } else if (isLatinLetter(c)) {
                i = latinWord(norm, i, out);
            } else if (c >= '0' && c <= '9') {
                int j = i;
                while (j < n && norm.charAt(j) >= '0' && norm.charAt(j) <= '9') {
                    j++;
                }
                out.add(new Token(i, j, norm.substring(i, j), Token.Kind.NUMBER));
                i = j;
            } else if (c == '-' || c == '\'' || c == '_' || c == 'ـ') {
                i++;
            } else if (Character.isLetter(c)) {
                // another script: one opaque word, so it still separates its neighbours
                int j = i;
                while (j < n && Character.isLetter(norm.charAt(j)) && !isArabicLetter(norm.charAt(j)) && !isLatinLetter(norm.charAt(j))) {
                    j++;
                }
                out.add(new Token(i, j, norm.substring(i, j), Token.Kind.LATIN));
                i = j;
            } else {
                out.add(new Token(i, i + 1, String.valueOf(c), Token.Kind.PUNCT));
                i++;
            }
        }
        return out;
    }

    /** Reads the Latin word at {@code i}, adds its token(s) and returns where it ends. */
    private static int latinWord(String norm, int i, List<Token> out) {
        int n = norm.length();
        if (norm.startsWith("u.s", i) && (i + 3 == n || !isLatinLetter(norm.charAt(i + 3)))
                && (i == 0 || !isLatinLetter(norm.charAt(i - 1)))) {
            int end = i + 3 < n && norm.charAt(i + 3) == '.' && !endsSentence(norm, i + 3) ? i + 4 : i + 3;
            out.add(new Token(i, end, "us", Token.Kind.LATIN));
            return end;
        }
        int j = i;
        while (j < n && isLatinLetter(norm.charAt(j))) {
            j++;
        }
        String word = norm.substring(i, j);
        if (j + 1 < n && norm.charAt(j) == '\'' && word.endsWith("n") && norm.charAt(j + 1) == 't'
                && (j + 2 == n || !isLatinLetter(norm.charAt(j + 2)))) {
            // "aren't", "didn't", "won't": the verb, then a "not" patterns can see
            out.add(new Token(i, j - 1, word.substring(0, word.length() - 1), Token.Kind.LATIN));
            out.add(new Token(j - 1, j + 2, "not", Token.Kind.LATIN));
            return j + 2;
        }
        if (j + 1 < n && norm.charAt(j) == '\'' && norm.charAt(j + 1) == 's'
                && (j + 2 == n || !isLatinLetter(norm.charAt(j + 2)))) {
            // "Iraq's": the word, then a mark that says it owns what follows
            out.add(new Token(i, j, word, Token.Kind.LATIN));
            out.add(new Token(j, j + 2, "'s", Token.Kind.PUNCT));
            return j + 2;
        }
        out.add(new Token(i, j, word, Token.Kind.LATIN));
        return j;
    }

    /** A full stop right after "u.s" ends the sentence when a line or a capitalised word... in folded text: a line or the end. */
    private static boolean endsSentence(String norm, int dot) {
        int k = dot + 1;
        while (k < norm.length() && norm.charAt(k) == ' ') {
            k++;
        }
        return k >= norm.length() || norm.charAt(k) == '\n';
    }

    static boolean isArabicLetter(char c) {
        return c >= 'ء' && c <= 'ي' && c != 'ـ' || c >= 0x0671 && c <= 0x06D3;
    }

    static boolean isLatinLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'à' && c <= 'ÿ' && c != '÷' && c != '×';
    }
}
