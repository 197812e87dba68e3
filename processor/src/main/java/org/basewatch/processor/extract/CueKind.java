package org.basewatch.processor.extract;

/**
 * The kinds of phrases the extractor looks for. Their words live in {@code vocabulary.txt}, one
 * section per kind; this enum is what the stages reason with.
 */
enum CueKind {
    // Predicates: the heads of claim frames
    /** انسحاب، سحب، withdraw, pull out. */
    WITHDRAW(true),
    /** غادر، خرج، رحل، leave, depart, exit. */
    LEAVE(true),
    /** سلّم، تسلّم، hand over, transfer to Iraqi control. */
    HANDOVER(true),
    /** أخلى، أفرغ، evacuate, vacate. */
    EVACUATE(true),
    /** إنهاء الوجود، end the presence or the coalition's mission. */
    END_PRESENCE(true),
    /** تقليص، خفض، reduce, shrink, draw down. */
    REDUCE(true),
    /** انتهاء المهام القتالية، the end of the combat mission: advisers stay. */
    END_COMBAT(true),
    /** نقل، انتقل، أعاد الانتشار، move, relocate, redeploy: leaving one place for another. */
    RELOCATE(true),
    /** وصل، توجه، arrive, head for, reinforce: coming to a place. */
    ARRIVE(true),
    /** عاد، عودة، return. */
    RETURN(true),
    /** وجود، بقاء، تمركز، stationed, remain, host: being at a place. */
    PRESENCE(true),
    /**
     * ما تبقى، المتبقية، remaining: forces still at a place — unless a departure just before takes them
     * away ("إخلاء ما تبقى من المستشارين في عين الأسد", "the withdrawal of the remaining troops").
     */
    REMAINING(true),
    /** خالية من، تحت السيطرة العراقية الكاملة، free of, under full Iraqi control: nobody left. */
    ABSENCE(true),
    /** استهداف، هجوم على، targeted, rocket attack: an attack on a coalition site says forces are there. */
    ATTACK(true),

    // Who
    /** التحالف، الأمريكية، الأجنبية، coalition, US, American, foreign. */
    COALITION(false),
    /** قوات، جنود، مستشارين، troops, forces, soldiers, personnel. */
    FORCES(false),
    /** القوات العراقية، الجيش العراقي، Iraqi forces, Peshmerga. */
    IRAQI(false),
    /** Turkish, Russian, Iranian forces, NATO, the embassy: not the coalition. */
    OTHER_FOREIGN(false),
    /** إيران، Iranian: an actor only where it stands next to the predicate ("المستشارون الإيرانيون"). */
    IRAN(false),
    /** مستشارين، استشارية، advisers, trainers, advisory. */
    ADVISERS(false),
    /** قتالية، combat. */
    COMBAT(false),
    /** وفد، مبعوث، زيارة، delegation, envoy, visit: people who come to a place and go, not forces that stay. */
    VISITORS(false),

    // How far
    /** بدأ، تواصل، جارية، began, continue, under way. */
    ONGOING(false),
    /** بعض، جزء، معظم، some, part of, most of. */
    PARTIAL(false),
    /** آخر، بالكامل، جميع، last, fully, all, completed. */
    COMPLETE(false),
    /** رتل، أرتال، شاحنات، convoy, trucks. */
    CONVOY(false),
    /** لا يزال، ما زال، still. */
    STILL(false),

    // How it is said
    /** لا، لم، لن، ليس، not, no, never. */
    NEGATION(false),
    /** نفى، كذّب، deny, dismiss. */
    DENY(false),
    /** غير دقيق، لا صحة، inaccurate, untrue, rumours. */
    FALSE_REPORT(false),
    /** طالب، دعا، يجب، demand, call for, must. */
    DEMAND(false),
    /** نرفض، لا نقبل، reject, oppose: a demand that something stop or not happen. */
    REJECT(false),
    /** خطة، من المقرر، جدول، plan, scheduled, expected, will. */
    PLAN(false),
    /** ربما، قد، could, might, may. */
    HEDGE(false),
    /** إذا، لو، if, unless. */
    CONDITION(false),
    /** لم يحدد، رفض الإفصاح عن، declined to say, did not specify: what is left unsaid is no claim. */
    UNSAID(false),
    /** هل، متى، whether. */
    QUESTION(false),
    /** قال، أكد، مضيفاً، said, adding: a new statement begins. */
    REPORT(false),
    /** لكن، فيما، بينما، but, while: a new clause begins. */
    CONTRAST(false),
    /** باستثناء، عدا، سوى، except. */
    EXCEPT(false),
    /** حتى، بحلول، until, by: the date after it is a deadline. */
    UNTIL(false),
    /** القاعدة، المعسكر، the base: a base named before. */
    ANAPHOR(false),
    /** منذ، since. */
    SINCE(false),

    // Succession
    /**
     * تبعتها، followed, followed by: the next of a sequence — the departure told just before happened to
     * this place too ({@link Successions} gives it that departure's kind).
     */
    FOLLOW(false);

    private final boolean predicate;

    CueKind(boolean predicate) {
        this.predicate = predicate;
    }

    boolean isPredicate() {
        return predicate;
    }

    /** Predicates that say forces left, are leaving or must leave a place. */
    boolean isDeparture() {
        return this == WITHDRAW || this == LEAVE || this == HANDOVER || this == EVACUATE || this == END_PRESENCE
                || this == REDUCE;
    }
}
