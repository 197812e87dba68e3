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
        char[] out = new char[text.length()];
        int length = fold(text, out, null, false);
        return new String(out, 0, length);
    }

    /**
     * The normalized form of {@code original} with a map from each normalized index to the original one;
     * unlike {@link #normalize} it keeps a line break where a run of whitespace held one, because
     * lines separate headlines and paragraphs.
     */
    public static NormalizedText withOffsets(String original) {
        String source = original == null ? "" : original;
        // folding never lengthens a text: each kept character or run of whitespace gives at most one character
        char[] out = new char[source.length()];
        int[] origin = new int[source.length() + 1];
        int length = fold(source, out, origin, true);
        return new NormalizedText(new String(out, 0, length), origin, source.length());
    }

    /** Folds {@code in} into {@code out} (and each output index's input index into {@code origin}); returns the length. */
    private static int fold(CharSequence in, char[] out, int[] origin, boolean keepLines) {
        boolean pendingSpace = false;
        boolean pendingLine = false;
        int pendingSpaceAt = 0;
        int length = 0;
        for (int i = 0, n = in.length(); i < n; i++) {
            char c = in.charAt(i);
            char f = c < FOLDED.length ? FOLDED[c] : foldChar(c);
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
                if (length > 0) {
                    if (origin != null) {
                        origin[length] = pendingSpaceAt;
                    }
                    out[length++] = pendingLine ? '\n' : ' ';
                }
                pendingSpace = false;
                pendingLine = false;
            }
            if (origin != null) {
                origin[length] = i;
            }
            out[length++] = f;
        }
        return length;
    }

    /** The folded form of one Arabic-block character (for folding patterns); 0 drops it. */
    public static char foldArabic(char c) {
        return foldChar(c);
    }

    /** {@link #foldChar} of every character up to the end of the Arabic block, looked up instead of worked out. */
    private static final char[] FOLDED = new char[0x0700];

    static {
        for (char c = 0; c < FOLDED.length; c++) {
            FOLDED[c] = foldChar(c);
        }
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
        if (c >= 'ء' && c <= 'غ' || c >= 'ف' && c <= 'ي') {
            // the Arabic letters proper, most of any text: only hamza carriers, ta marbuta and alef maqsura fold
            return switch (c) {
                case 'أ', 'إ', 'آ' -> 'ا';
                case 'ة' -> 'ه';
                case 'ى' -> 'ي';
                default -> c;
            };
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
