package org.basewatch.processor.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Phrases with a value each (a cue kind, a place, a month), indexed by the first two letters of their
 * first word (after the article), so that each token of an article tries only the few phrases that
 * can begin with it; the token's own keys are worked out once ({@link TokenizedText#keys}).
 */
final class PhraseIndex<V> {
    /** A phrase of the index found at a token: its value and the token after its end. */
    record Match<V>(V value, Phrase phrase, int end) {
    }

    private static final class Entry<V> {
        final Phrase phrase;
        final V value;

        Entry(Phrase phrase, V value) {
            this.phrase = phrase;
            this.value = value;
        }
    }

    /** The key of phrases that begin with any number ("<number> troops"). */
    static final int NUMBER_KEY = -1;

    private final Map<Integer, List<Entry<V>>> byKey = new HashMap<>();

    void add(Phrase phrase, V value) {
        WordPattern first = phrase.words().get(0);
        int key = first.mode() == WordPattern.Mode.NUMBER ? NUMBER_KEY : key(first.stem());
        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new Entry<>(phrase, value));
    }

    /** Every phrase that matches beginning at token {@code i}. */
    List<Match<V>> matchesAt(TokenizedText text, int i) {
        int[] keys = text.keys(i);
        if (keys.length == 0) {
            return List.of();
        }
        List<Match<V>> out = null;
        // a token's keys are distinct and every phrase sits under one key, so no phrase is tried twice
        for (int key : keys) {
            List<Entry<V>> list = byKey.get(key);
            if (list == null) {
                continue;
            }
            for (Entry<V> e : list) {
                int end = e.phrase.matchAt(text, i);
                if (end > 0) {
                    if (out == null) {
                        out = new ArrayList<>(2);
                    }
                    out.add(new Match<>(e.value, e.phrase, end));
                }
            }
        }
        return out == null ? List.of() : out;
    }

    /** The index key of a word: its first two letters once the article is off (one for a one-letter word). */
    static int key(String word) {
        int from = word.startsWith("ال") && word.length() > 3 ? 2 : 0;
        if (word.length() - from >= 2) {
            return word.charAt(from) << 16 | word.charAt(from + 1);
        }
        return word.length() > from ? word.charAt(from) : 0;
    }

    /** The keys a token's readings look up: two letters of each, and one letter (for one-letter phrase words). */
    static int[] keysOf(Token t, List<String> readings) {
        if (t.kind() == Token.Kind.LINE) {
            return new int[0];
        }
        if (t.kind() == Token.Kind.NUMBER) {
            return new int[]{NUMBER_KEY, key(t.form()), t.form().charAt(0)};
        }
        int[] out = new int[readings.size() * 2];
        int n = 0;
        for (String r : readings) {
            n = addKey(out, n, key(r));
            if (r.length() > 1) {
                n = addKey(out, n, r.charAt(0));
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static int addKey(int[] keys, int n, int key) {
        for (int i = 0; i < n; i++) {
            if (keys[i] == key) {
                return n;
            }
        }
        keys[n] = key;
        return n + 1;
    }
}
