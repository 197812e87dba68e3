package org.basewatch.processor.extract;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the extractor knows about one word form, worked out once for every article that uses it: its
 * clitic readings, the keys it looks phrases up under, and for each phrase index the phrases whose first
 * word it matches (filled on first use). News repeats its words, so most tokens cost a lookup.
 */
final class WordInfo {
    /** How many forms are kept before the table starts again, so that a stream of new words cannot fill memory. */
    static final int LIMIT = 200_000;
    /** How many phrase indexes may keep their first-word matches here. */
    static final int INDEXES = 8;
    private static final ConcurrentHashMap<String, WordInfo> KNOWN = new ConcurrentHashMap<>();

    final List<String> readings;
    final int[] keys;
    /** Per phrase index, the phrases whose first word this form matches (null until looked up). */
    final Object[] firstWords = new Object[INDEXES];

    private WordInfo(List<String> readings, int[] keys) {
        this.readings = readings;
        this.keys = keys;
    }

    static WordInfo of(Token t) {
        // forms of different kinds never look alike (scripts, digits, marks), so the form alone is the key
        String key = t.form();
        WordInfo known = KNOWN.get(key);
        if (known != null) {
            return known;
        }
        List<String> readings = t.kind() == Token.Kind.ARABIC ? ArabicWord.readings(t.form()) : List.of(t.form());
        WordInfo info = new WordInfo(readings, PhraseIndex.keysOf(t, readings));
        if (KNOWN.size() >= LIMIT) {
            KNOWN.clear();
        }
        WordInfo raced = KNOWN.putIfAbsent(key, info);
        return raced != null ? raced : info;
    }
}
