package org.basewatch.processor.validate;

/** Character-level checks on article text: control characters out, and how many letters are left. */
final class TextCheck {
    private TextCheck() {
    }

    /** Removes NUL and other control characters and bidi controls, keeping newlines and tabs. */
    static String stripControls(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean drop = (Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r')
                    || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                    || c == '\uFEFF';
            if (drop && out == null) {
                out = new StringBuilder(text.length());
                out.append(text, 0, i);
            }
            if (!drop && out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** How many letters {@code text} has, in any script: fewer than a sentence's worth is no article. */
    static int letters(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                letters++;
            }
        }
        return letters;
    }
}
