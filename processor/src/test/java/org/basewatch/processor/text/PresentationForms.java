package org.basewatch.processor.text;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes Arabic text the way a PDF or an old web page stores it: every letter as its contextual presentation form
 * (U+FE70–FEFF: isolated, initial, medial, final) and lam + alef as one ligature, the reverse of NFKC. The forms are
 * found from the Unicode names ("ARABIC LETTER BEH INITIAL FORM"), not from a hand-made table.
 */
public final class PresentationForms {
    private static final Map<String, Character> FORMS = new HashMap<>();

    static {
        for (char c = '\uFE70'; c <= '\uFEFC'; c++) {
            String name = Character.getName(c);
            if (name == null) {
                continue;
            }
            String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
            for (String form : new String[] {"ISOLATED", "FINAL", "INITIAL", "MEDIAL"}) {
                if (name.endsWith(form + " FORM")) {
                    FORMS.putIfAbsent(base + "/" + form, c);
                }
            }
        }
    }

    private PresentationForms() {
    }

    /** {@code text} in presentation forms; characters without one (spaces, punctuation, digits) stay as they are. */
    public static String of(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean joinsBefore = i > 0 && joinsForward(text.charAt(i - 1)) && form(c, "FINAL") != null;
            if (c == 'ل' && i + 1 < text.length() && "اأإآ".indexOf(text.charAt(i + 1)) >= 0) {
                Character lig = FORMS.get("ل" + text.charAt(i + 1) + "/" + (joinsBefore ? "FINAL" : "ISOLATED"));
                if (lig != null) {
                    out.append(lig.charValue());
                    i++;
                    continue;
                }
            }
            boolean joinsAfter = joinsForward(c) && i + 1 < text.length() && form(text.charAt(i + 1), "FINAL") != null;
            String f = joinsBefore ? (joinsAfter ? "MEDIAL" : "FINAL") : (joinsAfter ? "INITIAL" : "ISOLATED");
            Character shaped = form(c, f);
            out.append(shaped != null ? shaped.charValue() : c);
        }
        return out.toString();
    }

    /** Dual-joining letters (those with an initial form) join the letter after them. */
    private static boolean joinsForward(char c) {
        return form(c, "INITIAL") != null;
    }

    private static Character form(char c, String form) {
        return FORMS.get(c + "/" + form);
    }
}
