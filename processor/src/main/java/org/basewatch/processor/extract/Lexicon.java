package org.basewatch.processor.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern built around one group of alternative words, together with the literal beginnings of
 * those words: a text that holds none of them cannot match, so it is not searched. The extractor
 * asks such patterns about short windows around every cue, place and date, and most windows hold
 * none of the words.
 */
final class Lexicon {
    private final Pattern pattern;
    /** The literal words every match contains; null when an alternative has no literal beginning. */
    private final Scan.Dictionary words;

    /** Whether the pattern is nothing but its words, so that holding one of them is matching. */
    private final boolean wordsOnly;

    private Lexicon(Pattern pattern, Scan.Dictionary words, boolean wordsOnly) {
        this.pattern = pattern;
        this.words = words;
        this.wordsOnly = wordsOnly;
    }

    /** The pattern {@code before(?:alternatives)after}, as {@link Rx#compile} folds it. */
    static Lexicon of(String before, String alternatives, String after) {
        List<String> beginnings = new ArrayList<>();
        boolean wordsOnly = before.isEmpty() && after.isEmpty();
        for (String alternative : topLevelAlternatives(alternatives)) {
            String literal = literalBeginning(alternative);
            if (literal.isEmpty()) {
                return new Lexicon(Rx.compile(before + "(?:" + alternatives + ")" + after), null, false);
            }
            wordsOnly &= literal.length() == unescapedLength(alternative) && literal.equals(literal.toLowerCase());
            beginnings.add(literal);
        }
        return new Lexicon(Rx.compile(before + "(?:" + alternatives + ")" + after),
                new Scan.Dictionary(List.<String[]>of(Scan.triggers(beginnings.toArray(new String[0])))), wordsOnly);
    }

    /**
     * A pattern with the words, one of which lies inside any text it matches (in the match or in a
     * look-ahead or look-behind), given by hand because they are not the beginnings of one group.
     */
    static Lexicon of(Pattern pattern, String... words) {
        return new Lexicon(pattern, new Scan.Dictionary(List.<String[]>of(Scan.triggers(words))), false);
    }

    Pattern pattern() {
        return pattern;
    }

    /** The literal words, or null when the pattern has to be run everywhere. */
    Scan.Dictionary words() {
        return words;
    }

    /** Whether the pattern matches in {@code text}. */
    boolean find(String text) {
        return find(new Scan.Text(text), 0, text.length());
    }

    /** Whether the pattern matches in {@code [from, to)} of {@code t}, searched as if that part were the whole text. */
    boolean find(Scan.Text t, int from, int to) {
        if (wordsOnly) {
            return t.holds(words, from, to);
        }
        Matcher m = matcher(t, from, to);
        return m != null && m.find();
    }

    /** The end of the last of the non-overlapping matches in {@code text}, or -1 when there is none. */
    int lastEnd(String text) {
        return lastEnd(new Scan.Text(text), 0, text.length());
    }

    /**
     * The end, counted from {@code from}, of the last of the non-overlapping matches in {@code [from, to)}
     * of {@code t} (searched as if that part were the whole text), or -1 when there is none.
     */
    int lastEnd(Scan.Text t, int from, int to) {
        Matcher m = matcher(t, from, to);
        int at = -1;
        while (m != null && m.find()) {
            at = m.end() - from;
        }
        return at;
    }

    /**
     * A matcher over {@code [from, to)} of {@code t} with the region's default (opaque, anchoring) bounds,
     * or null when that part holds none of the words.
     */
    Matcher matcher(Scan.Text t, int from, int to) {
        if (words != null && !t.holds(words, from, to)) {
            return null;
        }
        return t.matcher(pattern).useTransparentBounds(false).useAnchoringBounds(true).region(from, to);
    }

    /** The alternatives of {@code regex} split at its top-level bars. */
    static List<String> topLevelAlternatives(String regex) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean inClass = false;
        int start = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                out.add(regex.substring(start, i));
                start = i + 1;
            }
        }
        out.add(regex.substring(start));
        return out;
    }

    /**
     * The characters {@code alternative} matches literally before its first operator (less one a quantifier
     * governs); an escaped punctuation mark ("\\.") is a literal character.
     */
    static String literalBeginning(String alternative) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < alternative.length()) {
            char c = alternative.charAt(i);
            if (c == '\\' && i + 1 < alternative.length() && !Character.isLetterOrDigit(alternative.charAt(i + 1))) {
                if (quantified(alternative, i + 2)) {
                    break;
                }
                out.append(alternative.charAt(i + 1));
                i += 2;
                continue;
            }
            if ("\\()[]{}?*+|.^$".indexOf(c) >= 0) {
                break;
            }
            if (quantified(alternative, i + 1)) {
                break;
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static boolean quantified(String regex, int at) {
        return at < regex.length() && "?*{+".indexOf(regex.charAt(at)) >= 0;
    }

    /** How many characters {@code alternative} has once its escaped punctuation counts as one each. */
    private static int unescapedLength(String alternative) {
        int n = 0;
        for (int i = 0; i < alternative.length(); i++, n++) {
            if (alternative.charAt(i) == '\\' && i + 1 < alternative.length()
                    && !Character.isLetterOrDigit(alternative.charAt(i + 1))) {
                i++;
            }
        }
        return n;
    }
}
