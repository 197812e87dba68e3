package org.basewatch.processor.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a pattern only in windows around occurrences of literal trigger strings, so that the many
 * patterns of the extractor cost time in proportion to the words they look for, not to the text.
 * A pattern must contain one of its triggers in every match, within {@code reach} characters of the match start.
 */
final class Scan {
    /** How far past its trigger a match may run. */
    private static final int SLACK = 80;

    private Scan() {
    }

    /** Folds and lower-cases trigger words the way the normalizer folds text. */
    static String[] triggers(String... words) {
        String[] out = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            out[i] = Rx.fold(words[i]).toLowerCase();
        }
        return out;
    }

    /** The non-overlapping matches of {@code p} in {@code text}, in order, looked for near the triggers only. */
    static List<MatchResult> find(Pattern p, String[] triggers, String text, int reach) {
        return find(p, windows(triggers, text, reach, false), text);
    }

    /**
     * Like {@link #find(Pattern, String[], String, int)} with windows computed once by {@link Windows}
     * for every pattern that shares the same trigger array.
     */
    static List<MatchResult> find(Pattern p, List<int[]> windows, String text) {
        List<MatchResult> out = new ArrayList<>();
        if (windows.isEmpty()) {
            return out;
        }
        Matcher m = p.matcher(text);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        int next = 0;
        for (int[] w : windows) {
            int from = Math.max(w[0], next);
            if (from >= w[1]) {
                continue;
            }
            int limit = Math.min(text.length(), w[1] + SLACK);
            m.region(from, limit);
            while (m.find()) {
                if (m.start() >= w[1]) {
                    break;
                }
                out.add(m.toMatchResult());
                next = m.end();
                if (m.end() == m.start()) {
                    break;
                }
                if (next >= limit) {
                    break;
                }
                m.region(next, limit);
            }
        }
        return out;
    }

    /** Windows of one text, cached per trigger array (by identity), for patterns that share triggers. */
    static final class Windows {
        private final String text;
        private final int reach;
        private final List<Span> only;
        private final boolean shortWords;
        private final java.util.IdentityHashMap<String[], List<int[]>> cache = new java.util.IdentityHashMap<>();

        Windows(String text, int reach) {
            this(text, reach, null, false);
        }

        /**
         * Windows restricted to triggers inside {@code only} (all of the text when null); with
         * {@code shortWords}, triggers of three letters or fewer count only as whole words ("اب", "dec").
         */
        Windows(String text, int reach, List<Span> only, boolean shortWords) {
            this.text = text;
            this.reach = reach;
            this.only = only;
            this.shortWords = shortWords;
        }

        List<int[]> of(String[] triggers) {
            return cache.computeIfAbsent(triggers, t -> restrict(windows(t, text, reach, shortWords)));
        }

        private List<int[]> restrict(List<int[]> windows) {
            if (only == null) {
                return windows;
            }
            List<int[]> out = new ArrayList<>();
            for (int[] w : windows) {
                for (Span span : only) {
                    if (w[0] < span.end() && w[1] > span.start()) {
                        out.add(w);
                        break;
                    }
                }
            }
            return out;
        }
    }

    /** Whether a short trigger at {@code at} stands as a word (after clitics and the article), not inside one. */
    private static boolean isWord(String text, int at, int length) {
        int end = at + length;
        if (end < text.length() && Character.isLetter(text.charAt(end))) {
            return false;
        }
        int start = at;
        if (start >= 2 && text.charAt(start - 2) == 'ا' && text.charAt(start - 1) == 'ل') {
            start -= 2;
        }
        for (int i = 0; i < 2 && start > 0 && "وفبكل".indexOf(text.charAt(start - 1)) >= 0; i++) {
            start--;
        }
        return start == 0 || !Character.isLetter(text.charAt(start - 1));
    }

    private static List<int[]> windows(String[] triggers, String text, int reach, boolean shortWords) {
        List<int[]> raw = new ArrayList<>();
        for (String t : triggers) {
            for (int at = text.indexOf(t); at >= 0; at = text.indexOf(t, at + 1)) {
                if (shortWords && t.length() <= 3 && Character.isLetter(t.charAt(0)) && !isWord(text, at, t.length())) {
                    continue;
                }
                raw.add(new int[]{Math.max(0, at - reach), Math.min(text.length(), at + t.length())});
            }
        }
        if (raw.size() > 1) {
            raw.sort((a, b) -> Integer.compare(a[0], b[0]));
        }
        List<int[]> merged = new ArrayList<>();
        for (int[] w : raw) {
            if (!merged.isEmpty() && w[0] <= merged.get(merged.size() - 1)[1] + SLACK) {
                int[] last = merged.get(merged.size() - 1);
                last[1] = Math.max(last[1], w[1]);
            } else {
                merged.add(w);
            }
        }
        return merged;
    }
}
