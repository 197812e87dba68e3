package org.basewatch.processor.extract;

import org.basewatch.contracts.Place;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the claim frames of an article: in each clause, every predicate, and every place given to
 * the predicate that governs it — the nearest one before it (Arabic puts the verb first, English
 * the object after the verb), else the nearest after it ("Camp Taji was handed over"). Places in a
 * list share their predicate and their preposition ("handed over al-Qaim, Qayyarah and K1").
 */
final class Frames {
    /** How many tokens a predicate reaches to find its place. */
    static final int PREDICATE_REACH = 14;
    /** How much farther a predicate after its place seems than one before it (the verb comes first in Arabic). */
    static final double AFTER_WEIGHT = 1.5;
    /** How far after a departure a "remaining" is its object ("بمغادرة أعدادهم القليلة التي كانت متبقية"). */
    static final int ABSORB_REACH = 6;
    /** How close before its predicate a region or governorate must be to be its subject. */
    static final int NEAR = 4;
    /** How many tokens before a place an "except" still governs it. */
    static final int EXCEPT_REACH = 6;
    /** How many tokens may stand between two places of one list ("والقيارة", ", and the"). */
    static final int LIST_GAP = 4;
    /** How many words that describe the place before may stand in a list ("قاعدة القائم الحدودية غربي الأنبار، ثم"). */
    static final int DESCRIBING_WORDS = 2;

    /** Words of a list that do not count towards its gap: joiners, prepositions, articles. */
    private static final Set<String> FUNCTION_WORDS = Set.copyOf(List.of("و", ",", "\"", "'", "(", ")", "and", "or", "او", "ولا", "nor", "the", "its",
            "في", "in", "at", "من", "from", "of", "'s", "ثم", "then", "as", "well", "also"));
    private static final Set<String> LIST_WORDS = Set.copyOf(List.of("و", ",", "\"", "'", "(", ")", "and", "or", "او", "ولا", "nor", "ثم", "then", "the",
            "its", "قاعده", "قاعدتي", "معسكر", "مطار", "مقر", "منشاه", "موقع", "مجمع", "base", "camp", "facility", "site", "airport",
            "كذلك", "وكذلك", "as", "well", "also", "في", "in", "at", "من", "from", "province", "governorate", "محافظه",
            "بما", "فيها", "فيهم", "ذلك", "including", "among", "them", "especially", "خاصه", "سيما", "لا", "compound",
            "headquarters", "مقار", "facilities", "bases", "قواعد", "مواقع", "air", "military", "side", "القسم", "الجانب",
            "الجزء", "part", "section", "wing", "العسكري", "small", "smaller", "site", "group", "'s", "كل", "جميع", "all", "every", "اضافه", "بالاضافه", "جانب",
            "addition", "along", "besides", "فضلا"));
    /** Words that join a list with the word after them ("إضافة إلى", "إلى جانب", "in addition to", "along with", "فضلاً عن"). */
    private static final Set<String> JOINING_BEFORE = Set.copyOf(List.of("اضافه", "بالاضافه", "جانب", "addition", "along", "فضلا"));
    private static final Set<String> JOINED_AFTER = Set.copyOf(List.of("الي", "to", "with", "عن"));

    /**
     * Words that begin the examples of a predicate's object ("عدداً من القواعد، بينها القائم والقيارة",
     * "تسليم كافة القواعد … خصوصاً قاعدتي حرير وعين الأسد", "several sites, including K1").
     */
    private static final Set<String> INCLUDING = Set.copyOf(List.of("بينها", "بينهما", "ابرزها", "اهمها", "بما", "خصوصا", "خاصه",
            "سيما", "including", "among", "notably", "namely", "especially", "particularly", "هي", ":"));

    private Frames() {
    }

