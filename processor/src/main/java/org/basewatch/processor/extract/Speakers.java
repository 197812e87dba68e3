package org.basewatch.processor.extract;

import java.util.List;
import java.util.Set;

/** Finds who a claim's sentence attributes it to: the words after a reporting verb ("قال المتحدث باسم …", "X told"). */
final class Speakers {
    /** At most this many words name a speaker. */
    static final int LONGEST_NAME = 7;
    private static final Set<String> ENDS = Set.copyOf(List.of("ان", "إن", "انه", "انها", "that", ",", ":", "\"", "في", "خلال", "اليوم",
            "امس", "on", "in", "ل", "عبر", "لوكاله", "told", "said"));

    private Speakers() {
    }

    /** The speaker of {@code f}'s sentence as the original text writes it, or null. */
    static String of(Frame f, ArticleReading r) {
        Cue report = r.last(CueKind.REPORT, f.sentence().first(), f.predicate().first());
        if (report == null) {
            return null;
        }
        int first = report.end();
        int end = first;
        while (end < f.sentence().end() && end - first < LONGEST_NAME && r.text().token(end).isWord()
                && !ENDS.contains(r.text().token(end).form()) && !r.text().token(end).form().startsWith("ل")) {
            end++;
        }
        if (end - first < 2) {
            return null;
        }
        int start = r.normalized().originalStart(r.text().token(first).start());
        int stop = r.normalized().originalEnd(r.text().token(end - 1).end());
        return r.article().text().substring(start, stop).strip();
    }
}
