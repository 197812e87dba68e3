package org.basewatch.processor.validate;

/** Character-level checks on article text: control characters out, and which script the letters are in. */
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

    record Letters(int arabic, int persian, int latin, int other) {
        int total() {
            return arabic + latin + other;
        }

        /** "ar" or "en" when that script carries the text, null when another script does. */
        String language() {
            if (arabic >= latin && arabic * 2 >= total() && persian * 20 < Math.max(arabic, 1)) {
                return "ar";
            }
            if (latin > arabic && latin * 2 >= total()) {
                return "en";
            }
            return null;
        }

        String dominantScript() {
            if (arabic > 0 && persian * 20 >= arabic) {
                return "Persian";
            }
            return other >= arabic && other >= latin ? "another script" : arabic >= latin ? "Arabic" : "Latin";
        }
    }

    /**
     * The letters of {@code text} by script. Give it {@link org.basewatch.contracts.TextForms#plain} text: a Persian
     * letter stored as a presentation form (U+FB56 for پ) is only counted as Persian once folded.
     */
    static Letters letters(String text) {
        int arabic = 0, persian = 0, latin = 0, other = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            if (c >= '\u0600' && c <= '\u06FF' || c >= '\u0750' && c <= '\u077F' || c >= '\uFB50' && c <= '\uFEFC') {
                arabic++;
                // letters Persian uses and Arabic news prose does not (پ چ ژ گ ک ی)
                if (c == '\u067E' || c == '\u0686' || c == '\u0698' || c == '\u06AF' || c == '\u06A9' || c == '\u06CC') {
                    persian++;
                }
            } else if (c < 0x250) {
                latin++;
            } else {
                other++;
            }
        }
        return new Letters(arabic, persian, latin, other);
    }
}
