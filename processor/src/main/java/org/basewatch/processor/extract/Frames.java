package org.basewatch.processor.extract;

import java.util.ArrayList;
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
    static final int PREDICATE_REACH = 16;
    /** How many tokens before a place an "except" still governs it. */
    static final int EXCEPT_REACH = 4;
    /** How many tokens may stand between two places of one list ("والقيارة", ", and the"). */
    static final int LIST_GAP = 4;

    private static final Set<String> LIST_WORDS = Set.of("و", ",", "and", "or", "او", "ولا", "nor", "ثم", "then", "the",
            "its", "قاعده", "قاعدتي", "معسكر", "مطار", "مقر", "منشاه", "موقع", "base", "camp", "facility", "site", "airport",
            "كذلك", "وكذلك", "as", "well", "also", "في", "in", "at", "من", "from");

    private Frames() {
    }

    static List<Frame> build(ArticleReading r) {
        List<Frame> out = new ArrayList<>();
        for (int si = 0; si < r.sentences().size(); si++) {
            Span sentence = r.sentences().get(si);
            for (Span clause : Sentences.clauses(r.text(), sentence, r.cues(sentence))) {
                List<Cue> predicates = r.cues(clause).stream().filter(c -> c.kind().isPredicate()).toList();
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
                    if (k > 0 && listed(r.text(), mentions.get(k - 1), m)) {
                        governor = previousPredicate;
                        if (d == Direction.DIRECT) {
                            d = previousDirection;
                        }
                    } else {
                        governor = governing(predicates, m);
                    }
                    previousDirection = d;
                    previousPredicate = governor;
                    if (governor != null) {
                        boolean exception = r.has(CueKind.EXCEPT, Math.max(clause.first(), m.first() - EXCEPT_REACH), m.first())
                                || k > 0 && listed(r.text(), mentions.get(k - 1), m) && isException(roles.get(governor));
                        roles.computeIfAbsent(governor, c -> new ArrayList<>()).add(new Frame.Role(m, d, exception));
                    }
                }
                for (Cue p : predicates) {
                    out.add(new Frame(p, clause, sentence, si, List.copyOf(roles.getOrDefault(p, List.of()))));
                }
            }
        }
        return out;
    }

    private static boolean isException(List<Frame.Role> roles) {
        return roles != null && !roles.isEmpty() && roles.get(roles.size() - 1).exception();
    }

    /** The predicate that governs a place: the nearest before it within reach, else the nearest after it. */
    private static Cue governing(List<Cue> predicates, PlaceMention m) {
        Cue before = null;
        Cue after = null;
        for (Cue p : predicates) {
            if (p.end() <= m.first() && m.first() - p.last() <= PREDICATE_REACH) {
                before = p;
            } else if (p.first() >= m.end() && after == null && p.first() - m.last() <= PREDICATE_REACH) {
                after = p;
            } else if (p.first() < m.end() && m.first() < p.end()) {
                // a predicate phrase that holds the name ("انهاء الوجود في ..." never does, but "# troops" may)
                before = p;
            }
        }
        return before != null ? before : after;
    }

    /** Whether {@code b} continues a list begun by {@code a}: only list words between them. */
    static boolean listed(TokenizedText text, PlaceMention a, PlaceMention b) {
        if (b.first() - a.end() > LIST_GAP) {
            return false;
        }
        for (int i = a.end(); i < b.first(); i++) {
            if (!Gazetteer.isOneOf(LIST_WORDS, text, i)) {
                return false;
            }
        }
        return b.first() > a.end() || text.token(b.first()).form().startsWith("و");
    }
}
