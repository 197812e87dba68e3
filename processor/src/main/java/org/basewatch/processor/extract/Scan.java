package org.basewatch.processor.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a pattern only where one of its literal trigger words occurs, so that the many patterns of
 * the extractor cost time in proportion to the words they look for, not to the length of the text.
 * A pattern must contain one of its triggers in every match, starting at most {@code reach}
 * characters after the match start; and a match starts at a trigger or where a word or a number
 * begins (every pattern begins with a look-behind for a non-letter or non-digit, or at its trigger).
 * The trigger words of a {@link Dictionary} are found in one pass over the text.
 */
final class Scan {
    private static final int[] NONE = new int[0];
    /** How far past its trigger a match may run: a cue phrase found by its first words runs on for up to a dozen. */
    private static final int SLACK = 160;

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

    /** A fixed set of trigger words, compiled into a trie that finds all of them in one pass. */
    static final class Dictionary {
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> words = new ArrayList<>();
        private final Node root = new Node();
        /** For a union: the dictionaries it joins, and for each of them, the union's id of each of its words. */
        private final List<Dictionary> parts = new ArrayList<>();
        private int[][] unionIds = new int[0][];

        /** A dictionary of every word of every array in {@code triggerArrays}. */
        Dictionary(List<String[]> triggerArrays) {
            for (String[] array : triggerArrays) {
                for (String w : array) {
                    if (!ids.containsKey(w)) {
                        ids.put(w, words.size());
                        words.add(w);
                        root.add(w, 0, ids.get(w));
                    }
                }
            }
        }

        /**
         * One dictionary of all the words of {@code dictionaries}: a {@link Text} made with it finds the
         * words of every one of them in a single pass.
         */
        static Dictionary union(List<Dictionary> dictionaries) {
            List<String[]> arrays = new ArrayList<>();
            for (Dictionary d : dictionaries) {
                arrays.add(d.words.toArray(new String[0]));
            }
            Dictionary union = new Dictionary(arrays);
            union.parts.addAll(dictionaries);
            union.unionIds = new int[dictionaries.size()][];
            for (int d = 0; d < dictionaries.size(); d++) {
                union.unionIds[d] = union.ids(dictionaries.get(d).words.toArray(new String[0]));
            }
            return union;
        }

        /** The ids of {@code triggers}, which must all be words of this dictionary. */
        int[] ids(String[] triggers) {
            int[] out = new int[triggers.length];
            for (int i = 0; i < triggers.length; i++) {
                Integer id = ids.get(triggers[i]);
                if (id == null) {
                    throw new IllegalArgumentException("not in the dictionary: " + triggers[i]);
                }
                out[i] = id;
            }
            return out;
        }

        /** The words, by id. */
        List<String> words() {
            return List.copyOf(words);
        }

        int length(int id) {
            return words.get(id).length();
        }

        int size() {
            return words.size();
        }
    }

    /** A trie node; its children in a table indexed from the smallest of their first characters. */
    private static final class Node {
        private char[] keys = new char[0];
        private Node[] kids = new Node[0];
        private int[] ends = new int[0];
        private char base;
        private Node[] table = new Node[0];

        void add(String w, int at, int id) {
            if (at == w.length()) {
                ends = Arrays.copyOf(ends, ends.length + 1);
                ends[ends.length - 1] = id;
                return;
            }
            Node kid = child(w.charAt(at));
            if (kid == null) {
                kid = new Node();
                keys = Arrays.copyOf(keys, keys.length + 1);
                kids = Arrays.copyOf(kids, kids.length + 1);
                keys[keys.length - 1] = w.charAt(at);
                kids[kids.length - 1] = kid;
                index();
            }
            kid.add(w, at + 1, id);
        }

        private void index() {
            char min = Character.MAX_VALUE;
            char max = 0;
            for (char k : keys) {
                min = (char) Math.min(min, k);
                max = (char) Math.max(max, k);
            }
            base = min;
            table = new Node[max - min + 1];
            for (int i = 0; i < keys.length; i++) {
                table[keys[i] - min] = kids[i];
            }
        }

        Node child(char c) {
            int i = c - base;
            return i >= 0 && i < table.length ? table[i] : null;
        }
    }

    /**
     * One normalized text with the positions where words and numbers begin and, per dictionary,
     * where each trigger occurs; built once per article and shared by the place, cue and date finders.
     */
    static final class Text {
        private final String text;
        private final Dictionary vocabulary;
        private boolean[] starts;
        private final IdentityHashMap<Dictionary, int[][]> hits = new IdentityHashMap<>();
        private final IdentityHashMap<Dictionary, int[][]> spans = new IdentityHashMap<>();
        private final IdentityHashMap<Pattern, Matcher> matchers = new IdentityHashMap<>();
        private final IdentityHashMap<int[], int[][]> triggerStarts = new IdentityHashMap<>();
        private final IdentityHashMap<int[], int[][]> wordTriggerStarts = new IdentityHashMap<>();

