package org.basewatch.processor.extract;

import org.basewatch.contracts.Modality;

/**
 * Reads how a frame's clause puts its predicate: reported as done or true (ASSERTED), as a plan or
 * deadline (PLANNED), denied (DENIED), called for (DEMANDED) — or not as a claim at all: a question,
 * a condition, a guess or a warning. The words that decide stand before the predicate in its clause
 * (Arabic and English put the stance first), except a "false report" verdict, which may follow it
 * ("الأنباء عن انسحاب القوات غير دقيقة").
 */
final class ModalityReading {
    /** How many tokens before a predicate a negation governs it ("لا توجد أي قوات", "not a single soldier remains"). */
    static final int NEGATION_REACH = 5;

    /** The stance of a frame: its modality, whether the predicate itself is negated, and whether it is refused ("نرفض بقاء"). */
    record Stance(Modality modality, boolean negated, boolean refused) {
    }

    private ModalityReading() {
    }

    /** The stance of {@code f}, or null when its clause makes no claim. */
    static Stance read(Frame f, ArticleReading r) {
        Cue p = f.predicate();
        int from = f.clause().first();
        if (isQuestion(f, r)) {
            return null;
        }
        Cue condition = r.last(CueKind.CONDITION, f.sentence().first(), p.first());
        boolean negated = isNegated(p, r, from);
        if (condition != null) {
            boolean threat = p.kind().isDeparture() && r.has(CueKind.NEGATION, condition.end(), p.first());
            return threat ? new Stance(Modality.DEMANDED, false, false) : null;
        }
        if (r.has(CueKind.HEDGE, from, p.first())) {
            return null;
        }
        boolean past = p.aspect() == Cue.Aspect.PAST && !p.future();
        if (negated || r.has(CueKind.DENY, from, p.first()) || r.has(CueKind.FALSE_REPORT, from, f.clause().end())) {
            return new Stance(Modality.DENIED, negated, false);
        }
        if (!past && r.has(CueKind.REJECT, from, p.first())) {
            return new Stance(Modality.DEMANDED, false, true);
        }
        if (!past && r.has(CueKind.DEMAND, from, p.first())) {
            return new Stance(Modality.DEMANDED, false, false);
        }
        if (p.future() || !past && (r.has(CueKind.PLAN, from, p.first()) || r.has(CueKind.UNTIL, p.end(), f.clause().end()))) {
            return new Stance(Modality.PLANNED, false, false);
        }
        return new Stance(Modality.ASSERTED, false, false);
    }

    /** A question mark in the sentence, or a question word opening its clause. */
    private static boolean isQuestion(Frame f, ArticleReading r) {
        for (int i = f.sentence().first(); i < f.sentence().end(); i++) {
            if (r.text().token(i).is("?")) {
                return true;
            }
        }
        return r.has(CueKind.QUESTION, f.clause().first(), Math.min(f.clause().end(), f.clause().first() + 2));
    }

    /**
     * A negation right before the predicate, not part of another phrase ("لا نقبل", "لا صحة") and
     * with no other predicate between them.
     */
    private static boolean isNegated(Cue p, ArticleReading r, int clauseFirst) {
        int from = Math.max(clauseFirst, p.first() - NEGATION_REACH);
        for (Cue c : r.cues(new Span(from, p.first()))) {
            if (c.kind() != CueKind.NEGATION || insideOther(c, r)) {
                continue;
            }
            boolean otherPredicateBetween = false;
            for (Cue o : r.cues(new Span(c.end(), p.first()))) {
                otherPredicateBetween |= o.kind().isPredicate();
            }
            if (!otherPredicateBetween) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideOther(Cue negation, ArticleReading r) {
        for (Cue o : r.cues(new Span(Math.max(0, negation.first() - 4), negation.end()))) {
            if (o != negation && !o.kind().isPredicate() && o.kind() != CueKind.NEGATION
                    && o.first() <= negation.first() && o.end() > negation.first()) {
                return true;
            }
        }
        return false;
    }
}
