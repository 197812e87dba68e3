package org.basewatch.sink.http;

/**
 * The sentence around a claim's span in its article's text, and where the span lies inside it, so the page can
 * highlight what the extractor read within what the article said. A sentence ends at a full stop, a question or
 * exclamation mark (Latin or Arabic), an Arabic semicolon or a line break; a very long one is cut around the span.
 */
record Sentence(String text, int spanStart, int spanEnd) {
    /** Enough context either side of the span for a reader; beyond this a run-on "sentence" is cut. */
    static final int MAX_CONTEXT_CHARS = 300;
    private static final String ENDS = ".!?؟؛\n\r";

    /** The sentence of {@code article} holding {@code [start, end)}, or null when the offsets do not fit the text. */
    static Sentence around(String article, int start, int end) {
        if (article == null || start < 0 || end > article.length() || start >= end) {
            return null;
        }
        int from = start;
        while (from > 0 && start - from < MAX_CONTEXT_CHARS && ENDS.indexOf(article.charAt(from - 1)) < 0) {
            from--;
        }
        int to = end;
        while (to < article.length() && to - end < MAX_CONTEXT_CHARS && ENDS.indexOf(article.charAt(to - 1)) < 0) {
            to++;
        }
        String raw = article.substring(from, to);
        String text = raw.strip();
        int lead = raw.indexOf(text);
        return new Sentence(text, Math.max(0, start - from - lead), Math.min(end - from - lead, text.length()));
    }

    /** Where {@code quote} stands in {@code article}: at {@code start} when it does there, else its first occurrence. */
    static Sentence find(String article, String quote, int start) {
        if (article == null || quote == null || quote.isEmpty()) {
            return null;
        }
        if (start >= 0 && article.startsWith(quote, start)) {
            return around(article, start, start + quote.length());
        }
        int at = article.indexOf(quote);
        return at < 0 ? null : around(article, at, at + quote.length());
    }
}
