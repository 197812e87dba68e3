package org.basewatch.processor.extract;

import java.util.regex.Pattern;

/** Compiles patterns written with ordinary Arabic spelling so they match text folded by the normalizer. */
final class Rx {
    /** Word start: not after a letter or digit, allowing the clitics و ف ب ل ك س in front. */
    static final String W = "(?<![\\p{L}\\p{N}])[وفبلكس]{0,3}";
    /** Word end: not followed by a letter. */
    static final String E = "(?![\\p{L}])";

    private Rx() {
    }

    /** Compiles case-sensitively: the normalizer has already lower-cased Latin and Arabic has no case. */
    static Pattern compile(String regex) {
        return Pattern.compile(fold(regex));
    }

    /** Folds the Arabic letters of a pattern as the normalizer folds text; regex syntax stays untouched. */
    static String fold(String regex) {
        StringBuilder out = new StringBuilder(regex.length());
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c >= 0x0600 && c <= 0x06FF) {
                char f = org.basewatch.processor.text.ArabicNormalizer.foldArabic(c);
                if (f != 0) {
                    out.append(f);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
