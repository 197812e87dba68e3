package org.basewatch.processor.validate;

/**
 * Finds text that was decoded in the wrong charset somewhere upstream, which reads as letters but says
 * nothing: UTF-8 Arabic read as windows-1256 ({@code ط¨ط؛ط¯ط§ط¯} for «بغداد») or as Latin-1/windows-1252
 * ({@code Ø¨ØºØ¯Ø§Ø¯}), and text that went through a lossy decoder (U+FFFD replacement characters in bulk).
 * Each Arabic letter in UTF-8 is a lead byte 0xD8/0xD9 and a continuation byte 0x80–0xBF; the wrong charset
 * turns the lead into ط/ظ (or Ø/Ù) and the continuation into a symbol or a non-Arabic letter, pairs that
 * Arabic prose never writes.
 */
final class GarbledText {
    /** Pairs at or beyond this share of the letters make a text mojibake (it is ~0.5–0.9 in mojibake, ~0 in prose). */
    static final double MOJIBAKE_SHARE = 0.25;
    /** Fewer pairs than this are a coincidence, not a decoding. */
    static final int MIN_MOJIBAKE_PAIRS = 5;
    /** Replacement characters beyond this share of the letters (and at least {@link #MIN_REPLACEMENTS}) are bulk. */
    static final double REPLACEMENT_SHARE = 0.01;
    static final int MIN_REPLACEMENTS = 3;
    private static final char REPLACEMENT = '\uFFFD';

    /**
     * The bytes 0x80–0xBF read as windows-1256, without the punctuation a real word ending in ط or ظ may be
     * followed by (، ؛ ؟ « » quotes, dashes, ellipsis, no-break space, joiners, soft hyphen).
     */
    private static final String CP1256_CONTINUATIONS =
            "\u20AC\u067E\u201A\u0192\u201E\u2020\u2021\u02C6\u2030\u0679\u2039\u0152\u0686\u0698\u0688\u06AF"
                    + "\u2022\u06A9\u2122\u0691\u203A\u0153\u06BA\u00A2\u00A3\u00A4\u00A5\u00A6\u00A7\u00A8\u00A9\u06BE"
                    + "\u00AC\u00AE\u00AF\u00B0\u00B1\u00B2\u00B3\u00B4\u00B5\u00B6\u00B7\u00B8\u00B9\u00BC\u00BD\u00BE";

    private GarbledText() {
    }

    /** Why {@code text} is garbled, or null when it is not. */
    static String diagnose(String text) {
        int letters = 0;
        int cp1256Pairs = 0;
        int latin1Pairs = 0;
        int replacements = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == REPLACEMENT) {
                replacements++;
                continue;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
            if (i + 1 < text.length()) {
                char next = text.charAt(i + 1);
                if ((c == 'ط' || c == 'ظ') && CP1256_CONTINUATIONS.indexOf(next) >= 0) {
                    cp1256Pairs++;
                } else if ((c == 'Ø' || c == 'Ù') && (next >= '\u0080' && next <= '\u00BF' || isCp1252High(next))) {
                    latin1Pairs++;
                }
            }
        }
        int total = Math.max(letters, 1);
        if (cp1256Pairs >= MIN_MOJIBAKE_PAIRS && cp1256Pairs >= MOJIBAKE_SHARE * total) {
            return "mojibake: " + cp1256Pairs + " pairs such as «ط¨» among " + letters
                    + " letters; UTF-8 Arabic was decoded as windows-1256 before it was sent";
        }
        if (latin1Pairs >= MIN_MOJIBAKE_PAIRS && latin1Pairs >= MOJIBAKE_SHARE * total) {
            return "mojibake: " + latin1Pairs + " pairs such as «Ø¨» among " + letters
                    + " letters; UTF-8 Arabic was decoded as Latin-1 or windows-1252 before it was sent";
        }
        if (replacements >= MIN_REPLACEMENTS && replacements >= REPLACEMENT_SHARE * total) {
            return replacements + " U+FFFD replacement characters among " + letters
                    + " letters; the text lost its characters in a decoder before it was sent";
        }
        return null;
    }

    /** What windows-1252 makes of 0x80–0x9F (curly quotes, dashes, €, ‰ …), which a continuation byte may be. */
    private static boolean isCp1252High(char c) {
        return c >= '\u2000' && c <= '\u2122' || c == '\u0152' || c == '\u0153' || c == '\u0160' || c == '\u0161'
                || c == '\u0178' || c == '\u017D' || c == '\u017E' || c == '\u0192' || c == '\u02C6' || c == '\u02DC';
    }
}
