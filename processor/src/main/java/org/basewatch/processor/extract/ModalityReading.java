package org.basewatch.processor.extract;

import org.basewatch.contracts.Modality;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

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
    /** How many tokens before a predicate a word of demand or plan governs it. */
    static final int GOVERNING_REACH = 8;

    /** Cues a negation reaches across to its predicate: "لا يوجد أي مستشار", "not a single American soldier". */
    private static final Set<CueKind> PASS_THROUGH = EnumSet.of(CueKind.COALITION, CueKind.FORCES,
            CueKind.ADVISERS, CueKind.COMBAT, CueKind.COMPLETE, CueKind.PARTIAL, CueKind.NEGATION, CueKind.STILL);

    /**
     * The stance of a frame: its modality, whether the predicate itself is negated, and whether it is
     * refused ("نرفض بقاء"). A negated presence keeps the modality of what it says ("لن يبقى أي جندي بعد
     * أيلول" is planned), so that {@link StatusReading} can read it as a planned absence.
     */
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
        Cue condition = r.last(CueKind.CONDITION, from, p.first());
        boolean negated = isNegated(p, r, from);
        if (condition != null) {
            // "إذا لم يغادر آخر جندي …", "unless they leave": a threat, which is a demand
            boolean threat = p.kind().isDeparture() && (condition.entry().equals("unless") || condition.entry().equals("ما لم")
                    || r.has(CueKind.NEGATION, condition.end(), Math.min(p.first(), condition.end() + 2)));
            return threat ? new Stance(Modality.DEMANDED, false, false) : null;
        }
        if (governed(CueKind.HEDGE, p, r, from) || isMay(p, r) || r.has(CueKind.UNSAID, from, p.first())) {
            // "لم يحدد البيان عدد القوات التي ستبقى", "declined to say how many troops have left": nothing said of them
            return null;
        }
        // a participle takes its time from its auxiliary: "was handed over" is done, "is to be handed over" is not
        boolean past = p.aspect() == Cue.Aspect.PAST && !p.future() && !Frames.isNonPastPassive(p, r) || isDoneNoun(p, r, from);
        if (r.has(CueKind.DENY, from, p.first()) || calledFalse(f, r)) {
            return new Stance(Modality.DENIED, negated, false);
        }
        if (p.kind() == CueKind.PRESENCE && negated && isExistenceOfPlan(p, r, f.clause())) {
            // "لا توجد لدينا أي خطط لسحب قواتنا": what exists or not is a plan, not forces
            return null;
        }
        if ((p.kind().isDeparture() || p.kind() == CueKind.END_COMBAT) && isPlanDenied(p, r, from)) {
            // "لا توجد لدينا أي خطط لسحب قواتنا", "there are no plans to withdraw", "ليس هناك جدول زمني للانسحاب"
            return new Stance(Modality.DENIED, true, false);
        }
        if (negated && (p.kind().isDeparture() || p.kind() == CueKind.END_COMBAT)) {
            // "لن تغادر", "this is not a withdrawal": what is said not to happen is denied
            return new Stance(Modality.DENIED, true, false);
        }
        if (!negated && p.kind() == CueKind.PRESENCE && !past && isAnyForces(p, r, from)) {
            // "أي جندي أجنبي يبقى في حرير بعد نهاية العام سيعامل بوصفه قوة احتلال", "any troops still in Iraq": a threat
            return new Stance(Modality.DEMANDED, false, true);
        }
        // a demand or a plan governs the predicate it stands right before ("طالب بانسحاب", "خطة لسحب", "will leave")
        if (!past && governed(CueKind.REJECT, p, r, from)) {
            return new Stance(Modality.DEMANDED, negated, true);
        }
        if (!past && (governed(CueKind.DEMAND, p, r, from) || isUntilTheyLeave(p, r, from) || isOwed(p, r))) {
            return new Stance(Modality.DEMANDED, negated, false);
        }
        NounVerb.Reading nounVerb = NounVerb.read(p, r, f.clause());
        if (nounVerb == NounVerb.Reading.IMAGINED) {
            // "انسحاب التحالف من الإقليم سيكون خطأً", "a withdrawal would make the mission unsustainable": weighed, not claimed
            return null;
        }
        if (p.future() || nounVerb == NounVerb.Reading.AHEAD || !past && (governed(CueKind.PLAN, p, r, from) || EventDating.hasDeadline(f, r)
                || EventDating.isAhead(f, r) || isPurpose(p, r))) {
            return new Stance(Modality.PLANNED, negated, false);
        }
        return new Stance(negated ? Modality.DENIED : Modality.ASSERTED, negated, false);
    }

    /**
     * Whether the report of {@code f} is called false in its clause: "الأنباء عن انسحاب القوات غير دقيقة", "لا صحة
     * لانسحاب" — but not by a statement after a comma, which answers other reports ("القوات ما زالت في حرير، ولا صحة
     * لما تناقلته بعض الصفحات").
     */
    private static boolean calledFalse(Frame f, ArticleReading r) {
        Cue p = f.predicate();
        if (r.has(CueKind.FALSE_REPORT, f.clause().first(), p.first())) {
            return true;
        }
        Cue after = r.first(CueKind.FALSE_REPORT, p.end(), f.clause().end());
        if (after == null) {
            return false;
        }
        for (int i = p.end(); i < after.first(); i++) {
            if (r.text().token(i).is(",")) {
                return false;
            }
        }
        return true;
    }

    /** "على" with a pronoun: what is on them to do ("عليهم مغادرة العراق" — they must leave). */
    private static final Set<String> ON_THEM = Set.of("عليهم", "عليها", "عليه", "عليكم", "عليهن", "عليهما");

    /** "عليهم مغادرة عين الأسد": a departure owed, right after "على" with a pronoun, is demanded. */
    private static boolean isOwed(Cue p, ArticleReading r) {
        if (!p.kind().isDeparture() || p.aspect() != Cue.Aspect.NOUN || p.first() == 0) {
            return false;
        }
        Token before = r.text().token(p.first() - 1);
        return before.kind() == Token.Kind.ARABIC && ON_THEM.contains(before.form());
    }

    /** Past auxiliaries that make the verbal noun after them a done thing ("تم تسليم", "جرى خلال الأسابيع الماضية نقل القوات"). */
    private static final Set<String> DONE = Set.of("تم", "وتم", "جري", "وجري", "فتم");
    /** How many tokens before its verbal noun such an auxiliary may stand. */
    static final int DONE_REACH = 5;

    private static boolean isDoneNoun(Cue p, ArticleReading r, int clauseFirst) {
        if (p.aspect() != Cue.Aspect.NOUN) {
            return false;
        }
        for (int i = p.first() - 1; i >= Math.max(clauseFirst, p.first() - DONE_REACH); i--) {
            if (DONE.contains(r.text().token(i).form())) {
                return true;
            }
            int token = i;
            if (r.cues(new Span(token, token + 1)).stream().anyMatch(c -> c.kind().isPredicate())) {
                return false;
            }
        }
        return false;
    }

    /** Words that may stand between a negation and the plan it denies: "لا توجد لدينا أي خطط", "there are no plans". */
    private static final Set<String> EXISTENCE = Set.of("لدينا", "لديها", "لديه", "لديهم", "لدي", "اي", "هناك", "ثمه",
            "حاليا", "any", "there", "are", "is", "has", "have", "had", "currently");
    /** How many tokens after a presence word the plan it is said of may stand ("لا توجد لدينا أي خطط"). */
    static final int EXISTENCE_REACH = 3;

    /**
     * Whether the plan that governs departure {@code p} is itself negated, with only words of existence
     * between the negation and the plan: "لا توجد لدينا أي خطط لسحب", "no plans to withdraw" — a denial.
     * "لم تحدد بعد موعداً للانسحاب" (no date set yet) is not one: a verb stands between.
     */
    private static boolean isPlanDenied(Cue p, ArticleReading r, int clauseFirst) {
        if (!governed(CueKind.PLAN, p, r, clauseFirst)) {
            return false;
        }
        Cue plan = r.last(CueKind.PLAN, Math.max(clauseFirst, p.first() - GOVERNING_REACH), p.first());
        for (int i = plan.first() - 1; i >= Math.max(clauseFirst, plan.first() - NEGATION_REACH); i--) {
            int at = i;
            List<Cue> here = r.cues(new Span(at, at + 1));
            if (here.stream().anyMatch(c -> c.kind() == CueKind.NEGATION)) {
                return true;
            }
            boolean existence = Gazetteer.isOneOf(EXISTENCE, r.text(), i)
                    || here.stream().anyMatch(c -> c.kind() == CueKind.PRESENCE || PASS_THROUGH.contains(c.kind()));
            if (!existence) {
                return false;
            }
        }
        return false;
    }

    /** Whether negated presence word {@code p} says no plan exists, not that no forces do: a plan right after it, only words of existence between. */
    private static boolean isExistenceOfPlan(Cue p, ArticleReading r, Span clause) {
        int to = Math.min(clause.end(), p.end() + EXISTENCE_REACH);
        Cue plan = r.first(CueKind.PLAN, p.end(), to);
        if (plan == null) {
            return false;
        }
        for (int i = p.end(); i < plan.first(); i++) {
            if (!Gazetteer.isOneOf(EXISTENCE, r.text(), i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Words of "any" that make the forces after them anyone who would stay ("أي جندي", "any troops", "كل جندي يبقى",
     * "every soldier"); "كل" only before a noun without the article ("كل الجنود باقون" says all of them stay).
     */
    private static final Set<String> ANY = Set.of("اي", "any", "كل", "every");
    /** How many tokens before its predicate "any" and its forces may stand. */
    static final int ANY_REACH = 4;

    /**
     * Whether the subject of a presence is "any" forces: "أي جندي يبقى", "any troops still in Iraq", or — after a verbal
     * noun — "بقاء أي قوة أمريكية في عين الأسد بعد 31 كانون الأول احتلال".
     */
    private static boolean isAnyForces(Cue p, ArticleReading r, int clauseFirst) {
        int to = p.aspect() == Cue.Aspect.NOUN ? Math.min(r.text().size(), p.end() + 1) : p.first();
        for (int i = Math.max(clauseFirst, p.first() - ANY_REACH); i < to; i++) {
            if (Gazetteer.isOneOf(ANY, r.text(), i) && !r.text().token(i + 1).form().startsWith("ال") && (r.has(CueKind.FORCES, i + 1, i < p.first() ? Math.min(p.first(), i + 3) : i + 3))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a cue of {@code kind} governs {@code p}: it stands within {@link #GOVERNING_REACH} tokens
     * before it, and every predicate between them is joined to the next by "و"/"and"/"or" ("طالب
     * بانسحاب القوات وإخلاء القواعد"), so that "talks that could lead to a reduction of the 2,500 troops
     * in the country" hedges the reduction, not the troops.
     */
    private static boolean governed(CueKind kind, Cue p, ArticleReading r, int clauseFirst) {
        int from = Math.max(clauseFirst, p.first() - GOVERNING_REACH);
        Cue cue = r.last(kind, from, p.first());
        if (cue == null) {
            return false;
        }
        if (p.aspect() != Cue.Aspect.NOUN && hasNewStatement(r, cue.end(), p.first())) {
            // "أنجز المرحلة الأولى من الاتفاق، ولا يوجد اليوم أي مستشار": a finite verb after a comma and "و" is a statement
            // of its own; a plan or a demand governs its verbal noun or its "أن" clause, not that
            return false;
        }
        for (Cue between : r.cues(new Span(cue.end(), p.first()))) {
            // "demand that the remaining forces leave": "remaining" says which forces, it is no statement of its own
            if (between.kind().isPredicate() && between.kind() != CueKind.REMAINING && !joinedToNext(between, p, r)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a comma followed by an Arabic "و" or "ف" word ("، ولا يوجد", "، فقد") stands in {@code [first, end)}. */
    private static boolean hasNewStatement(ArticleReading r, int first, int end) {
        for (int i = first; i < end; i++) {
            Token next = r.text().token(i + 1);
            if (r.text().token(i).is(",") && next.kind() == Token.Kind.ARABIC
                    && (next.form().startsWith("و") || next.form().startsWith("ف"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean joinedToNext(Cue predicate, Cue target, ArticleReading r) {
        for (Cue next : r.cues(new Span(predicate.end(), target.end()))) {
            if (next.kind().isPredicate()) {
                Token t = r.text().token(next.first());
                Token before = r.text().token(next.first() - 1);
                return t.kind() == Token.Kind.ARABIC && t.form().startsWith("و") || before.is("and") || before.is("or")
                        || before.is(",") || before.is("او");
            }
        }
        return false;
    }

    /** "حتى يرحل عن أرض العراق", "until the last soldier leaves": a threat that lasts until they leave. */
    private static boolean isUntilTheyLeave(Cue p, ArticleReading r, int clauseFirst) {
        if (!p.kind().isDeparture() || p.aspect() == Cue.Aspect.PAST) {
            return false;
        }
        Cue until = r.last(CueKind.UNTIL, Math.max(clauseFirst, p.first() - 4), p.first());
        return until != null && (until.entry().equals("حتي") || until.entry().equals("until"));
    }

    /**
     * "لجنة لإنهاء مهمة التحالف", "خطة لسحب", "agreed to withdraw": a verbal noun of purpose (with the
     * preposition "ل", or "to" before an English base form) says what is meant to happen, not what
     * happened — unless it says it began ("بدأت بسحب", "began to withdraw").
     */
    private static boolean isPurpose(Cue p, ArticleReading r) {
        if (p.aspect() != Cue.Aspect.NOUN || r.has(CueKind.ONGOING, Math.max(0, p.first() - 3), p.first())) {
            return false;
        }
        Token t = r.text().token(p.first());
        if (t.kind() == Token.Kind.ARABIC) {
            String f = t.form().startsWith("و") || t.form().startsWith("ف") ? t.form().substring(1) : t.form();
            return f.startsWith("ل");
        }
        return p.first() > 0 && r.text().token(p.first() - 1).is("to");
    }

    /** "قد يغادرون", "قد تنسحب": "قد" before an imperfect is "may" (before a perfect, "has"). */
    private static boolean isMay(Cue p, ArticleReading r) {
        if (p.aspect() != Cue.Aspect.ONGOING || p.first() == 0) {
            return false;
        }
        String before = r.text().token(p.first() - 1).form();
        return before.equals("قد") || before.equals("وقد") || before.equals("فقد");
    }

    /**
     * A question mark ending the sentence with no colon between the predicate and it, or a question word
     * opening its clause. What stands before a colon is the statement that introduces the question, not
     * part of it: «فالقوات باقية في عين الأسد، متسائلاً: أي مستشار هذا …؟».
     */
    private static boolean isQuestion(Frame f, ArticleReading r) {
        for (int i = f.predicate().end(); i < f.sentence().end(); i++) {
            if (r.text().token(i).is(":")) {
                break;
            }
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
            boolean blocked = false;
            for (Cue o : r.cues(new Span(c.end(), p.first()))) {
                blocked |= !PASS_THROUGH.contains(o.kind());
            }
            if (!blocked && !governsAnotherVerb(c, p, r)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "من دون أن يحدد عدد الجنود الذين سيبقون", "without saying how many troops remain": the negation
     * denies the verb after "أن"/"how"/"whether", which stands between it and the predicate, not the predicate.
     */
    private static boolean governsAnotherVerb(Cue negation, Cue p, ArticleReading r) {
        for (int i = negation.end(); i < p.first() - 1; i++) {
            if (r.text().token(i).is("ان") || r.text().token(i).is("how") || r.text().token(i).is("whether")) {
                int next = i + 1;
                return r.cues(new Span(next, next + 1)).isEmpty();
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
