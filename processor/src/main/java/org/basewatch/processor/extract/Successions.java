package org.basewatch.processor.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads "followed" as the departure it continues: in a sequence of handovers ("al-Qaim was handed over
 * on 17 March; Qayyarah followed on the 26th", «سلّم التحالف قاعدة القائم، وتبعتها القيارة») the verb of
 * succession says the same thing happened to the next place. Each {@link CueKind#FOLLOW} becomes a
 * predicate of the kind of the nearest departure before it, within {@link #SENTENCES_BACK} sentences;
 * one with no departure before it says nothing and stays as it is.
 */
final class Successions {
    /** How many sentences back the departure a "followed" continues may stand (its own sentence counts as one). */
    static final int SENTENCES_BACK = 2;

    private Successions() {
    }

    /** An article's cues with its successions resolved, and for each succession the departure it continues. */
    record Sequence(List<Cue> cues, Map<Cue, Cue> continues) {
    }

    /** {@code cues} (in text order), each succession given the kind of the departure it continues. */
    static Sequence resolve(List<Cue> cues, List<Span> sentences) {
        if (cues.stream().noneMatch(c -> c.kind() == CueKind.FOLLOW)) {
            return new Sequence(cues, Map.of());
        }
        List<Cue> out = new ArrayList<>(cues.size());
        Map<Cue, Cue> continues = new HashMap<>();
        Cue departure = null;
        for (Cue c : cues) {
            if (c.kind().isDeparture()) {
                departure = c;
            }
            if (c.kind() == CueKind.FOLLOW && departure != null
                    && sentenceOf(sentences, c.first()) - sentenceOf(sentences, departure.first()) < SENTENCES_BACK) {
                Cue succession = new Cue(departure.kind(), c.first(), c.end(), c.aspect(), c.future(), c.entry());
                continues.put(succession, departure);
                departure = succession; // a sequence goes on: "Qayyarah followed …. Taji is expected to follow"
                out.add(succession);
            } else {
                out.add(c);
            }
        }
        return new Sequence(out, Map.copyOf(continues));
    }

    private static int sentenceOf(List<Span> sentences, int token) {
        for (int i = 0; i < sentences.size(); i++) {
            if (token < sentences.get(i).end()) {
                return i;
            }
        }
        return sentences.size();
    }
}
