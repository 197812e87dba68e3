package org.basewatch.processor.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The calendar words of {@code calendar.txt} (months of both Arabic systems and English, weekdays,
 * ordinal days, relative words, edges of a period, units, today/yesterday), labelled on an article's
 * tokens for the {@link DateFinder}.
 */
final class Calendar {
    static final String RESOURCE = "calendar.txt";

    enum Section { MONTH, WEEKDAY, ORDINAL, SHIFT, EDGE, UNIT, DAY_WORD }

    /** A calendar word found at a token: its section, its value ("9", "-1", "end", "week") and the token after it. */
    record Word(Section section, String value, int end) {
        int number() {
            return Integer.parseInt(value);
        }
    }

    private record Entry(Section section, String value) {
    }

    private final PhraseIndex<Entry> index = new PhraseIndex<>();

    private Calendar() {
    }

    static Calendar load() {
        Calendar c = new Calendar();
        try (InputStream in = Calendar.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Section section = null;
            String line;
            int n = 0;
            while ((line = reader.readLine()) != null) {
                n++;
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                if (s.startsWith("[")) {
                    section = Section.valueOf(s.substring(1, s.length() - 1));
                    continue;
                }
                int eq = s.lastIndexOf('=');
                if (section == null || eq < 0) {
                    throw new IllegalArgumentException(RESOURCE + ":" + n + ": expected 'phrase = value' under a [SECTION]");
                }
                c.index.add(Phrase.parse(s.substring(0, eq).strip()), new Entry(section, s.substring(eq + 1).strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return c;
    }

    /** The longest calendar word beginning at each token (null where none does). */
    Word[] label(TokenizedText text) {
        Word[] out = new Word[text.size()];
        for (int i = 0; i < text.size(); i++) {
            Token t = text.token(i);
            if (!t.isWord()) {
                continue;
            }
            for (PhraseIndex.Match<Entry> m : index.matchesAt(text, i)) {
                // of two words as long, today/yesterday is the day word, not the unit "day" ("اليوم")
                if (out[i] == null || m.end() > out[i].end()
                        || m.end() == out[i].end() && m.value().section() == Section.DAY_WORD) {
                    out[i] = new Word(m.value().section(), m.value().value(), m.end());
                }
            }
        }
        return out;
    }
}
