package org.basewatch.processor.extract;

import org.basewatch.processor.text.ArabicNormalizer;
import org.basewatch.processor.text.NormalizedText;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What tells one event from another in a text, for deduplication: the tracked gazetteer places it names (country,
 * regions, governorates, bases, as the extractor finds them with {@link Gazetteer}, including the names that only
 * say where another place lies: "north of Erbil" is part of what happened) and the years it writes (four digits,
 * 1300–2100, so Hijri years too). Two reports written on one template about two bases differ here even when their
 * wording is 0.8 alike. A place or year is <em>key</em> when it is named in the lead or more than once: one named
 * once further down is detail, which a copy that drops that paragraph loses. Other numbers are left out: outlets that republish a wire story convert dates, round
 * counts and append comment counters, so on the labelled copies of dev2 they differed both ways (d2b-05/d2b-12).
 */
public final class EventMentions {
    /**
     * The lead is the first paragraph of at least {@value #LEAD_MIN_WORDS} words (a dateline line before it does not
     * count), at most its first {@value #LEAD_TOKENS} tokens: where a report says what happened and where. A paragraph,
     * not a count of tokens from the start, so that a copy that drops or moves a later paragraph keeps the same lead.
     */
    public static final int LEAD_TOKENS = 80;
    static final int LEAD_MIN_WORDS = 8;
    private static final Gazetteer GAZETTEER = new Gazetteer();

    private final List<String> places;
    private final List<String> keyPlaces;
    private final List<String> years;
    private final List<String> keyYears;

    private EventMentions(Mentions places, Mentions years) {
        this.places = places.all();
        this.keyPlaces = places.key();
        this.years = years.all();
        this.keyYears = years.key();
    }

    /** The tracked places (gazetteer ids) and years of {@code text}, each once, sorted, and which of them are key. */
    public static EventMentions of(String text) {
        if (text == null || text.isEmpty()) {
            return new EventMentions(new Mentions(0), new Mentions(0));
        }
        NormalizedText normalized = ArabicNormalizer.withOffsets(text);
        TokenizedText tokens = new TokenizedText(normalized.text(), normalized, text);
        List<PlaceMention> locations = new ArrayList<>();
        List<PlaceMention> found = new ArrayList<>(GAZETTEER.find(tokens, locations));
        found.addAll(locations);
        int leadEnd = leadEnd(tokens);
        Mentions places = new Mentions(leadEnd);
        for (PlaceMention m : found) {
            if (m.isTracked()) {
                places.add(m.place(), m.first());
            }
        }
        Mentions years = new Mentions(leadEnd);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.token(i);
            if (t.kind() == Token.Kind.NUMBER && t.form().length() == 4 && t.form().chars().allMatch(c -> c >= '0' && c <= '9')) {
                int year = Integer.parseInt(t.form());
                if (year >= 1300 && year <= 2100) {
                    years.add(t.form(), i);
                }
            }
        }
        return new EventMentions(places, years);
    }

    /** Tracked places named anywhere. */
    public List<String> places() {
        return places;
    }

    /** The places that make the event: named in the lead or more than once. */
    public List<String> keyPlaces() {
        return keyPlaces;
    }

    public List<String> years() {
        return years;
    }

    /** The years in the lead or written more than once. */
    public List<String> keyYears() {
        return keyYears;
    }

    /** The token index where the lead ends (exclusive). */
    private static int leadEnd(TokenizedText tokens) {
        int start = 0;
        int words = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.token(i);
            if (t.kind() == Token.Kind.LINE) {
                if (words >= LEAD_MIN_WORDS) {
                    return Math.min(i, start + LEAD_TOKENS);
                }
                start = i + 1;
                words = 0;
            } else if (t.isWord() || t.kind() == Token.Kind.NUMBER) {
                words++;
            }
        }
        return words >= LEAD_MIN_WORDS ? Math.min(tokens.size(), start + LEAD_TOKENS) : 0;
    }

    private static final class Mentions {
        private final TreeMap<String, Integer> count = new TreeMap<>();
        private final TreeSet<String> inLead = new TreeSet<>();
        private final int leadEnd;

        Mentions(int leadEnd) {
            this.leadEnd = leadEnd;
        }

        void add(String value, int token) {
            count.merge(value, 1, Integer::sum);
            if (token < leadEnd) {
                inLead.add(value);
            }
        }

        List<String> all() {
            return List.copyOf(count.keySet());
        }

        List<String> key() {
            return count.entrySet().stream().filter(e -> e.getValue() > 1 || inLead.contains(e.getKey()))
                    .map(Map.Entry::getKey).toList();
        }
    }
}
