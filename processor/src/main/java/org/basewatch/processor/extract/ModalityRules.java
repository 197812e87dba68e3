package org.basewatch.processor.extract;

import org.basewatch.contracts.Modality;

import java.util.List;
import java.util.regex.Pattern;

/** Decides whether a cue is reported as fact, plan, denial or demand from the words around it. */
final class ModalityRules {
    private static final Lexicon DENY = Lexicon.of("(?<![\\p{L}])[وف]?", "نفي|ينفي|نفت|تنفي|لا صحه|غير دقيق|غير صحيح|كذب|تشكك|يشكك|شكك|التشكيك"
            + "|لا تعني|لا يعني|لا تتعلق|لا يتعلق|عدم وجود خطط|لا توجد خطط|لا خطط"
            + "|should not be described|not (?:be )?about|no (?:current )?plans?|denied|denies|deny|did not|has not|have not|hasn't|haven't|never", "(?![\\p{L}])");
    /** "Still there" denies a reported withdrawal but affirms a presence. */
    private static final Lexicon STILL = Lexicon.of("(?<![\\p{L}])[وف]?", "ما زالت|ما زال|مازالت|مازال|لا تزال|لا يزال|still", "(?![\\p{L}])");
    private static final Lexicon DEMAND = Lexicon.of("(?<![\\p{L}])[وف]?", "طالب|يطالب|تطالب|يلزم|تلزم|الزام|بالزام|يطالبون|طالبوا|مطالبه|مطالبا|مطالبين|مطالبة|دعا|دعت|داعيا|داعيه|يدعو|تدعو|دعوا|دعوه|يجب|وجوب|ضروره|بضروره|الاسراع|بالاسراع|لا تكتمل الا|عدم القبول|نرفض|يرفض"
            + "|urg(?:e|ed|es|ing)|demand\\w*|call(?:ed|s|ing)? for|must", "(?:ت|وا|ون|ين|ه)?(?![\\p{L}])");
    private static final Lexicon PLAN = Lexicon.of("(?<![\\p{L}])[وفب]?(?:ال)?", "سوف|سيتم|ستتم|سيكون|ستكون|من المقرر|من المتوقع|متوقعا|يتوقع|تتوقع|المتوقع|من المنتظر|المنتظر|موعد|جدول زمني|جدولا زمنيا|الجدول الزمني|ترتيبات|خطه|تخطط|يخطط|ستشهد|سيشهد|ستكمل|سيكمل|سيستمر|ستستمر|على ان|ستواصل|سيواصل|اتفقا على|اتفاق على|اتفق على|يقضي|تقضي|سيقدم"
            + "|will|would|expected|plan(?:s|ned)?|to be|scheduled|set to|deadline|agreed", "(?![\\p{L}])");
    private static final Lexicon PLAN_AFTER = Lexicon.of("(?<![\\p{L}])", "المقبل|المقبله|القادم|القادمه|بحلول|قبل نهايه|مع نهايه|في نهايه|by the end|by end|by year|no later than|over the next|in the coming", "");
    private static final Pattern FUTURE_WORD = Rx.compile("(?<![\\p{L}])[وف]?س[يت](?!طر|ياس|ياد|يار|ياق|ين(?![\\p{L}])|تين|ته|تار|نه|نوات|نوي|يد|يول)\\p{L}{2,}");

    /** The patterns searched only where their words occur (see {@link Lexicon}). */
    static final List<Lexicon> LEXICONS = List.of(DENY, STILL, DEMAND, PLAN, PLAN_AFTER);

    private ModalityRules() {
    }

    static boolean isWithdrawalKind(Cue.Kind k) {
        return k == Cue.Kind.WITHDRAW || k == Cue.Kind.LEAVE || k == Cue.Kind.HANDOVER || k == Cue.Kind.EVACUATE
                || k == Cue.Kind.END_PRESENCE || k == Cue.Kind.RELOCATE;
    }

    /** The modality of {@code cue} read from its clause ({@code clauseStart}..{@code clauseEnd}) of {@code norm}. */
    static Modality of(Cue cue, Scan.Text text, int clauseStart, int clauseEnd, boolean untilDate) {
        String norm = text.text();
        // a cue may straddle its clause's edge: the windows never reach past the cue itself
        int before = Math.min(cue.start(), Math.max(clauseStart, cue.start() - 140));
        int near = Math.min(cue.start(), Math.max(clauseStart, cue.start() - 60));
        int afterEnd = Math.max(cue.end(), Math.min(clauseEnd, cue.end() + 60));
        int comma = norm.indexOf(',', cue.end());
        if (comma >= 0 && comma < afterEnd) {
            // A deadline after a comma belongs to the next phrase, not to this cue.
            afterEnd = comma;
        }
        if (cue.negated() && isWithdrawalKind(cue.kind())) {
            return Modality.DENIED;
        }
        if (DENY.find(text, near, cue.start()) && cue.kind() != Cue.Kind.ABSENCE
                || STILL.find(text, Math.max(clauseStart, cue.start() - 25), cue.start())
                && isWithdrawalKind(cue.kind())) {
            return Modality.DENIED;
        }
        if (DEMAND.find(text, before, cue.start())) {
            return Modality.DEMANDED;
        }
        if (cue.future() || untilDate || PLAN.find(text, before, cue.start()) || PLAN_AFTER.find(text, cue.end(), afterEnd)
                || FUTURE_WORD.matcher(norm).region(near, cue.start()).find()) {
            return Modality.PLANNED;
        }
        return Modality.ASSERTED;
    }
}
