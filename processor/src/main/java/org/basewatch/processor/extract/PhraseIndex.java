package org.basewatch.processor.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
    static final int NUMBER_KEY = 512 * 512 + 512;

    /** How many slots one letter takes in a key: the Arabic block, ASCII, and the rest folded together. */
    private static final int LETTER_SLOTS = 512;

    /** Phrases by key: a key is two letters' slots (see {@link #key}), so the table is indexed directly, without hashing. */
    @SuppressWarnings("unchecked")
    private final List<Entry<V>>[] byKey = new List[LETTER_SLOTS * LETTER_SLOTS + LETTER_SLOTS + 1];

    void add(Phrase phrase, V value) {
        WordPattern first = phrase.words().get(0);
        int key = first.mode() == WordPattern.Mode.NUMBER ? NUMBER_KEY : key(first.stem());
        if (byKey[key] == null) {
            byKey[key] = new ArrayList<>();
        }
        byKey[key].add(new Entry<>(phrase, value));
    }

    private static final java.util.concurrent.atomic.AtomicInteger INDEXES = new java.util.concurrent.atomic.AtomicInteger();
    /** This index's slot in every {@link WordInfo}, where the phrases a form begins are kept. */
    private final int slot = INDEXES.getAndIncrement() % WordInfo.INDEXES;

    /** Every phrase that matches beginning at token {@code i}. */
    @SuppressWarnings("unchecked")
    List<Match<V>> matchesAt(TokenizedText text, int i) {
        Token t = text.token(i);
        if (t.kind() == Token.Kind.LINE) {
            return List.of();
        }
        WordInfo word = text.word(i);
        Object cached = word.firstWords[slot];
        List<Entry<V>> starting;
        if (cached instanceof FirstWords<?> known && known.owner == this) {
            starting = (List<Entry<V>>) (List<?>) known.entries;
        } else {
            // what a first word matches depends on the form alone; an immutable list is safe to share
            starting = startingAt(text, i);
            word.firstWords[slot] = new FirstWords<>(this, starting);
        }
        if (starting.isEmpty()) {
            return List.of();
        }
        List<Match<V>> out = new ArrayList<>(starting.size());
        for (Entry<V> e : starting) {
            int end = e.phrase.matchRestAt(text, i);
            if (end > 0) {
                out.add(new Match<>(e.value, e.phrase, end));
            }
        }
        return out;
    }

    /** The phrases of one index whose first word a form matches (the owner guards against a reused slot). */
    private record FirstWords<V>(PhraseIndex<V> owner, List<Entry<V>> entries) {
    }

    /** The phrases whose first word matches token {@code i}, found by trying those under its keys. */
    private List<Entry<V>> startingAt(TokenizedText text, int i) {
        List<Entry<V>> out = new ArrayList<>(2);
        // a token's keys are distinct and every phrase sits under one key, so no phrase is tried twice
        for (int key : text.keys(i)) {
            List<Entry<V>> list = byKey[key];
            if (list == null) {
                continue;
            }
            for (Entry<V> e : list) {
                if (e.phrase.words().get(0).matches(text, i)) {
                    out.add(e);
                }
            }
        }
        return out.isEmpty() ? List.of() : List.copyOf(out);
    }

    /** The index key of a word: its first two letters once the article is off (one for a one-letter word). */
    static int key(String word) {
        int from = word.startsWith("ال") && word.length() > 3 ? 2 : 0;
        if (word.length() - from >= 2) {
            return LETTER_SLOTS + slot(word.charAt(from)) * LETTER_SLOTS + slot(word.charAt(from + 1));
        }
        return word.length() > from ? slot(word.charAt(from)) : 0;
    }

    private static int slot(char c) {
        if (c >= 0x0600 && c <= 0x06FF) {
            return c - 0x0600;
        }
        return c < 128 ? 256 + c : 384 + c % 128;
    }

    /** The keys a token's readings look up: two letters of each, and one letter (for one-letter phrase words). */
    static int[] keysOf(Token t, List<String> readings) {
        if (t.kind() == Token.Kind.LINE) {
            return new int[0];
        }
        if (t.kind() == Token.Kind.NUMBER) {
            return new int[]{NUMBER_KEY, key(t.form()), slot(t.form().charAt(0))};
        }
        int[] out = new int[readings.size() * 2];
        int n = 0;
        for (String r : readings) {
            n = addKey(out, n, key(r));
            if (r.length() > 1) {
                n = addKey(out, n, slot(r.charAt(0)));
            }
        }
        return Arrays.copyOf(out, n);
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