        Text(String text) {
            this(text, null);
        }

        /** A text whose words of every part of the union {@code vocabulary} are found in one pass when first asked for. */
        Text(String text, Dictionary vocabulary) {
            this.text = text;
            this.vocabulary = vocabulary;
        }

        String text() {
            return text;
        }

        /** Whether a word or a number begins at {@code p}: a letter or digit after a character of another kind. */
        boolean startsToken(int p) {
            if (starts == null) {
                starts = tokenStarts(text);
            }
            return starts[p];
        }

        /** The sorted positions of every trigger of {@code dict}, indexed by trigger id. */
        int[][] occurrences(Dictionary dict) {
            int[][] found = hits.get(dict);
            if (found == null) {
                if (vocabulary != null && vocabulary.parts.contains(dict) && !hits.containsKey(vocabulary)) {
                    split(find(vocabulary, text));
                    found = hits.get(dict);
                } else {
                    found = find(dict, text);
                    hits.put(dict, found);
                }
            }
            return found;
        }

        /**
         * The one matcher of {@code p} over this text, reset to a region by each user; a finder uses it
         * to the end before it asks for another pattern's, so sharing it is safe.
         */
        Matcher matcher(Pattern p) {
            return matchers.computeIfAbsent(p, q -> q.matcher(text));
        }

        /** Where the words of {@code dict} begin, sorted, one entry per occurrence. */
        int[] begins(Dictionary dict) {
            return spans(dict)[0];
        }

        private int[][] spans(Dictionary dict) {
            int[][] all = spans.get(dict);
            if (all == null) {
                all = sortedSpans(dict, occurrences(dict));
                spans.put(dict, all);
            }
            return all;
        }

        /** Whether a word of {@code dict} lies wholly inside {@code [from, to)}. */
        boolean holds(Dictionary dict, int from, int to) {
            int[][] all = spans(dict);
            int[] begins = all[0];
            int[] ends = all[1];
            int i = Arrays.binarySearch(begins, from);
            if (i < 0) {
                i = -i - 1;
            }
            while (i > 0 && begins[i - 1] == from) {
                i--;
            }
            for (; i < begins.length && begins[i] < to; i++) {
                if (ends[i] <= to) {
                    return true;
                }
            }
            return false;
        }

        /** Every occurrence of every word of {@code dict} as begin and end arrays, by begin. */
        private static int[][] sortedSpans(Dictionary dict, int[][] occurrences) {
            int total = 0;
            for (int[] at : occurrences) {
                total += at.length;
            }
            long[] packed = new long[total];
            int n = 0;
            for (int id = 0; id < occurrences.length; id++) {
                for (int at : occurrences[id]) {
                    packed[n++] = ((long) at << 32) | (at + dict.length(id));
                }
            }
            Arrays.sort(packed);
            int[] begins = new int[total];
            int[] ends = new int[total];
            for (int i = 0; i < total; i++) {
                begins[i] = (int) (packed[i] >>> 32);
                ends[i] = (int) packed[i];
            }
            return new int[][]{begins, ends};
        }

        private void split(int[][] union) {
            hits.put(vocabulary, union);
            List<Dictionary> parts = vocabulary.parts;
            for (int d = 0; d < parts.size(); d++) {
                int[] toUnion = vocabulary.unionIds[d];
                int[][] mine = new int[toUnion.length][];
                for (int id = 0; id < toUnion.length; id++) {
                    mine[id] = union[toUnion[id]];
                }
                hits.put(parts.get(d), mine);
            }
        }

        private static boolean[] tokenStarts(String s) {
            int n = s.length();
            boolean[] out = new boolean[n + 1];
            int prev = 0;
            for (int i = 0; i < n; i++) {
                int kind = kind(s.charAt(i));
                out[i] = kind != 0 && kind != prev;
                prev = kind;
            }
            return out;
        }

        /** 1 for a letter, 2 for a digit, 0 otherwise; ASCII and the Arabic letters without a table lookup. */
        private static int kind(char c) {
            if (c < 0x80) {
                return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' ? 1 : c >= '0' && c <= '9' ? 2 : 0;
            }
            if (c >= 'ء' && c <= 'ي') {
                return 1;
            }
            return Character.isLetter(c) ? 1 : Character.isDigit(c) ? 2 : 0;
        }

        private static int[][] find(Dictionary dict, String text) {
            // a char array reads faster than a compact string's bytes, once per character of every article
            char[] s = text.toCharArray();
            int[][] at = new int[dict.size()][];
            int[] count = new int[dict.size()];
            int n = s.length;
            for (int i = 0; i < n; i++) {
                Node node = dict.root.child(s[i]);
                for (int j = i + 1; node != null; j++) {
                    for (int id : node.ends) {
                        if (at[id] == null) {
                            at[id] = new int[4];
                        } else if (count[id] == at[id].length) {
                            at[id] = Arrays.copyOf(at[id], count[id] * 2);
                        }
                        at[id][count[id]++] = i;
                    }
                    node = j < n ? node.child(s[j]) : null;
                }
            }
            for (int id = 0; id < at.length; id++) {
                at[id] = at[id] == null ? NONE : Arrays.copyOf(at[id], count[id]);
            }
            return at;
        }
    }

