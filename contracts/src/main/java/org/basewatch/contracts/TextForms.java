package org.basewatch.contracts;

import java.text.Normalizer;

/**
 * Characters that change how a text is stored, not what it says, shared by every reader that decides something
 * from letters (ingest's language guess, the processor's validation, normalisation and tokenizer):
 * <ul>
 * <li><em>invisible</em> characters: the format characters of Unicode (general category Cf: bidi marks, embeddings,
 * overrides and isolates, the soft hyphen, ZWJ/ZWNJ, the word joiner, the BOM/ZWNBSP) and the Arabic tatweel, which
 * only stretches a line. Inside a word they neither split it nor belong to it: «ح&shy;رير» is «حرير».</li>
 * <li><em>presentation forms</em> (U+FB50–FDFF, U+FE70–FEFE): the contextual and ligature glyphs that PDFs and old
 * pages store instead of letters. Each stands for the letters its NFKC decomposition gives (ﻻ is لا).</li>
 * </ul>
 * Readers fold each character on its own, so that a match in the folded text maps back to the original one.
 */
public final class TextForms {
    private static final char FIRST_FORM = '\uFB50';
    private static final char LAST_FORM = '\uFEFE';
    /** The letters each presentation form stands for, from U+FB50 on; null where a character is not one. */
    private static final String[] EXPANSIONS = new String[LAST_FORM - FIRST_FORM + 1];

    static {
        for (char c = FIRST_FORM; c <= LAST_FORM; c++) {
            if (isPresentationForm(c) && !isInvisible(c)) {
                EXPANSIONS[c - FIRST_FORM] = expansionOf(c);
            }
        }
    }

    private TextForms() {
    }

    /** Whether {@code c} is a format character or the tatweel: dropped wherever it stands, even inside a word. */
    public static boolean isInvisible(char c) {
        return c == '\u0640' || (c >= '\u00AD' && Character.getType(c) == Character.FORMAT);
    }

    /** Whether {@code c} is in the Arabic presentation forms blocks (A: U+FB50–FDFF, B: U+FE70–FEFE). */
    public static boolean isPresentationForm(char c) {
        return c >= FIRST_FORM && c <= '\uFDFF' || c >= '\uFE70' && c <= LAST_FORM;
    }

    /**
     * The letters presentation form {@code c} stands for (its NFKC decomposition: one letter, two for the lam-alef
     * ligatures, words for the phrase ligatures such as U+FDFA); a mark on its own (U+FE70 is a space and a
     * fathatan) is the mark without the space, so it does not split a word. Null when {@code c} is not a
     * presentation form.
     */
    public static String expand(char c) {
        return c >= FIRST_FORM && c <= LAST_FORM ? EXPANSIONS[c - FIRST_FORM] : null;
    }

    /**
     * {@code text} as its reader sees it: invisible characters removed, presentation forms replaced by their letters.
     * For decisions taken on the whole text (its language, its script); a reader that needs offsets into the original
     * folds character by character with {@link #isInvisible} and {@link #expand}.
     */
    public static String plain(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String expansion = expand(c);
            boolean changed = expansion != null || isInvisible(c);
            if (changed && out == null) {
                out = new StringBuilder(text.length() + 16);
                out.append(text, 0, i);
            }
            if (out != null) {
                if (expansion != null) {
                    out.append(expansion);
                } else if (!isInvisible(c)) {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    private static String expansionOf(char c) {
        String nfkc = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
        if (nfkc.codePoints().noneMatch(Character::isLetter)) {
            return nfkc.replace(" ", "");
        }
        return nfkc;
    }
}
