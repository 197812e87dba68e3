package org.basewatch.processor.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The readings of one normalized Arabic word with its proclitics taken off: the conjunctions و/ف,
 * the prepositions ب/ك/ل, the article (kept, so that a pattern can ask for it: "للقائم" reads as
 * "القائم") and the future prefix س before an imperfect verb ("سينسحب" reads as "ينسحب"). A word
 * is always one of its own readings; no reading is shorter than two letters.
 */
final class ArabicWord {
    private static final String[] CONJUNCTIONS = {"", "و", "ف"};
    private static final String[] PREPOSITIONS = {"", "ب", "ك", "ل"};
    private static final String IMPERFECT_PREFIXES = "يتنا";
    private static final int SHORTEST_READING = 2;

    private ArabicWord() {
    }

    static List<String> readings(String word) {
        List<String> out = new ArrayList<>(4);
        for (String conj : CONJUNCTIONS) {
            if (!word.startsWith(conj)) {
                continue;
            }
            String afterConj = word.substring(conj.length());
            for (String prep : PREPOSITIONS) {
                if (!afterConj.startsWith(prep)) {
                    continue;
                }
                String stem = afterConj.substring(prep.length());
                if (prep.equals("ل") && stem.startsWith("ل") && stem.length() > SHORTEST_READING) {
                    // "لل" is the preposition and the article with its alef dropped
                    add(out, "ا" + stem);
                }
                add(out, stem);
                if (prep.isEmpty() && stem.length() > 3 && stem.charAt(0) == 'س'
                        && IMPERFECT_PREFIXES.indexOf(stem.charAt(1)) >= 0) {
                    add(out, stem.substring(1));
                }
            }
        }
        if (out.isEmpty()) {
            out.add(word);
        }
        return out;
    }

    private static void add(List<String> out, String reading) {
        if (reading.length() >= SHORTEST_READING && !out.contains(reading)) {
            out.add(reading);
        }
    }

    /** Whether a reading carries the future prefix: the word itself starts with (و/ف)س + an imperfect prefix. */
    static boolean isFuture(String word) {
        int i = word.startsWith("و") || word.startsWith("ف") ? 1 : 0;
        return word.length() > i + 3 && word.charAt(i) == 'س' && IMPERFECT_PREFIXES.indexOf(word.charAt(i + 1)) >= 0
                && word.charAt(i + 1) != 'ا';
    }
}