    /**
     * The non-overlapping matches of {@code p} in {@code t}, in order, tried only at positions from
     * {@code reach} characters before an occurrence of one of {@code triggers} up to that occurrence.
     * With {@code shortWords}, a trigger of three letters or fewer counts only as a whole word
     * ("اب", "dec"); with {@code only} not null, only triggers whose reach overlaps one of its spans count.
     * Matches start where a word or number begins, or, with {@code midWord}, also at a trigger inside a word
     * (for patterns that look behind for a clitic: "(?<=و)اربيل").
     */
    static List<MatchResult> find(Pattern p, Text t, Dictionary dict, int[] triggers, int reach, boolean shortWords,
                                  List<Span> only, boolean midWord) {
        int[] at = triggerStarts(t, dict, triggers, reach, shortWords, only);
        List<MatchResult> out = new ArrayList<>();
        if (at.length == 0) {
            return out;
        }
        String text = t.text();
        Matcher m = t.matcher(p);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        int longest = maxLength(dict, triggers);
        int next = 0;
        int k = 0;
        while (k < at.length) {
            // one run of candidate positions: the union of [trigger - reach, trigger] of nearby triggers
            int from = Math.max(Math.max(0, at[k] - reach), next);
            int first = k;
            int to = at[k];
            int end = at[k] + longest;
            while (k + 1 < at.length && at[k + 1] - reach <= to + 1) {
                k++;
                to = at[k];
                end = at[k] + longest;
            }
            k++;
            int limit = Math.min(text.length(), end + SLACK);
            int trigger = first;
            for (int pos = from; pos <= to; pos++) {
                if (pos < next) {
                    pos = next - 1;
                    continue;
                }
                while (at[trigger] < pos) {
                    trigger++;
                }
                if (!t.startsToken(pos) && !(midWord && at[trigger] == pos)) {
                    continue;
                }
                m.region(pos, limit);
                if (m.lookingAt()) {
                    out.add(m.toMatchResult());
                    next = Math.max(m.end(), pos + 1);
                    pos = next - 1;
                }
            }
        }
        return out;
    }

    private static int maxLength(Dictionary dict, int[] triggers) {
        int max = 0;
        for (int id : triggers) {
            max = Math.max(max, dict.length(id));
        }
        return max;
    }

    /** The sorted, distinct start positions of the triggers that count. */
    private static int[] triggerStarts(Text t, Dictionary dict, int[] triggers, int reach, boolean shortWords,
                                       List<Span> only) {
        IdentityHashMap<int[], int[][]> cache = shortWords ? t.wordTriggerStarts : t.triggerStarts;
        int[][] all = cache.get(triggers);
        if (all == null) {
            all = allTriggerStarts(t, dict, triggers, shortWords);
            cache.put(triggers, all);
        }
        if (only == null) {
            return all[0];
        }
        // keep a trigger when [at - reach, at + length] overlaps a span; both are in text order
        int[] at = all[0];
        int[] length = all[1];
        int[] out = new int[at.length];
        int n = 0;
        int s = 0;
        for (int i = 0; i < at.length; i++) {
            int from = Math.max(0, at[i] - reach);
            while (s < only.size() && only.get(s).end() <= from) {
                s++;
            }
            if (s == only.size()) {
                break;
            }
            if (only.get(s).start() < at[i] + length[i]) {
                out[n++] = at[i];
            }
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * Every start of {@code triggers} (whole words only for short ones, with {@code shortWords}), sorted and
     * distinct, and for each the length of the longest trigger there.
     */
    private static int[][] allTriggerStarts(Text t, Dictionary dict, int[] triggers, boolean shortWords) {
        int[][] occurrences = t.occurrences(dict);
        int total = 0;
        for (int id : triggers) {
            total += occurrences[id].length;
        }
        long[] packed = new long[total];
        int n = 0;
        String text = t.text();
        for (int id : triggers) {
            int length = dict.length(id);
            boolean wordOnly = shortWords && length <= 3 && Character.isLetter(dict.words.get(id).charAt(0));
            for (int at : occurrences[id]) {
                if (!wordOnly || isWord(text, at, length)) {
                    packed[n++] = ((long) at << 32) | length;
                }
            }
        }
        Arrays.sort(packed, 0, n);
        int[] at = new int[n];
        int[] length = new int[n];
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            int position = (int) (packed[i] >>> 32);
            int size = (int) packed[i];
            if (distinct > 0 && at[distinct - 1] == position) {
                length[distinct - 1] = Math.max(length[distinct - 1], size);
            } else {
                at[distinct] = position;
                length[distinct++] = size;
            }
        }
        return new int[][]{Arrays.copyOf(at, distinct), Arrays.copyOf(length, distinct)};
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
}