    static List<Frame> build(ArticleReading r) {
        List<Frame> out = new ArrayList<>();
        for (int si = 0; si < r.sentences().size(); si++) {
            Span sentence = r.sentences().get(si);
            for (Span clause : Sentences.clauses(r.text(), sentence, r.cues(sentence), r.places(sentence))) {
                List<Cue> predicates = predicates(r, clause);
                if (predicates.isEmpty()) {
                    continue;
                }
                Map<Cue, List<Frame.Role>> roles = new HashMap<>();
                List<PlaceMention> mentions = r.places(clause);
                Direction previousDirection = null;
                Cue previousPredicate = null;
                for (int k = 0; k < mentions.size(); k++) {
                    PlaceMention m = mentions.get(k);
                    Direction d = Direction.of(r.text(), m.first());
                    Cue governor;
                    if (k > 0 && listed(r, mentions.get(k - 1), m)) {
                        governor = previousPredicate;
                        if (d == Direction.DIRECT) {
                            d = previousDirection;
                        }
                    } else {
                        governor = governing(predicates, m, r);
                    }
                    previousDirection = d;
                    previousPredicate = governor;
                    if (governor != null) {
                        boolean exception = r.has(CueKind.EXCEPT, Math.max(clause.first(), m.first() - EXCEPT_REACH), m.first())
                                || k > 0 && listed(r, mentions.get(k - 1), m) && isException(roles.get(governor));
                        roles.computeIfAbsent(governor, c -> new ArrayList<>()).add(new Frame.Role(m, d, exception));
                    }
                }
                for (Cue p : predicates) {
                    out.add(new Frame(p, clause, sentence, si, withoutScope(r, p, roles.getOrDefault(p, List.of()))));
                }
            }
        }
        return out;
    }

    /**
     * The roles of a predicate less the country named after one of its bases: "قاعدة الحرير، آخر مراكز
     * القوات الأمريكية في العراق", "Harir, the last US base in Iraq" — the country is where the base
     * is the last one, not a claim of its own.
     */
    private static List<Frame.Role> withoutScope(ArticleReading r, Cue p, List<Frame.Role> roles) {
        List<Frame.Role> out = new ArrayList<>(roles.size());
        for (Frame.Role role : roles) {
            boolean country = role.place().kind() == Place.Kind.COUNTRY;
            // "غادر مواقع عدة في العراق، هي القائم والقيارة", "left several sites in Iraq": the sites are left, not the country
            boolean sitesIn = country && p.kind().isDeparture() && role.direction() == Direction.AT
                    && roles.stream().anyMatch(b -> b.place().kind() == Place.Kind.BASE && b.place().first() > role.place().first());
            boolean someSitesIn = p.kind().isDeparture() && role.direction() == Direction.AT && role.place().kind() != Place.Kind.BASE
                    && role.place().first() > p.end() && isSomeSites(r, p.end(), role.place().first());
            boolean scope = sitesIn || someSitesIn || country && roles.stream().anyMatch(b ->
                    b.place().kind() == Place.Kind.BASE && b.place().first() < role.place().first());
            if (!scope) {
                out.add(role);
            }
        }
        return List.copyOf(out);
    }

    /** Plural site words: the sites a departure leaves, some of those in a place ("عدداً من القواعد في الأنبار", "several bases in Anbar"). */
    private static final Set<String> SITES = Set.of("قواعد", "مواقع", "مقار", "معسكرات", "منشات", "bases", "sites", "facilities", "camps");
    /** Words that make the sites some of those in the place ("عدداً من", "بعض", "عدة", "several", "a number of"). */
    private static final Set<String> SOME = Set.of("عدد", "عددا", "بعض", "عده", "several", "some", "number");

    /**
     * Whether {@code [first, end)} names some sites ("سلّمت عدداً من القواعد في الأنبار", "handed over several bases in
     * federal Iraq"): the place after them is where they are, not a place left — while "its bases in federal Iraq" are all.
     */
    private static boolean isSomeSites(ArticleReading r, int first, int end) {
        boolean some = false;
        boolean sites = false;
        for (int i = first; i < end; i++) {
            String f = withoutWaw(r.text().token(i));
            some |= SOME.contains(f);
            sites |= some && SITES.contains(f.startsWith("ال") ? f.substring(2) : f);
        }
        return sites;
    }

    private static String withoutWaw(Token t) {
        String form = t.form();
        return t.kind() == Token.Kind.ARABIC && form.length() > 3 && form.startsWith("و") ? form.substring(1) : form;
    }

