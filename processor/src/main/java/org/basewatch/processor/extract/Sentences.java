package org.basewatch.processor.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts normalized news prose into sentences (lines, full stops that end a sentence rather than an
 * abbreviation or a decimal) and sentences into clauses at the contrastive joints of Arabic and
 * English reporting ("فيما", "بينما", "على أن", "while", "but"), where a new claim usually begins.
 */
final class Sentences {
    private static final Set<String> ABBREVIATIONS = Set.of("u.s", "u.k", "u.n", "dec", "jan", "feb", "mar", "apr",
            "jun", "jul", "aug", "sep", "sept", "oct", "nov", "mr", "mrs", "gen", "col", "lt", "maj", "no", "st",
            "sgt", "capt", "dr", "vs", "d.c", "a.m", "p.m");
    /**
     * A clause break is seen by the word after it, which begins at most {@link #BREAK_REACH} characters
     * after the break ("، وفي المقابل", ", although"); a sentence without any of those words is one clause.
     */
    private static final Lexicon CLAUSE_BREAK = Lexicon.of(Rx.compile(
            "(?:[,;]\\s*|\\s)(?=(?:و)?(?:فيما|بينما|في حين|لكن|لكنه|لكنها|الا ان|على ان|وفي المقابل|في المقابل)\\s)|,\\s*(?=(?:وان|حيث)\\s)"
                    + "|,\\s*(?=(?:while|but|whereas|although|though)\\s)|\\s(?=(?:but|whereas)\\s)"),
            "فيما", "بينما", "في حين", "لكن", "الا ان", "على ان", "في المقابل", "وان", "حيث", "while", "but", "whereas", "though");
    private static final int BREAK_REACH = 5;

    static final List<Lexicon> LEXICONS = List.of(CLAUSE_BREAK);

    private Sentences() {
    }

    /** The sentences of {@code norm}, trimmed, in order. */
    static List<Span> split(String norm) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        int n = norm.length();
        for (int i = 0; i < n; i++) {
            char c = norm.charAt(i);
            boolean cut = c == '\n' || c == '!' || c == '?';
            if (c == '.') {
                cut = endsSentence(norm, i);
            }
            if (cut) {
                add(norm, start, i + 1, out);
                start = i + 1;
            }
        }
        add(norm, start, n, out);
        return out;
    }

    /** The clauses of one sentence. */
    static List<Span> clauses(String norm, Span sentence) {
        return clauses(new Scan.Text(norm), sentence);
    }

    /** The clauses of one sentence of {@code text}. */
    static List<Span> clauses(Scan.Text text, Span sentence) {
        List<Span> out = new ArrayList<>();
        int start = sentence.start();
        // the breaks a search of the sentence finds, looked for only just before the words that announce them
        int[] words = text.begins(CLAUSE_BREAK.words());
        int i = java.util.Arrays.binarySearch(words, sentence.start());
        i = i < 0 ? -i - 1 : i;
        while (i > 0 && words[i - 1] == sentence.start()) {
            i--;
        }
        Matcher m = text.matcher(CLAUSE_BREAK.pattern()).useTransparentBounds(false).useAnchoringBounds(true);
        int next = sentence.start();
        for (; i < words.length && words[i] < sentence.end(); i++) {
            for (int p = Math.max(next, words[i] - BREAK_REACH); p < words[i]; p++) {
                m.region(p, sentence.end());
                if (m.lookingAt()) {
                    if (m.start() - start > 8) {
                        out.add(new Span(start, m.start()));
                        start = m.end();
                    }
                    next = m.end();
                    p = next - 1;
                }
            }
        }
        out.add(new Span(start, sentence.end()));
        return out;
    }

    private static boolean endsSentence(String s, int dot) {
        if (dot + 1 < s.length() && Character.isDigit(s.charAt(dot + 1)) && dot > 0
                && Character.isDigit(s.charAt(dot - 1))) {
            return false;
        }
        if (dot + 1 < s.length() && s.charAt(dot + 1) == '.') {
            return false;
        }
        int w = dot;
        while (w > 0 && (Character.isLetter(s.charAt(w - 1)) || s.charAt(w - 1) == '.')) {
            w--;
        }
        String word = s.substring(w, dot);
        if (word.length() == 1 && word.charAt(0) < 0x80) {
            return false;
        }
        return !ABBREVIATIONS.contains(word);
    }

    private static void add(String s, int start, int end, List<Span> out) {
        while (start < end && isTrim(s.charAt(start))) {
            start++;
        }
        while (end > start && isTrim(s.charAt(end - 1))) {
            end--;
        }
        if (end - start >= 3) {
            out.add(new Span(start, end));
        }
    }

    private static boolean isTrim(char c) {
        return c == ' ' || c == '\n' || c == '"' || c == '\'' || c == '-' || c == '—' || c == '–';
    }
}
