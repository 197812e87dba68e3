package org.basewatch.processor.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The words the extractor knows, read from {@code vocabulary.txt}: one section per {@link CueKind}
 * ({@code [WITHDRAW]}), one phrase per line in {@link WordPattern}'s notation, an optional tag
 * ({@code :noun}, {@code :ongoing}) saying what a predicate's form tells about time, and lines
 * beginning with {@code !} for phrases that look like the kind but are not (checked where the
 * phrase begins). Finds every phrase of an article in one pass over its tokens.
 */
final class Vocabulary {
    static final String RESOURCE = "vocabulary.txt";
    /** No phrase of the vocabulary is longer than this many tokens, so overlaps are looked for no further back. */
    private static final int LONGEST_PHRASE = 12;

    private record Entry(CueKind kind, Phrase phrase, Cue.Aspect aspect, boolean exclusion) {
    }

    private final PhraseIndex<Entry> index = new PhraseIndex<>();
    private final Map<CueKind, Integer> counts = new EnumMap<>(CueKind.class);

    private Vocabulary(List<Entry> entries) {
        for (Entry e : entries) {
            index.add(e.phrase(), e);
            counts.merge(e.kind(), 1, Integer::sum);
        }
    }

    static Vocabulary load() {
        try (InputStream in = Vocabulary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Vocabulary parse(BufferedReader reader, String name) throws IOException {
        List<Entry> entries = new ArrayList<>();
        CueKind kind = null;
        String line;
        int n = 0;
        while ((line = reader.readLine()) != null) {
            n++;
            String s = line.strip();
            int hash = s.indexOf(" #");
            if (hash >= 0) {
                s = s.substring(0, hash).strip();
            }
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            if (s.startsWith("[") && s.endsWith("]")) {
                try {
                    kind = CueKind.valueOf(s.substring(1, s.length() - 1).trim());
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(name + ":" + n + ": unknown section " + s);
                }
                continue;
            }
            if (kind == null) {
                throw new IllegalArgumentException(name + ":" + n + ": a phrase before any [SECTION]");
            }
            boolean exclusion = s.startsWith("!");
            if (exclusion) {
                s = s.substring(1).strip();
            }
            Cue.Aspect aspect = Cue.Aspect.PAST;
            int colon = s.lastIndexOf(" :");
            if (colon >= 0) {
                String tag = s.substring(colon + 2).strip();
                aspect = switch (tag) {
                    case "noun" -> Cue.Aspect.NOUN;
                    case "ongoing" -> Cue.Aspect.ONGOING;
                    case "past" -> Cue.Aspect.PAST;
                    default -> throw new IllegalArgumentException(name + ":" + n + ": unknown tag :" + tag);
                };
                s = s.substring(0, colon).strip();
            }
            try {
                entries.add(new Entry(kind, Phrase.parse(s), aspect, exclusion));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + ":" + n + ": " + e.getMessage(), e);
            }
        }
        return new Vocabulary(entries);
    }

    /** How many phrases each kind has (for tests and the vocabulary's own report). */
    Map<CueKind, Integer> counts() {
        return Map.copyOf(counts);
    }

    /** Every phrase of the vocabulary found in {@code text}, by position; see {@link #resolveOverlaps}. */
    List<Cue> find(TokenizedText text) {
        List<Cue> found = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            List<PhraseIndex.Match<Entry>> matches = index.matchesAt(text, i);
            if (matches.isEmpty()) {
                continue;
            }
            List<CueKind> excluded = new ArrayList<>(0);
            for (PhraseIndex.Match<Entry> m : matches) {
                if (m.value().exclusion()) {
                    excluded.add(m.value().kind());
                }
            }
            Token t = text.token(i);
            for (PhraseIndex.Match<Entry> m : matches) {
                Entry e = m.value();
                if (e.exclusion() || excluded.contains(e.kind())) {
                    continue;
                }
                boolean future = t.kind() == Token.Kind.ARABIC && ArabicWord.isFuture(t.form())
                        && !e.phrase().words().get(0).stem().startsWith("س");
                found.add(new Cue(e.kind(), i, m.end(), e.aspect(), future, e.phrase().written()));
            }
        }
        return resolveOverlaps(found);
    }

    /**
     * Keeps, of overlapping predicates, the longest (the first on a tie): "انتهاء المهام القتالية"
     * is the end of combat, not an end of presence; of two cues of one kind at one place, the longest.
     * Other kinds overlap freely: "نفي" can be a denial inside a longer phrase.
     */
    static List<Cue> resolveOverlaps(List<Cue> found) {
        found.sort(Comparator.comparingInt(Cue::first).thenComparing(c -> -(c.end() - c.first())));
        List<Cue> out = new ArrayList<>(found.size());
        for (Cue c : found) {
            boolean covered = false;
            for (int k = out.size() - 1; k >= 0 && !covered && out.get(k).first() >= c.first() - LONGEST_PHRASE; k--) {
                Cue o = out.get(k);
                boolean overlaps = o.first() < c.end() && c.first() < o.end();
                boolean rivals = o.kind() == c.kind() || o.kind().isPredicate() && c.kind().isPredicate();
                covered = overlaps && rivals && o.end() - o.first() >= c.end() - c.first();
            }
            if (!covered) {
                out.add(c);
            }
        }
        return out;
    }
}