    /** The predicates of a clause, less the "remaining" a departure before it takes as its object. */
    private static List<Cue> predicates(ArticleReading r, Span clause) {
        List<Cue> all = r.cues(clause).stream().filter(c -> c.kind().isPredicate()).toList();
        List<Cue> out = new ArrayList<>(all.size());
        for (Cue c : all) {
            boolean absorbed = c.kind() == CueKind.REMAINING && all.stream().anyMatch(d -> d.kind().isDeparture()
                    && d.end() <= c.first() && c.first() - d.last() <= ABSORB_REACH)
                    // "وجودنا العسكري في العراق سينتهي": the presence is what ends
                    || c.kind() == CueKind.PRESENCE && c.aspect() == Cue.Aspect.NOUN && all.stream().anyMatch(d ->
                    d.kind() == CueKind.END_PRESENCE && d.first() >= c.end() && d.first() - c.last() <= ABSORB_REACH
                    // "ستقلّص وجودها العسكري", "reduce its presence": the presence is what is reduced
                    || d.kind().isDeparture() && d.end() <= c.first() && c.first() - d.last() <= 2
                    // "لم يعد هناك أي وجود", "تستمر الوجود": the verb before the presence says it, negated or not
                    || d.kind() == CueKind.PRESENCE && d.aspect() != Cue.Aspect.NOUN && d.end() <= c.first()
                    && c.first() - d.last() <= 2);
            if (!absorbed) {
                out.add(c);
            }
        }
        return out;
    }

    private static boolean isException(List<Frame.Role> roles) {
        return roles != null && !roles.isEmpty() && roles.get(roles.size() - 1).exception();
    }

    /**
     * The predicate that governs a place: the nearest one, a predicate after the place counting
     * {@link #AFTER_WEIGHT} times its distance, and only one that can have a place before it — as the
     * subject of a passive or a nominal sentence ("Camp Taji was handed over", "القاعدة خالية",
     * "ما دامت عين الأسد بيد الأمريكان"); nobody writes a base as the one who leaves or arrives.
     */
    private static Cue governing(List<Cue> predicates, PlaceMention m, ArticleReading r) {
        Cue best = null;
        double bestDistance = Double.MAX_VALUE;
        for (Cue p : predicates) {
            double d;
            if (p.first() < m.end() && m.first() < p.end()) {
                d = 0; // a predicate phrase that holds the name ("# troops in Iraq" does not, "القوات في" may)
            } else if (p.end() <= m.first()) {
                // of two predicates before the examples word, the nearer one has the object
                d = Math.min(m.first() - p.last(), afterIncluding(r, p, m) + (m.first() - p.last()) / 1000.0);
            } else if (canFollow(p, m, r)) {
                // "The Union III compound …, for years the coalition's headquarters, was transferred"
                d = (p.first() - m.last()) * (isPassive(p, r) ? 1 : AFTER_WEIGHT);
            } else {
                continue;
            }
            if (d <= PREDICATE_REACH && d < bestDistance) {
                best = p;
                bestDistance = d;
            }
        }
        return best;
    }

    /**
     * How far a place stands from the examples word between it and {@code p} (plus one, for the word
     * itself): the examples of an object are as near their predicate as the object ("سلّمت عدداً من
     * القواعد والمواقع للقوات العراقية، بينها قواعد القائم"). No nearer than the predicate itself when
     * there is no such word.
     */
    private static int afterIncluding(ArticleReading r, Cue p, PlaceMention m) {
        for (int i = p.end(); i < m.first(); i++) {
            if (Gazetteer.isOneOf(INCLUDING, r.text(), i)) {
                return m.first() - i + 1;
            }
        }
        return Integer.MAX_VALUE;
    }

    /** A verb in the passive, whose subject is what was handed over or vacated ("was transferred", "to be vacated", "تم تسليم"). */
    static boolean isPassive(Cue p, ArticleReading r) {
        if (p.first() == 0) {
            return false;
        }
        String before = r.text().token(p.first() - 1).form();
        return before.equals("was") || before.equals("were") || before.equals("been") || before.equals("be")
                || before.equals("being") || before.equals("is") || before.equals("are") || before.equals("تم")
                || before.equals("وتم") || before.equals("جري");
    }

