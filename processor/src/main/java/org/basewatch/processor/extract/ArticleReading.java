package org.basewatch.processor.extract;

import org.basewatch.contracts.Article;
import org.basewatch.processor.text.NormalizedText;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything the stages read about one article, worked out once: its normalized text and tokens,
 * the vocabulary's cues, the place mentions (and the names that only locate another place), the
 * sentences and the dates; for each succession ("followed"), the departure it continues ({@link Successions}).
 */
record ArticleReading(Article article, NormalizedText normalized, TokenizedText text, List<Cue> cues,
                      List<PlaceMention> places, List<PlaceMention> locations, List<Span> sentences, List<DateMention> dates,
                      LocalDate published, Map<Cue, Cue> continues) {

    /** Whether a cue of {@code kind} begins in tokens {@code [from, to)}. */
    boolean has(CueKind kind, int from, int to) {
        return first(kind, from, to) != null;
    }

    /** The first cue of {@code kind} that begins in tokens {@code [from, to)}, or null. */
    Cue first(CueKind kind, int from, int to) {
        for (int i = firstCueAt(from); i < cues.size() && cues.get(i).first() < to; i++) {
            if (cues.get(i).kind() == kind) {
                return cues.get(i);
            }
        }
        return null;
    }

    /** The last cue of {@code kind} that begins in tokens {@code [from, to)}, or null. */
    Cue last(CueKind kind, int from, int to) {
        Cue found = null;
        for (int i = firstCueAt(from); i < cues.size() && cues.get(i).first() < to; i++) {
            if (cues.get(i).kind() == kind) {
                found = cues.get(i);
            }
        }
        return found;
    }

    /** The cues that begin in {@code span}. */
    List<Cue> cues(Span span) {
        if (span.end() <= span.first()) {
            return List.of();
        }
        int from = firstCueAt(span.first());
        int to = firstCueAt(span.end());
        return cues.subList(from, to);
    }

    /** The place mentions that begin in {@code span}. */
    List<PlaceMention> places(Span span) {
        return places.stream().filter(p -> span.contains(p.first())).toList();
    }

    /** The sentence holding token {@code i}, as its index in {@link #sentences}; -1 for a line token. */
    int sentenceOf(int i) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = sentences.get(mid);
            if (i < s.first()) {
                hi = mid - 1;
            } else if (i >= s.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    private int firstCueAt(int token) {
        int lo = 0;
        int hi = cues.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cues.get(mid).first() < token) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
