package org.basewatch.processor.extract;

import org.basewatch.processor.text.ArabicNormalizer;

/**
 * One word of a vocabulary phrase, as a linguist writes it in the data files:
 * <ul>
 *   <li>{@code انسحاب} — that word, with or without clitics and the article (write {@code القائم}
 *       to require the article);</li>
 *   <li>{@code انسحب+} — that stem with up to {@value #MAX_SUFFIX} letters of inflection after it
 *       ({@code انسحبت}, {@code انسحبوا}; {@code withdraw+}: withdraws, withdrawn, withdrawal);</li>
 *   <li>{@code withdr*} — any word that begins so;</li>
 *   <li>{@code ~} — any one word; {@code <number>} — any number; a punctuation mark — itself.</li>
 * </ul>
 */
record WordPattern(String stem, Mode mode) {
    static final int MAX_SUFFIX = 4;

    enum Mode { EXACT, INFLECTED, PREFIX, ANY_WORD, NUMBER }

    static WordPattern parse(String written) {
        if (written.equals("~")) {
            return new WordPattern("", Mode.ANY_WORD);
        }
        if (written.equals("<number>")) {
            return new WordPattern("", Mode.NUMBER);
        }
        Mode mode = written.endsWith("+") ? Mode.INFLECTED : written.endsWith("*") ? Mode.PREFIX : Mode.EXACT;
        String stem = mode == Mode.EXACT ? written : written.substring(0, written.length() - 1);
        String norm = ArabicNormalizer.normalize(stem);
        if (norm.isEmpty()) {
            throw new IllegalArgumentException("empty word pattern: '" + written + "'");
        }
        return new WordPattern(norm, mode);
    }

    boolean isArabic() {
        return !stem.isEmpty() && Tokenizer.isArabicLetter(stem.charAt(0));
    }

    boolean requiresArticle() {
        return stem.startsWith("ال") && stem.length() > 3;
    }

    boolean matches(TokenizedText text, int i) {
        Token t = text.token(i);
        switch (mode) {
            case ANY_WORD:
                return t.isWord() || t.kind() == Token.Kind.NUMBER;
            case NUMBER:
                return t.kind() == Token.Kind.NUMBER;
            default:
                break;
        }
        if (t.kind() == Token.Kind.ARABIC) {
            if (!isArabic()) {
                return false;
            }
            for (String reading : text.readings(i)) {
                if (fits(reading) || !requiresArticle() && reading.startsWith("ال") && fits(reading.substring(2))) {
                    return true;
                }
            }
            return false;
        }
        return fits(t.form());
    }

    private boolean fits(String form) {
        return switch (mode) {
            case EXACT -> form.equals(stem);
            case INFLECTED -> form.startsWith(stem) && form.length() - stem.length() <= MAX_SUFFIX;
            case PREFIX -> form.startsWith(stem);
            default -> false;
        };
    }

    @Override
    public String toString() {
        return switch (mode) {
            case EXACT -> stem;
            case INFLECTED -> stem + "+";
            case PREFIX -> stem + "*";
            case ANY_WORD -> "~";
            case NUMBER -> "<number>";
        };
    }
}
