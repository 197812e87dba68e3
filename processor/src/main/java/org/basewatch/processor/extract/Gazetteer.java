package org.basewatch.processor.extract;

import org.basewatch.contracts.Place;
import org.basewatch.contracts.Places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Finds the places of the gazetteer ({@link Places}, read from {@code places.json}) in an article,
 * and drops the names that do not stand for a place there: a name inside a longer one ("حكومة
 * إقليم كردستان" is a government), a weak name without a preposition or base noun before it
 * ("بغداد" as a government), a name that only says where something else lies ("شمال شرقي أربيل",
 * "Ain al-Asad air base in Anbar province"), and a dateline ("بغداد /").
 */
final class Gazetteer {
    /** How many tokens a location phrase after a base may have before the governorate or region it names. */
    static final int LOCATION_REACH = 4;

    private record Name(Place place, Phrase phrase, boolean weak) {
    }

    private static final Set<String> PREPOSITIONS = Set.copyOf(List.of("في", "من", "الي", "نحو", "باتجاه", "صوب", "داخل", "عن", "ضمن",
            "لدي", "خارج", "to", "from", "in", "at", "into", "toward", "towards", "inside", "out", "of", "for", "across", "within"));
    private static final Set<String> BASE_NOUNS = Set.copyOf(List.of("قاعده", "القاعده", "معسكر", "المعسكر", "مطار", "المطار", "مقر",
            "المقر", "قاعدتي", "قواعد", "القواعد", "منشاه", "موقع", "base", "camp", "airport", "airbase", "facility", "site"));
    static final Set<String> DIRECTIONS = Set.copyOf(List.of("شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي",
            "قرب", "قرابه", "ضواحي", "اطراف", "محيط", "وسط", "north", "south", "east", "west", "northeast", "northwest",
            "southeast", "southwest", "near", "outside", "outskirts", "northern", "southern", "western", "eastern", "central",
            "next", "adjacent", "beside", "الملاصقه", "المجاوره", "بجوار", "بالقرب", "المحاذيه", "عاصمه", "capital"));
    private static final Set<String> LOCATION_WORDS = Set.copyOf(List.of("في", "ب", "محافظه", "مدينه", "قضاء", "ناحيه", "in", "province",
            "governorate", "the", "of", "city", ",", "(", "region", "اقليم", "بمحافظه", "بمدينه", "الجويه", "air", "base", "compound",
            "complex", "headquarters", "facility", "airbase", "airfield", "camp"));
    private static final Set<String> DATELINE_MARKS = Set.copyOf(List.of("/", ",", "–", "—", ":", "|"));
    private static final Set<String> LIST_JOINS = Set.copyOf(List.of("و", ",", "and", "or", "او"));

    private final PhraseIndex<Name> index = new PhraseIndex<>();
    /** The first words of Arabic names that begin with "ب", which is then no preposition ("بغداد", "بسماية"). */
    private static final List<String> NAMES_IN_B = Places.gazetteer().stream()
            .flatMap(p -> java.util.stream.Stream.concat(p.names().stream(), p.weakNames().stream()))
            .map(n -> Phrase.parse(n).words().get(0).stem())
            .filter(w -> w.startsWith("ب"))
            .distinct()
            .toList();

    /** Whether {@code word} begins with a place name whose first letter is "ب" (so that letter is no preposition). */
    static boolean beginsWithNameInB(String word) {
        for (String n : NAMES_IN_B) {
            if (word.startsWith(n)) {
                return true;
            }
        }
        return false;
    }

    Gazetteer() {
        for (Place p : Places.gazetteer()) {
            for (String n : p.names()) {
                add(new Name(p, Phrase.parse(n), false));
            }
            for (String n : p.weakNames()) {
                add(new Name(p, Phrase.parse(n), true));
            }
        }
    }

    private void add(Name n) {
        index.add(n.phrase(), n);
    }

    /** The place mentions of {@code text}, by position, that stand for places. */
    List<PlaceMention> find(TokenizedText text) {
        return find(text, null);
    }

    /**
     * Like {@link #find(TokenizedText)}, adding to {@code locations} (when not null) the names dropped
     * because they only say where another place lies, so that a list can step over them ("Ain al-Asad
     * in Anbar, the Union III compound in Baghdad, and Harir").
     */
    List<PlaceMention> find(TokenizedText text, List<PlaceMention> locations) {
        List<PlaceMention> raw = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            Token t = text.token(i);
            if (!t.isWord() && t.kind() != Token.Kind.NUMBER) {
                continue;
            }
            for (PhraseIndex.Match<Name> m : index.matchesAt(text, i)) {
                Name n = m.value();
                raw.add(new PlaceMention(n.place().id(), n.place().kind(), i, m.end(), n.weak()));
            }
        }
        List<PlaceMention> longest = longestFirst(raw);
        List<PlaceMention> out = new ArrayList<>();
        List<PlaceMention> dropped = new ArrayList<>();
        for (int k = 0; k < longest.size(); k++) {
            PlaceMention m = longest.get(k);
            if (m.kind() == Place.Kind.NOT_A_PLACE || isDateline(text, m)) {
                continue;
            }
            if (m.weak() && !standsAsPlace(text, m, longest, k)) {
                if (locations != null) {
                    locations.add(m); // "in Baghdad's Green Zone": a name that describes, which a list steps over
                }
                continue;
            }
            if (isDescriptive(text, m) || isPossessor(text, m) || isLocationOfBase(text, m, out, dropped)) {
                dropped.add(m);
                if (locations != null) {
                    locations.add(m);
                }
                continue;
            }
            out.add(m);
        }
        return out;
    }

    /** Of overlapping names the longest, the earliest on a tie: "مطار أربيل" is the air base, not the governorate. */
    private static List<PlaceMention> longestFirst(List<PlaceMention> raw) {
        raw.sort(Comparator.comparingInt(PlaceMention::first).thenComparing(m -> -(m.end() - m.first())));
        List<PlaceMention> out = new ArrayList<>();
        for (PlaceMention m : raw) {
            boolean covered = false;
            for (PlaceMention o : out) {
                if (o.first() < m.end() && m.first() < o.end()) {
                    covered = true;
                    break;
                }
            }
            if (!covered) {
                out.add(m);
            }
        }
        return out;
    }

    /** "شمال شرقي أربيل", "north of Baghdad", "near Baghdad": the name places something else. */
    private static boolean isDescriptive(TokenizedText text, PlaceMention m) {
        int before = previousWord(text, m.first());
        if (before > 0 && (text.token(before).is("of") || text.token(before).is("من"))) {
            before = previousWord(text, before);
        }
        return before >= 0 && isOneOf(DIRECTIONS, text, before);
    }

    /** "Iraq's prime minister", "Baghdad's Green Zone": a country, region or governorate that owns what follows. */
    private static boolean isPossessor(TokenizedText text, PlaceMention m) {
        return m.kind() != Place.Kind.BASE && m.end() < text.size() && text.token(m.end()).is("'s");
    }

    /** "بغداد / داس", "BAGHDAD, Jan 18": the first word of a line, then a mark. */
    private static boolean isDateline(TokenizedText text, PlaceMention m) {
        boolean lineStart = m.first() == 0 || text.token(m.first() - 1).kind() == Token.Kind.LINE;
        return lineStart && m.end() < text.size() && DATELINE_MARKS.contains(text.token(m.end()).form());
    }

    /**
     * A weak name stands for the place after a preposition (also one written into the word: "بأربيل"),
     * after a base noun, or in a list next to another place.
     */
    private static boolean standsAsPlace(TokenizedText text, PlaceMention m, List<PlaceMention> all, int index) {
        String first = text.token(m.first()).form();
        String bare = first.startsWith("و") ? first.substring(1) : first;
        if (text.token(m.first()).kind() == Token.Kind.ARABIC && (bare.startsWith("ب") && !beginsWithNameInB(bare)
                || bare.startsWith("لل"))) {
            return true;
        }
        int before = previousWord(text, m.first());
        if (before >= 0) {
            if (isOneOf(PREPOSITIONS, text, before) || isOneOf(BASE_NOUNS, text, before)) {
                return true;
            }
        }
        return index > 0 && listed(text, all.get(index - 1), m) || index + 1 < all.size() && listed(text, m, all.get(index + 1));
    }

    /** Whether {@code b} follows {@code a} in a list: only "و", ",", "and", "or" between them. */
    private static boolean listed(TokenizedText text, PlaceMention a, PlaceMention b) {
        if (!a.isTracked() || !b.isTracked() || b.first() - a.end() > 2) {
            return false;
        }
        for (int i = a.end(); i < b.first(); i++) {
            if (!isOneOf(LIST_JOINS, text, i)) {
                return false;
            }
        }
        return b.first() > a.end() || text.token(b.first()).form().startsWith("و");
    }

    /**
     * "قاعدة عين الأسد في محافظة الأنبار", "Harir air base in the Kurdistan region", "المناطق الاتحادية في
     * العراق": where a place lies (a larger one right after it), not a claim.
     */
    private static boolean isLocationOfBase(TokenizedText text, PlaceMention m, List<PlaceMention> kept,
                                            List<PlaceMention> dropped) {
        if (m.kind() != Place.Kind.GOVERNORATE && m.kind() != Place.Kind.REGION && m.kind() != Place.Kind.COUNTRY
                || kept.isEmpty()) {
            return false;
        }
        PlaceMention prev = kept.get(kept.size() - 1);
        if (!prev.isTracked() || prev.kind().ordinal() <= m.kind().ordinal() && prev.kind() != Place.Kind.BASE
                || m.first() - prev.end() > LOCATION_REACH) {
            return false;
        }
        if (text.token(m.first()).kind() == Token.Kind.ARABIC && text.token(m.first()).form().startsWith("و")) {
            return false; // "حرير وأربيل": a list, not where Harir lies
        }
        for (int i = prev.end(); i < m.first(); i++) {
            Token t = text.token(i);
            if (insideAny(dropped, i)) {
                continue; // "حرير في محافظة أربيل بإقليم كردستان": a location of the location
            }
            if (t.is("\"") || t.is("'") || t.is("(") || t.is(")")) {
                continue; // «كي وان» في كركوك: the quotes close the name
            }
            if (t.is("and") || t.is(",") || t.is("or") || t.kind() == Token.Kind.ARABIC && t.form().startsWith("و")
                    || !isOneOf(LOCATION_WORDS, text, i) && !isOneOf(DIRECTIONS, text, i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean insideAny(List<PlaceMention> mentions, int token) {
        if (mentions == null) {
            return false;
        }
        for (PlaceMention m : mentions) {
            if (token >= m.first() && token < m.end()) {
                return true;
            }
        }
        return false;
    }

    private static int previousWord(TokenizedText text, int i) {
        int k = i - 1;
        while (k >= 0 && text.token(k).kind() == Token.Kind.PUNCT && (text.token(k).is("\"") || text.token(k).is("("))) {
            k--;
        }
        return k >= 0 && text.token(k).kind() != Token.Kind.LINE ? k : -1;
    }

    /** Whether token {@code i} is one of {@code words}, as written or without a leading conjunction "و" ("وفي" is "في"). */
    static boolean isOneOf(Set<String> words, TokenizedText text, int i) {
        Token t = text.token(i);
        String f = t.form();
        return words.contains(f) || t.kind() == Token.Kind.ARABIC && f.length() > 2 && f.startsWith("و")
                && words.contains(f.substring(1));
    }
}