    /** A passive whose auxiliary is not past: "to be handed over", "is being vacated", "is transferred at the end of March". */
    static boolean isNonPastPassive(Cue p, ArticleReading r) {
        if (p.first() == 0) {
            return false;
        }
        String before = r.text().token(p.first() - 1).form();
        return before.equals("be") || before.equals("being") || before.equals("is") || before.equals("are");
    }

    /**
     * Whether {@code p} can govern a place before it: as the subject of a passive or nominal sentence
     * (a base: "Camp Taji was handed over"; a region close by: "المرحلة الثانية تخص إقليم كردستان
     * وتنتهي …"), or where the place says where the forces who leave are ("every American soldier, in
     * Anbar or in Erbil, must leave") — unless a new statement begins between them.
     */
    private static boolean canFollow(Cue p, PlaceMention m, ArticleReading r) {
        if (r.has(CueKind.REPORT, m.end(), p.first()) || r.has(CueKind.CONTRAST, m.end(), p.first())
                || r.has(CueKind.SINCE, m.end(), p.first())) {
            return false;
        }
        boolean subject = switch (p.kind()) {
            case PRESENCE, REMAINING, ABSENCE, HANDOVER, EVACUATE, END_PRESENCE, REDUCE, ATTACK -> true;
            default -> false;
        };
        if (subject && (m.kind() == Place.Kind.BASE || p.first() - m.last() <= NEAR)) {
            return true;
        }
        // a place abroad before the verb says who they are ("فصائل مرتبطة بإيران تطالب بانسحاب"), not where forces leave
        return p.kind().isDeparture() && m.isTracked() && Direction.of(r.text(), m.first()) == Direction.AT
                && p.first() - m.last() <= NEAR;
    }

    /**
     * Whether {@code b} continues a list begun by {@code a}: only list words between them, and maybe
     * the date of {@code a} ("القائم في السابع عشر من آذار، والقيارة في السادس والعشرين منه").
     */
    static boolean listed(ArticleReading r, PlaceMention a, PlaceMention b) {
        TokenizedText text = r.text();
        if (a.place().equals(b.place()) && b.first() - a.end() <= 1) {
            return true; // the place said again where it is: "مقر قيادة عمليات نينوى بالموصل", "Harir air base in Harir"
        }
        int words = 0;
        int describing = 0;
        boolean joined = false;
        for (int i = a.end(); i < b.first(); i++) {
            DateMention date = dateAt(r, i);
            if (date != null) {
                i = date.end() - 1;
                continue;
            }
            PlaceMention location = locationAt(r, i);
            if (location != null) {
                i = location.end() - 1;
                continue;
            }
            Token t = text.token(i);
            joined |= t.is(",") || t.is("and") || t.is("or") || t.kind() == Token.Kind.ARABIC && t.form().startsWith("و");
            if (Gazetteer.isOneOf(Gazetteer.DIRECTIONS, text, i)) {
                continue;
            }
            if (i > a.end() && Gazetteer.isOneOf(JOINED_AFTER, text, i) && Gazetteer.isOneOf(JOINING_BEFORE, text, i - 1)) {
                joined = true;
                continue; // "، إضافة إلى قاعدة حرير": "إلى" joins here, it does not say where forces went
            }
            int relative = relativeClauseEnd(r, i, b.first());
            if (relative > i) {
                i = relative - 1;
                continue; // "والموقع الذي كان يشغله التحالف في الموصل": a site said by what it was, then where
            }
            if (!isListWord(text, i)) {
                // a word or two that describe the place before ("الحدودية"), before the list goes on — not a new statement
                if (joined || ++describing > DESCRIBING_WORDS || !r.cues(new Span(i, i + 1)).isEmpty()) {
                    return false;
                }
                continue;
            }
            if (!Gazetteer.isOneOf(FUNCTION_WORDS, text, i) && ++words > LIST_GAP) {
                return false;
            }
        }
        return joined || b.first() == a.end() && text.token(b.first()).form().startsWith("و")
                || b.first() > a.end() && words <= 1;
    }

