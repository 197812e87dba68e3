package org.basewatch.processor.extract;

import java.util.List;
import java.util.Set;

/**
 * How a place stands to the predicate of its clause, read from the preposition before it: forces
 * left FROM it, went TO it, are AT it, or the place is the DIRECT object or subject ("سلّمت
 * القاعدة", "Camp Taji was handed over").
 */
enum Direction {
    FROM, TO, AT, DIRECT;

    private static final Set<String> FROM_WORDS = Set.copyOf(List.of("من", "عن", "منها", "منه", "from", "off"));
    private static final Set<String> TO_WORDS = Set.copyOf(List.of("الي", "نحو", "باتجاه", "صوب", "اتجاه", "لي", "to", "toward",
            "towards", "into", "for"));
    private static final Set<String> AT_WORDS = Set.copyOf(List.of("في", "داخل", "لدي", "ضمن", "فيها", "at", "in", "inside", "within",
            "on"));
    /** Words between a preposition and a name that belong to the name's phrase ("من قاعدة", "from the base at"). */
    private static final Set<String> NAME_LEAD = Set.copyOf(List.of("قاعده", "القاعده", "معسكر", "المعسكر", "مطار", "المطار", "مقر",
            "مقار", "المقر", "قاعدتي", "القاعدتين", "قواعد", "القواعد", "منشاه", "موقع", "الموقع", "مواقع", "المواقع", "المنطقه",
            "the", "base", "bases", "camp", "its", "their", "air", "airport", "facility", "site", "sites", "us", "american",
            "coalition", "compound", "of", "ارض", "كل", "جميع", "شبر", "محافظه", "مدينه", "مناطق", "all", "every", "remaining",
            "main", "largest", "العسكريه", "الملحقه", "الجويه", "الواقعه", "الرئيسيه", "military", "attached", "\"", "semi", "autonomous",
            "-", "northern", "western", "southern", "eastern", "kurdish", "federal", "sprawling", "nearby"));

    /** How many lead words may stand between a preposition and a name ("to the semi-autonomous Kurdistan region"). */
    private static final int LEAD_WORDS = 5;

    /** The direction of a place whose name begins at token {@code first}. */
    static Direction of(TokenizedText text, int first) {
        Direction before = before(text, first);
        if (before != DIRECT) {
            return before;
        }
        Direction attached = attached(text.token(first));
        return attached != null ? attached : DIRECT;
    }

    /** The direction a preposition before the name's lead words gives ("إلى القاعدة العسكرية الملحقة بمطار"). */
    private static Direction before(TokenizedText text, int first) {
        int k = first - 1;
        int lead = 0;
        while (k >= 0 && lead < LEAD_WORDS && text.token(k).kind() != Token.Kind.LINE) {
            Token t = text.token(k);
            Direction d = word(t.form());
            if (d == null && t.kind() == Token.Kind.ARABIC && t.form().startsWith("و")) {
                d = word(t.form().substring(1));
            }
            if (d != null) {
                // "out of" is "from"; "of" alone leads a name ("the base of")
                if (t.is("of") && k > 0 && text.token(k - 1).is("out")) {
                    return FROM;
                }
                return d;
            }
            if (!NAME_LEAD.contains(t.form()) && !NAME_LEAD.contains(stripConjunction(t))) {
                Direction onLead = attached(t);
                return onLead != null && NAME_LEAD.contains(stripPreposition(t)) ? onLead : DIRECT;
            }
            Direction onLead = attached(t);
            if (onLead != null) {
                return onLead;
            }
            k--;
            lead++;
        }
        return DIRECT;
    }

    private static Direction word(String w) {
        if (FROM_WORDS.contains(w)) {
            return FROM;
        }
        if (TO_WORDS.contains(w)) {
            return TO;
        }
        if (AT_WORDS.contains(w)) {
            return AT;
        }
        return null;
    }

    /** A preposition written into the word: "بقاعدة" (at), "لقاعدة" (to); null for none. */
    private static Direction attached(Token t) {
        if (t.kind() != Token.Kind.ARABIC) {
            return null;
        }
        String f = t.form();
        if (f.startsWith("و") || f.startsWith("ف")) {
            f = f.substring(1);
        }
        if (f.length() > 4 && f.startsWith("ب") && !Gazetteer.beginsWithNameInB(f)) {
            return AT;
        }
        return null;
    }

    private static String stripConjunction(Token t) {
        String f = t.form();
        return t.kind() == Token.Kind.ARABIC && f.length() > 2 && (f.startsWith("و") || f.startsWith("ف")) ? f.substring(1) : f;
    }

    private static String stripPreposition(Token t) {
        String f = stripConjunction(t);
        return f.length() > 2 && (f.startsWith("ب") || f.startsWith("ل")) ? f.substring(1) : f;
    }
}
