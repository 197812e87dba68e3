package org.basewatch.processor.text;

/**
 * Folds the spelling variation of Arabic (and Latin) news text into one canonical form, so that
 * place names, dates and verbs can be matched with plain patterns and texts compared for duplicates.
 */
public final class ArabicNormalizer {
    private ArabicNormalizer() {
    }

    /** The normalized form of {@code text}: folded letters, no diacritics, ASCII digits, single spaces. */
    public static String normalize(CharSequence text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        fold(text, out, null, false);
        return out.toString();
    }

    /**
     * The normalized form of {@code original} with a map from each normalized index to the original one;
     * unlike {@link #normalize} it keeps a line break where a run of whitespace held one, because
     * lines separate headlines and paragraphs.
     */
    public static NormalizedText withOffsets(String original) {
        String source = original == null ? "" : original;
        StringBuilder out = new StringBuilder(source.length());
        int[] origin = new int[source.length() + 1];
        int[][] holder = {origin};
        fold(source, out, holder, true);
        return new NormalizedText(out.toString(), holder[0], source.length());
    }

    private static void fold(CharSequence in, StringBuilder out, int[][] origin, boolean keepLines) {
        boolean pendingSpace = false;
        boolean pendingLine = false;
        int pendingSpaceAt = 0;
        for (int i = 0, n = in.length(); i < n; i++) {
            char c = in.charAt(i);
            char f = foldChar(c);
            if (f == 0) {
                continue;
            }
            if (f == ' ') {
                if (!pendingSpace) {
                    pendingSpace = true;
                    pendingSpaceAt = i;
                }
                if (keepLines && (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') && !pendingLine) {
                    pendingLine = true;
                    pendingSpaceAt = i;
                }
                continue;
            }
            if (pendingSpace) {
                if (out.length() > 0) {
                    append(out, pendingLine ? '\n' : ' ', pendingSpaceAt, origin);
                }
                pendingSpace = false;
                pendingLine = false;
            }
            append(out, f, i, origin);
        }
    }

    private static void append(StringBuilder out, char c, int at, int[][] origin) {
        if (origin != null) {
            int[] map = origin[0];
            if (out.length() >= map.length) {
                map = java.util.Arrays.copyOf(map, map.length * 2 + 1);
                origin[0] = map;
            }
            map[out.length()] = at;
        }
        out.append(c);
    }

    /** The folded form of one Arabic-block character (for folding patterns); 0 drops it. */
    public static char foldArabic(char c) {
        return foldChar(c);
    }

    /** The folded form of one character; 0 drops it, ' ' is any whitespace. */
    static char foldChar(char c) {
        if (c < 0x80) {
            if (c >= 'A' && c <= 'Z') {
                return (char) (c + 32);
            }
            if (c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B) {
                return ' ';
            }
            return c;
        }
        if (c >= 0x064B && c <= 0x065F || c == 0x0670 || c == 0x0640) {
            return 0;
        }
        if (c >= 0x0660 && c <= 0x0669) {
            return (char) ('0' + (c - 0x0660));
        }
        if (c >= 0x06F0 && c <= 0x06F9) {
            return (char) ('0' + (c - 0x06F0));
        }
        switch (c) {
            case 'أ', 'إ', 'آ', 'ٱ', 'ٲ', 'ٳ':
                return 'ا';
            case 'ة':
                return 'ه';
            case 'ى', 'ی':
                return 'ي';
            case 'ک':
                return 'ك';
            case '،':
                return ',';
            case '؛':
                return ';';
            case '؟':
                return '?';
            case '«', '»', '“', '”', '„', '″':
                return '"';
            case '‘', '’', '‚', '′':
                return '\'';
            case '٫':
                return '.';
            case '\u00A0', '\u2002', '\u2003', '\u2009', '\u202F', '\u2028', '\u2029', '\u3000':
                return ' ';
            case '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u061C', '\uFEFF', '\u202A', '\u202B',
                    '\u202C', '\u202D', '\u202E':
                return 0;
            default:
                return Character.isUpperCase(c) ? Character.toLowerCase(c) : c;
        }
    }
}
