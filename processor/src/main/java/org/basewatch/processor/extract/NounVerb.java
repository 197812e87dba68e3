package org.basewatch.processor.extract;

import java.util.Set;

/**
 * What the verb of a verbal noun says of it when the noun is its subject. «انسحابهم سيكتمل في الموعد», "the
 * handover will take place on Sunday": the event lies ahead (a plan). «انسحاب التحالف من الإقليم سيكون خطأً
 * استراتيجياً», "a full U.S. withdrawal from Iraq would make that mission unsustainable": the event is only
 * imagined, to weigh what it would bring, and the sentence claims nothing about it.
 *
 * <p>The verb follows the noun and its complement (who leaves, from where) and stands in the future or the
 * conditional. It says the event happens when it is a verb of happening (complete, begin, take place, include,
 * go on) or a "be" followed by when ("سيكون في أيلول", "will be by September", "will be completed"); any
 * other verb weighs the event instead.
 */
final class NounVerb {
    /** What the verb says of its noun. */
    enum Reading {
        /** No verb in the future or conditional follows the noun as its own. */
        NONE,
        /** The event is said to happen, later. */
        AHEAD,
        /** The event is imagined, to say what it would bring. */
        IMAGINED
    }

    /** How many words (a place counts as one) the noun's complement may take before its verb. */
    static final int COMPLEMENT_REACH = 6;

    /** English words that put the verb after them in the future or the conditional. */
    private static final Set<String> FUTURE_EN = Set.of("will", "would", "could", "might", "shall");
    /** Words before an English base form that make it a verb, not a noun ("to withdraw", "will leave"). */
    private static final Set<String> VERB_BEFORE = Set.of("to", "will", "would", "could", "might", "shall", "should",
            "must", "may", "can", "not", "did", "does", "do", "n't");
    /** Words that open a clause of their own inside the complement, whose verb is not the noun's. */
    private static final Set<String> RELATIVE = Set.of("that", "which", "who", "where", "الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي");
    /** Words that may stand between such an auxiliary and its verb. */
    private static final Set<String> ADVERBS = Set.of("also", "only", "then", "likely", "probably", "now", "soon", "not");
    /** Verbs (Arabic without the future "س") that say the event itself happens. */
    private static final Set<String> HAPPEN = Set.of("يكتمل", "تكتمل", "يتم", "تتم", "يبدا", "تبدا", "ينتهي", "تنتهي",
            "يشمل", "تشمل", "يجري", "تجري", "يستغرق", "تستغرق", "يمتد", "تمتد", "ينفذ", "تنفذ", "يستمر", "تستمر",
            "يتواصل", "تتواصل", "يبقي", "تبقي", "يقتصر", "تقتصر", "ينجز", "تنجز",
            "complete", "completed", "begin", "start", "end", "finish", "take", "happen", "occur", "include", "cover",
            "continue", "last", "proceed", "remain", "stay", "involve", "run", "conclude", "wrap");
    /** "Be" in both languages (Arabic without the future "س"). */
    private static final Set<String> BE = Set.of("يكون", "تكون", "be");
    /** Words after "be" that say when or how far the event happens, not what it is worth. */
    private static final Set<String> WHEN = Set.of("في", "خلال", "قبل", "بعد", "بحلول", "حتي", "مع", "منتصف", "نهايه",
            "مطلع", "بدايه", "اواخر", "اوائل", "علي", "تدريجيا", "تدريجيه", "كاملا", "كامله", "بالكامل", "جزئيا",
            "in", "by", "before", "after", "within", "on", "during", "until", "completed", "complete", "finished", "done",
            "over", "carried", "implemented", "gradual", "phased", "fully", "partial", "total", "full");

    private NounVerb() {
    }

    /** What the verb after verbal noun {@code p} in {@code clause} says of it; NONE for a predicate that is no verbal noun. */
    static Reading read(Cue p, ArticleReading r, Span clause) {
        TokenizedText text = r.text();
        if (p.aspect() != Cue.Aspect.NOUN || p.first() > 0 && VERB_BEFORE.contains(text.token(p.first() - 1).form())) {
            return Reading.NONE;
        }
        int words = 0;
        for (int i = p.end(); i < clause.end() && words <= COMPLEMENT_REACH; i++, words++) {
            PlaceMention place = placeAt(r, i);
            if (place != null) {
                i = place.end() - 1;
                continue;
            }
            Token t = text.token(i);
            if (t.kind() == Token.Kind.ARABIC && ArabicWord.isFuture(t.form())) {
                return verbReading(stem(t.form()), i, r);
            }
            if (FUTURE_EN.contains(t.form())) {
                int verb = i + 1;
                while (verb < clause.end() && ADVERBS.contains(text.token(verb).form())) {
                    verb++;
                }
                return verb < clause.end() ? verbReading(text.token(verb).form(), verb, r) : Reading.NONE;
            }
            if (isPunctuation(t) || Gazetteer.isOneOf(RELATIVE, text, i) || r.cues(new Span(i, i + 1)).stream().anyMatch(c -> c.kind().isPredicate())) {
                return Reading.NONE;
            }
        }
        return Reading.NONE;
    }

    private static Reading verbReading(String verb, int at, ArticleReading r) {
        if (HAPPEN.contains(verb)) {
            return Reading.AHEAD;
        }
        if (BE.contains(verb)) {
            int next = at + 1;
            if (next >= r.text().size()) {
                return Reading.IMAGINED;
            }
            boolean when = Gazetteer.isOneOf(WHEN, r.text(), next) || r.dates().stream().anyMatch(d -> d.first() == next)
                    || r.cues(new Span(next, next + 1)).stream().anyMatch(c -> c.kind().isPredicate() || c.kind() == CueKind.COMPLETE);
            return when ? Reading.AHEAD : Reading.IMAGINED;
        }
        return Reading.IMAGINED;
    }

    /** An Arabic future verb without its conjunction and "س": "وسيكون" → "يكون". */
    private static String stem(String form) {
        int i = form.startsWith("و") || form.startsWith("ف") ? 1 : 0;
        return form.substring(i + 1);
    }

    private static boolean isPunctuation(Token t) {
        return t.is(",") || t.is(".") || t.is(":") || t.is(";") || t.is("?") || t.is("،") || t.is("!");
    }

    private static PlaceMention placeAt(ArticleReading r, int token) {
        for (PlaceMention m : r.places(new Span(token, token + 1))) {
            if (m.first() == token) {
                return m;
            }
        }
        return null;
    }
}
