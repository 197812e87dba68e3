package org.basewatch.processor.extract;

/**
 * One word, number or punctuation mark of a normalized article, at {@code [start, end)} of the
 * normalized text. {@code form} is what patterns compare: the text itself, lower case, except where
 * the tokenizer spells a form out ("u.s." is "us", the "n't" of "aren't" is "not").
 */
record Token(int start, int end, String form, Kind kind) {

    enum Kind { ARABIC, LATIN, NUMBER, PUNCT, LINE }

    boolean isWord() {
        return kind == Kind.ARABIC || kind == Kind.LATIN;
    }

    boolean is(String s) {
        return form.equals(s);
    }
}