    /** Relative pronouns that may follow a list's site word ("والموقع الذي كان يشغله في الموصل", "the site that it used in Mosul"). */
    private static final Set<String> RELATIVE = Set.of("الذي", "التي", "اللذين", "اللتين", "اللذان", "اللتان", "which", "that");
    /** How many tokens a relative clause between a list's site word and its place may take. */
    static final int RELATIVE_REACH = 6;
    /** Cues a relative clause inside a list may hold: who held the site, and that they were there. */
    private static final Set<CueKind> DESCRIBING_CUES = EnumSet.of(CueKind.COALITION, CueKind.FORCES, CueKind.ADVISERS,
            CueKind.PRESENCE);

    /**
     * Where a site word and the relative clause that says which site the list goes on with end: at {@code place}, when
     * {@code i} is a site word followed by a relative pronoun, {@code place} is at most {@link #RELATIVE_REACH} tokens
     * on, and nothing between says more than who was there; {@code i} itself otherwise.
     */
    private static int relativeClauseEnd(ArticleReading r, int i, int place) {
        TokenizedText text = r.text();
        if (i + 1 >= place || !isSiteWord(text.token(i)) || !RELATIVE.contains(text.token(i + 1).form()) || place - i > RELATIVE_REACH + 1) {
            return i;
        }
        for (int k = i + 1; k < place; k++) {
            if (text.token(k).is(",") || text.token(k).is(";")) {
                return i;
            }
        }
        for (Cue c : r.cues(new Span(i + 2, place))) {
            if (!DESCRIBING_CUES.contains(c.kind())) {
                return i;
            }
        }
        return place;
    }

    /** Site words, with the article or "و" ("والموقع", "القاعدة", "site", "facility"). */
    static final Set<String> SITE_WORDS = Set.of("قاعده", "قاعدتي", "معسكر", "مطار", "مقر", "منشاه", "موقع", "مجمع", "base", "camp",
            "facility", "site", "airport", "compound", "headquarters");

    private static boolean isSiteWord(Token t) {
        String f = t.form();
        if (t.kind() == Token.Kind.ARABIC) {
            f = f.startsWith("وال") ? f.substring(3) : f.startsWith("ال") ? f.substring(2) : f.startsWith("و") ? f.substring(1) : f;
        }
        return SITE_WORDS.contains(f);
    }

    /** Arabic possessive endings a list's site word may carry ("موقعه", "قاعدتها", "مواقعهم"). */
    private static final List<String> POSSESSIVE = List.of("هم", "ها", "ه");

    /** A word of a list, also with a possessive ending: "، إضافة إلى موقعه في مقر قيادة عمليات نينوى" goes on the list. */
    private static boolean isListWord(TokenizedText text, int i) {
        if (Gazetteer.isOneOf(LIST_WORDS, text, i)) {
            return true;
        }
        Token t = text.token(i);
        if (t.kind() != Token.Kind.ARABIC) {
            return false;
        }
        String f = t.form().startsWith("و") ? t.form().substring(1) : t.form();
        for (String ending : POSSESSIVE) {
            if (f.length() > ending.length() + 2 && f.endsWith(ending)) {
                String stem = f.substring(0, f.length() - ending.length());
                // the feminine ending is written ت before a suffix ("قاعدتها"), normalised ه on its own ("قاعده")
                return LIST_WORDS.contains(stem) || stem.endsWith("ت") && LIST_WORDS.contains(stem.substring(0, stem.length() - 1) + "ه");
            }
        }
        return false;
    }

    private static PlaceMention locationAt(ArticleReading r, int token) {
        for (PlaceMention m : r.locations()) {
            if (m.first() == token) {
                return m;
            }
        }
        return null;
    }

    private static DateMention dateAt(ArticleReading r, int token) {
        for (DateMention d : r.dates()) {
            if (d.first() == token) {
                return d;
            }
            if (d.first() > token) {
                break;
            }
        }
        return null;
    }
}
