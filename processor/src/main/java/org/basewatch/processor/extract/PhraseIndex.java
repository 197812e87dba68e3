package org.basewatch.processor.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Phrases with a value each (a cue kind, a place, a month), indexed by the first two letters of their
 * first word, so that each token of an article tries only the few phrases that can begin with it.
 */
final class PhraseIndex<V> {
    /** A phrase of the index found at a token: its value and the token after its end. */
    record Match<V>(V value, Phrase phrase, int end) {
    }

    private record Entry<V>(Phrase phrase, V value) {
    }

    private final Map<String, List<Entry<V>>> byKey = new HashMap<>();

    /** The key of phrases that begin with any number ("# troops"). */
    private static final String NUMBER_KEY = "#";

    void add(Phrase phrase, V value) {
        WordPattern first = phrase.words().get(0);
        String key = first.mode() == WordPattern.Mode.NUMBER ? NUMBER_KEY : key(first.stem());
        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new Entry<>(phrase, value));
    }

    /** Every phrase that matches beginning at token {@code i}. */
    List<Match<V>> matchesAt(TokenizedText text, int i) {
        Token t = text.token(i);
        if (t.kind() == Token.Kind.LINE) {
            return List.of();
        }
        List<Entry<V>> tried = new ArrayList<>();
        if (t.kind() == Token.Kind.NUMBER) {
            collect(NUMBER_KEY, tried);
        }
        for (String reading : text.readings(i)) {
            collect(key(reading), tried);
            if (reading.length() > 1) {
                collect(reading.substring(0, 1), tried);
            }
        }
        List<Match<V>> out = new ArrayList<>(2);
        for (Entry<V> e : tried) {
            int end = e.phrase().matchAt(text, i);
            if (end > 0) {
                out.add(new Match<>(e.value(), e.phrase(), end));
            }
        }
        return out;
    }

    private void collect(String key, List<Entry<V>> into) {
        List<Entry<V>> list = byKey.get(key);
        if (list != null) {
            for (Entry<V> e : list) {
                if (!into.contains(e)) {
                    into.add(e);
                }
            }
        }
    }

    /** The index key of a word: its first two letters once the article is off (one for a one-letter word). */
    private static String key(String word) {
        String w = word.startsWith("ال") && word.length() > 3 ? word.substring(2) : word;
        return w.length() >= 2 ? w.substring(0, 2) : w;
    }
}
