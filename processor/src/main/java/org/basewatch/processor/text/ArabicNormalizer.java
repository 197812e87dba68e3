package org.basewatch.processor.text;

import org.basewatch.contracts.TextForms;

import java.util.Arrays;

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
        Folder folder = new Folder(text.length(), false);
        folder.fold(text, false);
        return new String(folder.out, 0, folder.length);
    }

    /**
     * The normalized form of {@code original} with a map from each normalized index to the original one;
     * unlike {@link #normalize} it keeps a line break where a run of whitespace held one, because
     * lines separate headlines and paragraphs. The letters a presentation form stands for all map to it, so a
     * span that ends inside a ligature ends after it in the original.
     */
    public static NormalizedText withOffsets(String original) {
        String source = original == null ? "" : original;
        Folder folder = new Folder(source.length(), true);
        folder.fold(source, true);
        return new NormalizedText(new String(folder.out, 0, folder.length), folder.origin, source.length());
    }

    /**
     * Folds a text into {@code out} (and each output index's input index into {@code origin}). Folding keeps at most
     * one character of each input character or run of whitespace, except for presentation forms, which give the
     * letters they stand for ({@link TextForms}); the buffers grow for those.
     */
    private static final class Folder {
        char[] out;
        int[] origin;
        int length;
        private boolean pendingSpace;
        private boolean pendingLine;
        private int pendingSpaceAt;

        Folder(int capacity, boolean withOrigin) {
            out = new char[capacity];
            origin = withOrigin ? new int[capacity + 1] : null;
        }

        void fold(CharSequence in, boolean keepLines) {
            for (int i = 0, n = in.length(); i < n; i++) {
                char c = in.charAt(i);
                if (c >= FOLDED.length && TextForms.isPresentationForm(c)) {
                    String letters = TextForms.expand(c);
                    if (letters != null) {
                        for (int k = 0; k < letters.length(); k++) {
                            char l = letters.charAt(k);
                            add(l, l < FOLDED.length ? FOLDED[l] : foldChar(l), i, keepLines);
                        }
                        continue;
                    }
                }
                add(c, c < FOLDED.length ? FOLDED[c] : foldChar(c), i, keepLines);
            }
        }

        private void add(char c, char f, int at, boolean keepLines) {
            if (f == 0) {
                return;
            }
            if (f == ' ') {
                if (!pendingSpace) {
                    pendingSpace = true;
                    pendingSpaceAt = at;
                }
                if (keepLines && (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') && !pendingLine) {
                    pendingLine = true;
                    pendingSpaceAt = at;
                }
                return;
            }
            if (pendingSpace) {
                if (length > 0) {
                    put(pendingLine ? '\n' : ' ', pendingSpaceAt);
                }
                pendingSpace = false;
                pendingLine = false;
            }
            put(f, at);
        }

        private void put(char f, int at) {
            if (length == out.length) {
                int capacity = Math.max(16, out.length * 2);
                out = Arrays.copyOf(out, capacity);
                if (origin != null) {
                    origin = Arrays.copyOf(origin, capacity + 1);
                }
            }
            if (origin != null) {
                origin[length] = at;
            }
            out[length++] = f;
        }
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
        if (c >= 0x064B && c <= 0x065F || c == 0x0670 || TextForms.isInvisible(c)) {
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
            default:
                return Character.isUpperCase(c) ? Character.toLowerCase(c) : c;
        }
    }
}
