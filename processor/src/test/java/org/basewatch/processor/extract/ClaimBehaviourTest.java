package org.basewatch.processor.extract;

import org.basewatch.contracts.Article;
import org.basewatch.contracts.Claim;
import org.basewatch.contracts.Modality;
import org.basewatch.contracts.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Behavioural tests in the manner of CheckList (Ribeiro et al., 2020): sentence templates crossed with
 * places, verbs, speakers and date forms, and minimal pairs that change one thing (a negation, a
 * direction, the tense, the country, a question mark) and must change the claim accordingly. They
 * test the language the extractor reads, not the articles it was built on, and run on the shipped
 * extractor (rules and ranker).
 */
class ClaimBehaviourTest {
    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();
    private static final ClaimExtractor RULES = new ClaimExtractor(null);
    private static final String PUBLISHED = "2025-09-14";

    /** A base as Arabic and English news write it. */
    record Base(String id, String arabic, String english) {
    }

    private static final List<Base> BASES = List.of(
            new Base("ain-al-asad", "قاعدة عين الأسد الجوية", "Ain al-Asad air base"),
            new Base("harir", "قاعدة حرير", "Harir air base"),
            new Base("taji", "معسكر التاجي", "Camp Taji"),
            new Base("k1", "قاعدة كي وان", "the K1 base"),
            new Base("victory", "قاعدة فكتوريا", "the Victory base complex"),
            new Base("erbil-air-base", "مطار أربيل", "Erbil airport"));

    private static final List<String> ARABIC_DEPARTURES = List.of(
            "انسحبت القوات الأمريكية من %s",
            "غادرت قوات التحالف الدولي %s",
            "سلّمت قوات التحالف %s إلى القوات العراقية",
            "أخلت القوات الأمريكية %s بالكامل");
    private static final List<String> ENGLISH_DEPARTURES = List.of(
            "US forces withdrew from %s",
            "The coalition handed over %s to Iraqi forces",
            "The last American troops left %s");

    static Stream<Arguments> departures() {
        List<Arguments> out = new ArrayList<>();
        for (Base b : BASES) {
            for (String t : ARABIC_DEPARTURES) {
                out.add(Arguments.of(String.format(t, b.arabic()) + "، يوم أمس السبت.", b.id()));
            }
            for (String t : ENGLISH_DEPARTURES) {
                out.add(Arguments.of(String.format(t, b.english()) + " on Saturday.", b.id()));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("departures")
    void shouldReadADoneDepartureAsWithdrawnOnItsDay(String sentence, String base) {
        List<Claim> claims = claims(sentence);
        assertTrue(has(claims, base, Status.WITHDRAWN, Modality.ASSERTED, "2025-09-13"), describe(claims));
        assertTrue(claims.stream().noneMatch(c -> c.place().equals("iq")), "one base is not the whole country: " + describe(claims));
    }

    static Stream<Arguments> negatedDepartures() {
        List<Arguments> out = new ArrayList<>();
        for (Base b : BASES) {
            out.add(Arguments.of("لم تنسحب القوات الأمريكية من " + b.arabic() + " حتى الآن.", b.id()));
            out.add(Arguments.of("نفت وزارة الدفاع انسحاب القوات الأمريكية من " + b.arabic() + ".", b.id()));
            out.add(Arguments.of("الأنباء عن انسحاب القوات الأمريكية من " + b.arabic() + " غير دقيقة.", b.id()));
            out.add(Arguments.of("The Pentagon denied that US troops had left " + b.english() + ".", b.id()));
            out.add(Arguments.of("Reports of a US withdrawal from " + b.english() + " are inaccurate.", b.id()));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("negatedDepartures")
    void shouldReadADeniedDepartureAsDeniedNeverAsDone(String sentence, String base) {
        List<Claim> claims = claims(sentence);
        assertTrue(claims.stream().noneMatch(c -> c.modality() == Modality.ASSERTED && c.status() != Status.PRESENT),
                "a denial is not the thing denied: " + describe(claims));
        assertTrue(claims.stream().anyMatch(c -> c.place().equals(base) && c.modality() == Modality.DENIED
                && (c.status() == Status.WITHDRAWN || c.status() == Status.WITHDRAWING)), describe(claims));
    }

    static Stream<Arguments> plans() {
        List<Arguments> out = new ArrayList<>();
        for (Base b : BASES) {
            out.add(Arguments.of("ستنسحب القوات الأمريكية من " + b.arabic() + " بحلول نهاية عام 2026.", b.id(), "2026-12-31"));
            out.add(Arguments.of("من المقرر أن تغادر قوات التحالف " + b.arabic() + " في أيلول 2026.", b.id(), "2026-09"));
            out.add(Arguments.of("US forces will leave " + b.english() + " by the end of 2026.", b.id(), "2026-12-31"));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void shouldReadAFutureDepartureAsPlannedForItsDeadline(String sentence, String base, String deadline) {
        List<Claim> claims = claims(sentence);
        assertTrue(has(claims, base, Status.WITHDRAWN, Modality.PLANNED, deadline), describe(claims));
        assertTrue(claims.stream().noneMatch(c -> c.modality() == Modality.ASSERTED && c.status() == Status.WITHDRAWN),
                "a plan is not done: " + describe(claims));
    }

    static Stream<Arguments> demands() {
        List<Arguments> out = new ArrayList<>();
        for (Base b : BASES) {
            out.add(Arguments.of("طالب نواب في البرلمان الحكومة بإخراج القوات الأمريكية من " + b.arabic() + ".", b.id()));
            out.add(Arguments.of("دعت الفصائل إلى انسحاب قوات الاحتلال الأمريكي من " + b.arabic() + " فوراً.", b.id()));
            out.add(Arguments.of("Lawmakers demanded the withdrawal of US troops from " + b.english() + ".", b.id()));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demands")
    void shouldReadACallToLeaveAsDemanded(String sentence, String base) {
        List<Claim> claims = claims(sentence);
        assertTrue(has(claims, base, Status.WITHDRAWN, Modality.DEMANDED, null), describe(claims));
        assertTrue(claims.stream().noneMatch(c -> c.modality() == Modality.ASSERTED), "a demand is not a fact: " + describe(claims));
    }

    static Stream<String> notClaims() {
        return Stream.of(
                "هل تنسحب القوات الأمريكية من قاعدة عين الأسد قبل نهاية العام؟",
                "متى يخرج آخر جندي أمريكي من قاعدة حرير؟",
                "Will US troops really leave Ain al-Asad air base?",
                "إذا مضت الحكومة في القرار فإن الانسحاب سيشمل قاعدة حرير.",
                "If Washington decides to go, Harir air base could be emptied within weeks.",
                "ربما تغادر القوات الأمريكية قاعدة عين الأسد خلال أشهر.",
                "انسحبت القوات التركية من معسكر زليكان قرب بعشيقة.",
                "بدأت القوات الروسية إخلاء مطار القامشلي.",
                "US forces withdrew from the al-Tanf garrison in Syria.",
                "انسحب الجيش العراقي من مراكز المدن في الأنبار.",
                "Iranian advisers left the Mosul area last week.",
                "أمرت الخارجية الأمريكية موظفي السفارة في بغداد بمغادرة العراق.");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notClaims")
    void shouldMakeNoClaimFromQuestionsConditionsGuessesOrOtherForces(String sentence) {
        List<Claim> claims = claims("وقالت قوات التحالف الدولي في بيان. " + sentence);
        assertEquals(List.of(), claims.stream().map(ClaimBehaviourTest::describe).toList());
    }

    @Test
    void shouldTellWhereForcesWentFromWhereTheyLeft() {
        List<Claim> claims = claims("انتقلت القوات الأمريكية من قاعدة عين الأسد إلى قاعدة حرير الجوية يوم أمس.");
        assertTrue(claims.stream().anyMatch(c -> c.place().equals("ain-al-asad")
                && (c.status() == Status.WITHDRAWN || c.status() == Status.WITHDRAWING)), describe(claims));
        assertTrue(has(claims, "harir", Status.PRESENT, Modality.ASSERTED, "2025-09-13"), describe(claims));
        assertTrue(claims.stream().noneMatch(c -> c.place().equals("harir") && c.status() == Status.WITHDRAWN),
                "forces moved TO Harir did not leave it: " + describe(claims));

        List<Claim> english = claims("Convoys carrying US troops left Ain al-Asad air base and headed to Erbil airport on Saturday.");
        assertTrue(english.stream().anyMatch(c -> c.place().equals("erbil-air-base") && c.status() == Status.PRESENT),
                describe(english));
    }

    @Test
    void shouldReadPresenceAndItsNegationAsOppositeStatuses() {
        List<Claim> present = claims("تتمركز القوات الأمريكية في قاعدة حرير الجوية.");
        assertTrue(has(present, "harir", Status.PRESENT, Modality.ASSERTED, PUBLISHED), describe(present));
        List<Claim> absent = claims("لا يوجد أي جندي أمريكي في قاعدة عين الأسد الجوية.");
        assertTrue(has(absent, "ain-al-asad", Status.WITHDRAWN, Modality.ASSERTED, PUBLISHED), describe(absent));
        assertTrue(absent.stream().noneMatch(c -> c.status() == Status.PRESENT && c.modality() == Modality.ASSERTED),
                describe(absent));
    }

    @Test
    void shouldReadADeniedPresenceAsADepartureOnlyWhenItIsTheForcesThatAreNotThere() {
        String statement = "وأكد المتحدث باسم التحالف الدولي في بيان صدر اليوم أن الوضع الأمني مستقر تماماً ";
        List<Claim> noForces = candidatesRead(statement + "ولا توجد أي قوات قتالية في قاعدة عين الأسد الجوية.");
        assertTrue(noForces.stream().anyMatch(c -> c.place().equals("ain-al-asad") && c.modality() == Modality.ASSERTED
                && (c.status() == Status.WITHDRAWN || c.status() == Status.ADVISORY_ONLY)), describe(noForces));
        List<Claim> noGaps = candidatesRead(statement + "ولا توجد أي ثغرات أمنية في قاعدة عين الأسد الجوية.");
        assertTrue(noGaps.stream().noneMatch(c -> c.place().equals("ain-al-asad")), "no security gaps is not no forces: " + describe(noGaps));
    }

    @Test
    void shouldLetTheBaseAWithdrawalWasDeniedAtStandForTheBaseWhereForcesStay() {
        List<Claim> claims = candidatesRead("نفى مصدر في قيادة العمليات المشتركة الأنباء عن انسحاب القوات الأمريكية من قاعدة عين الأسد. "
                + "وقال المصدر إن المستشارين الأمريكيين باقون في القاعدة بمهام استشارية فقط.");
        assertTrue(claims.stream().anyMatch(c -> c.place().equals("ain-al-asad") && c.modality() == Modality.ASSERTED
                && (c.status() == Status.PRESENT || c.status() == Status.ADVISORY_ONLY)), describe(claims));
    }

    @Test
    void shouldFollowAnAnaphorBackThroughTheAnaphorBeforeIt() {
        List<Claim> claims = candidatesRead("A drone was shot down near Erbil airport on Wednesday, officials said. "
                + "Flights were briefly suspended. Images online prompted rumours that coalition personnel had been evacuated from the base. "
                + "A senior official dismissed the reports. Nobody was hurt. \"The coalition forces are still there, at full strength,\" he said.");
        assertTrue(claims.stream().anyMatch(c -> c.place().equals("erbil-air-base") && c.status() == Status.PRESENT
                && c.modality() == Modality.ASSERTED), describe(claims));
    }

    @Test
    void shouldGiveAVerbCoordinatedAfterACommaThePlaceOfItsSubject() {
        List<Claim> claims = candidatesRead("وقال مسؤول إن القوات الأمريكية في قاعدة حرير تعمل بموجب الاتفاق مع بغداد، "
                + "وستبقى حتى نهاية العام الجاري.");
        assertTrue(has(claims, "harir", Status.WITHDRAWN, Modality.PLANNED, "2025-12"), describe(claims));
        List<Claim> ownSubject = candidatesRead("وقال مسؤول إن القوات الأمريكية في قاعدة حرير تعمل بموجب الاتفاق مع بغداد، "
                + "وستبقى القوات البريطانية في قاعدة عين الأسد حتى نهاية العام الجاري.");
        assertTrue(ownSubject.stream().noneMatch(c -> c.place().equals("harir") && c.modality() == Modality.PLANNED),
                "a verb with a subject of its own is not the first clause's: " + describe(ownSubject));
    }

    @Test
    void shouldReadADepartureOwedByThemAsDemanded() {
        List<Claim> claims = candidatesRead("وقال قيادي في الفصائل إن الأمريكيين يعرفون أن عليهم مغادرة قاعدة عين الأسد الجوية قبل نهاية العام.");
        assertTrue(claims.stream().anyMatch(c -> c.place().equals("ain-al-asad") && c.status() == Status.WITHDRAWN
                && c.modality() == Modality.DEMANDED), describe(claims));
        assertTrue(claims.stream().noneMatch(c -> c.modality() == Modality.ASSERTED && c.status() == Status.WITHDRAWN), describe(claims));
    }

    @Test
    void shouldLetAStatementAfterACommaCallOtherReportsFalseNotTheOneBeforeIt() {
        List<Claim> claims = candidatesRead("وقال مسؤول إن قوات التحالف ما زالت في مواقعها داخل قاعدة حرير الجوية، ولا صحة لما تناقلته بعض الصفحات.");
        assertTrue(has(claims, "harir", Status.PRESENT, Modality.ASSERTED, null), describe(claims));
        List<Claim> denied = candidatesRead("وقال مسؤول إن الأنباء عن انسحاب قوات التحالف من قاعدة حرير الجوية غير دقيقة.");
        assertTrue(has(denied, "harir", Status.WITHDRAWN, Modality.DENIED, null), describe(denied));
    }

    @Test
    void shouldLeaveAStatementBeforeTheColonOfAQuestionAClaim() {
        List<Claim> claims = candidatesRead("وقال قيادي في الفصائل إن القوات الأمريكية باقية في قاعدة حرير بعديدها وعتادها، "
                + "متسائلاً: أي مستشار هذا الذي يحتاج إلى طائرات مسيرة؟");
        assertTrue(has(claims, "harir", Status.PRESENT, Modality.ASSERTED, null), describe(claims));
        List<Claim> asked = candidatesRead("وتساءل قيادي في الفصائل هل القوات الأمريكية باقية في قاعدة حرير بعد نهاية العام؟");
        assertTrue(asked.stream().noneMatch(c -> c.place().equals("harir")), "a question is no claim: " + describe(asked));
    }

    @Test
    void shouldGiveTheSitesNamedAfterHiOrAColonToTheVerbBeforeThem() {
        List<Claim> claims = candidatesRead("سلّمت قوات التحالف الدولي خلال الأسبوعين الماضيين عدداً من المواقع الصغيرة إلى القوات العراقية، "
                + "هي قاعدة القائم في السابع عشر من آذار، وقاعدة القيارة جنوب الموصل في السادس والعشرين منه.");
        assertTrue(has(claims, "al-qaim", Status.WITHDRAWN, Modality.ASSERTED, null), describe(claims));
        assertTrue(has(claims, "qayyarah", Status.WITHDRAWN, Modality.ASSERTED, null), describe(claims));
        List<Claim> colon = candidatesRead("منذ منتصف آذار الماضي، سلّم التحالف الدولي لمحاربة داعش خمسة مواقع للقوات العراقية: "
                + "القائم والقيارة وقاعدة التقدم.");
        assertTrue(has(colon, "taqaddum", Status.WITHDRAWN, Modality.ASSERTED, null), describe(colon));
    }

    @Test
    void shouldReadPresenceAtABaseAsTheCoalitionsWhenItWasNamedBeforeAndNobodyElseIs() {
        String before = "The US-led coalition says it has handed most of its sites to Iraq. ";
        List<Claim> claims = candidatesRead(before + "Officials said. Reporters were told. Most are now based at Harir air base.");
        assertTrue(has(claims, "harir", Status.PRESENT, Modality.ASSERTED, null), describe(claims));
        List<Claim> iraqi = candidatesRead(before + "Officials said. Reporters were told. Iraqi army units are now based at Harir air base.");
        assertTrue(iraqi.stream().noneMatch(c -> c.place().equals("harir")), "Iraqi units are not the coalition: " + describe(iraqi));
    }

    @Test
    void shouldReadANameInQuotesAsPartOfTheListAndTheCityAfterItAsWhereItLies() {
        List<Claim> claims = candidatesRead("سلّم التحالف الدولي قاعدة القيارة جنوبي الموصل وقاعدة «كي وان» في كركوك إلى القوات العراقية في آذار.");
        assertTrue(has(claims, "k1", Status.WITHDRAWN, Modality.ASSERTED, null), describe(claims));
        assertTrue(claims.stream().noneMatch(c -> c.place().equals("kirkuk")), "Kirkuk says where K1 lies: " + describe(claims));
    }

    @Test
    void shouldReadFollowedAsTheDepartureItContinues() {
        List<Claim> claims = candidatesRead("The coalition handed al-Qaim to Iraqi forces on March 17. "
                + "Qayyarah and K-1 followed within two weeks. Camp Taji is expected to follow in August.");
        // a succession with no date of its own happened after the departure it continues: its month
        assertTrue(has(claims, "qayyarah", Status.WITHDRAWN, Modality.ASSERTED, "2025-03"), describe(claims));
        assertTrue(has(claims, "k1", Status.WITHDRAWN, Modality.ASSERTED, "2025-03"), describe(claims));
        assertTrue(has(claims, "taji", Status.WITHDRAWN, Modality.PLANNED, null), describe(claims));
        List<Claim> arabic = candidatesRead("سلّم التحالف الدولي قاعدة القائم إلى القوات العراقية في السابع عشر من آذار، "
                + "وتبعتها قاعدة القيارة في السادس والعشرين منه.");
        assertTrue(has(arabic, "qayyarah", Status.WITHDRAWN, Modality.ASSERTED, "2025-03-26"), describe(arabic));
        List<Claim> nothingBefore = candidatesRead("The US-led coalition said a rocket attack followed at Ain al-Asad air base on Monday.");
        assertTrue(nothingBefore.stream().noneMatch(c -> c.status() == Status.WITHDRAWN),
                "with no departure before it, followed is no departure: " + describe(nothingBefore));
    }

    @Test
    void shouldReadTheCountryAHandoverNamesAsWhoReceivesNotWhatIsHandedOver() {
        List<Claim> claims = candidatesRead("وقال مسؤول في التحالف الدولي إن القاعدة تضم أسراب طائرات إف-16 "
                + "التي تسلّمها العراق من الولايات المتحدة خلال السنوات الماضية.");
        assertTrue(claims.stream().noneMatch(c -> c.place().equals("iq")), "Iraq received aircraft: " + describe(claims));
        List<Claim> base = candidatesRead("سلّم التحالف الدولي قاعدة القائم إلى العراق في آذار.");
        assertTrue(has(base, "al-qaim", Status.WITHDRAWN, Modality.ASSERTED, null), describe(base));
    }

    @Test
    void shouldDateAListByTheDateInItsVerbPhraseNotByOneBehindAComma() {
        List<Claim> claims = candidatesRead("وقال المسؤول إن إنهاء الوجود الأجنبي لم يبدأ اليوم، فقد تسلمت قواتنا في آذار 2020 "
                + "من التحالف الدولي قاعدة القائم وقاعدة القيارة وقاعدة كي وان.");
        assertTrue(has(claims, "qayyarah", Status.WITHDRAWN, Modality.ASSERTED, "2020-03"), describe(claims));
        assertTrue(has(claims, "k1", Status.WITHDRAWN, Modality.ASSERTED, "2020-03"), describe(claims));
    }

    @Test
    void shouldBeginANewStatementAtACommaBeforeFaqad() {
        List<Claim> claims = candidatesRead("ونفى المسؤول في التحالف الدولي أي نية لمغادرة قاعدة حرير، "
                + "فقد انسحبت القوات الأمريكية من قاعدة عين الأسد أمس.");
        assertTrue(has(claims, "ain-al-asad", Status.WITHDRAWN, Modality.ASSERTED, null), describe(claims));
    }

    @Test
    void shouldLetADemandGovernTheDepartureOfTheRemainingForces() {
        List<Claim> claims = candidatesRead("Coordination Framework MPs demand that the remaining US forces leave Harir air base this year.");
        assertTrue(has(claims, "harir", Status.WITHDRAWN, Modality.DEMANDED, null), describe(claims));
    }

    @Test
    void shouldReadAnExceptionAsTheOnlyPlaceLeft() {
        List<Claim> claims = claims("لم يعد هناك أي وجود لقوات التحالف في أي قاعدة عراقية باستثناء قاعدة حرير.");
        assertTrue(claims.stream().anyMatch(c -> c.place().equals("harir") && c.modality() == Modality.ASSERTED
                && (c.status() == Status.PRESENT || c.status() == Status.ADVISORY_ONLY)), describe(claims));
        assertTrue(claims.stream().noneMatch(c -> c.place().equals("harir") && c.status() == Status.WITHDRAWN), describe(claims));
    }

    @Test
    void shouldReadAStayUntilADeadlineAsPresentNowAndPlannedToLeave() {
        List<Claim> claims = claims("ستبقى القوات الأمريكية في قاعدة حرير حتى نهاية العام الجاري.");
        assertTrue(has(claims, "harir", Status.WITHDRAWN, Modality.PLANNED, "2025-12-31"), describe(claims));
    }

    @Test
    void shouldReadTheEndOfTheCombatMissionAsAdvisersOnlyForTheCountry() {
        List<Claim> claims = claims("أعلن مستشار الأمن القومي، اليوم، انتهاء المهام القتالية لقوات التحالف الدولي.");
        assertTrue(has(claims, "iq", Status.ADVISORY_ONLY, Modality.ASSERTED, PUBLISHED), describe(claims));
    }

    @Test
    void shouldDateBackgroundByItsOwnDateNotThePublicationDate() {
        List<Claim> claims = claims("وكانت قوات التحالف قد سلّمت قاعدة القائم إلى القوات العراقية في السابع عشر من آذار 2020.");
        assertTrue(has(claims, "al-qaim", Status.WITHDRAWN, Modality.ASSERTED, "2020-03-17"), describe(claims));
    }

    @Test
    void shouldReadEachBaseOfAListGovernedByOneVerb() {
        List<Claim> claims = claims("Since March the coalition has handed over al-Qaim, Qayyarah, K1 and Camp Taji to Iraqi forces.");
        for (String base : List.of("al-qaim", "qayyarah", "k1", "taji")) {
            assertTrue(claims.stream().anyMatch(c -> c.place().equals(base) && c.status() == Status.WITHDRAWN), base + ": "
                    + describe(claims));
        }
    }

    @Test
    void shouldReferTheBaseToOneNamedOnlyAsWhereSomethingHappened() {
        String story = "A drone was shot down near Erbil International Airport on Wednesday. Images of the blast "
                + "prompted rumours that coalition personnel had been evacuated from the base.";
        // the rules' reading, which the ranker then weighs: a rumour told without its denial is no strong claim
        assertEquals(List.of("erbil-air-base"), candidatePlaces(story));
        // a city that shares a base's name is no base: "near Mosul … the base" finds no base to stand for
        List<String> city = candidatePlaces(story.replace("Erbil International Airport", "Mosul"));
        assertTrue(!city.contains("mosul") && !city.contains("erbil-air-base"), city.toString());
    }

    private static List<String> candidatePlaces(String text) {
        ArticleReading r = EXTRACTOR.read(new Article("t", null, "test", PUBLISHED, null, null, text));
        return EXTRACTOR.candidates(r).stream().map(c -> c.role().place().place()).toList();
    }

    @Test
    void shouldReadADestinationAsWhereTheForcesAreGoing() {
        List<Claim> claims = claims("وقال مصدر أمني إن الأرتال الأمريكية غادرت القاعدة، ووجهتها قاعدة حرير في أربيل.");
        assertTrue(has(claims, "harir", Status.PRESENT, Modality.ASSERTED, null), describe(claims));
    }

    @Test
    void shouldReadAnAttackOnACoalitionSiteAsPresenceButNotAnAttackByTheCoalition() {
        List<Claim> target = claims("Rockets struck Ain al-Asad air base on Tuesday, the latest attack on US-led coalition troops in Iraq.");
        assertTrue(has(target, "ain-al-asad", Status.PRESENT, Modality.ASSERTED, null), describe(target));
        // minimal pair: the coalition as the one who strikes says nothing of its presence there
        List<Claim> attacker = candidatesRead("US drones struck Ain al-Asad air base on Tuesday.");
        assertTrue(attacker.isEmpty(), describe(attacker));
    }

    @Test
    void shouldTakeWhoDemandsForTheSpeakerNotForTheForcesThatMustLeave() {
        List<Claim> claims = claims("وتعرضت القوات الأمريكية لهجمات تبنتها فصائل مرتبطة بإيران تطالب بانسحاب كامل وفوري.");
        assertTrue(has(claims, "iq", Status.WITHDRAWN, Modality.DEMANDED, null), describe(claims));
    }

    @Test
    void shouldLeaveTheDeadlineOfAStayToTheStay() {
        List<Claim> claims = claims("وتنص الخطة على إنهاء مهمة التحالف الدولي في بغداد والمناطق الاتحادية في أيلول 2025، "
                + "على أن يستمر وجوده في إقليم كردستان حتى أيلول 2026.");
        assertTrue(has(claims, "iq-federal", Status.WITHDRAWN, Modality.PLANNED, "2025-09"), describe(claims));
        assertTrue(has(claims, "iq-kurdistan", Status.WITHDRAWN, Modality.PLANNED, "2026-09"), describe(claims));
    }

    @Test
    void shouldCarryAListOnPastThePlaceOfItsFirstItemAndIntoItsExamples() {
        List<Claim> described = claims("وكان التحالف قد سلّم قاعدة القائم الحدودية غربي الأنبار في السابع عشر من آذار، "
                + "ثم قاعدة القيارة جنوب الموصل يوم الخميس الماضي.");
        assertTrue(has(described, "qayyarah", Status.WITHDRAWN, Modality.ASSERTED, null), describe(described));
        List<Claim> examples = claims("وكانت القوات الأمريكية قد سلّمت منذ آذار الماضي عدداً من القواعد والمواقع للقوات العراقية، "
                + "بينها قواعد القائم والقيارة وكي وان.");
        for (String base : List.of("al-qaim", "qayyarah", "k1")) {
            assertTrue(has(examples, base, Status.WITHDRAWN, Modality.ASSERTED, null), base + ": " + describe(examples));
        }
        // minimal pair: a new statement between two places ends the list
        List<Claim> statement = candidatesRead("وكان التحالف قد سلّم قاعدة القائم في السابع عشر من آذار، "
                + "وقال مسؤول إن قاعدة القيارة تعرضت لهجوم.");
        assertTrue(statement.stream().noneMatch(c -> c.place().equals("qayyarah") && c.status() == Status.WITHDRAWN),
                describe(statement));
    }

    @Test
    void shouldTakeTheyForTheForcesThePreviousSentencePutSomewhere() {
        String stay = "About 900 US troops remain at Harir air base. They will leave by the end of 2026.";
        List<Claim> claims = candidatesRead(stay);
        assertTrue(has(claims, "harir", Status.WITHDRAWN, Modality.PLANNED, "2026"), describe(claims));
        // minimal pair: forces named again are no pronoun, and nothing says where they are
        List<Claim> named = candidatesRead(stay.replace("They will leave", "Other US forces will leave"));
        assertTrue(!has(named, "harir", Status.WITHDRAWN, Modality.PLANNED, null), describe(named));
    }

    @Test
    void shouldReadAVerbalNounBeforeAVerbInTheFutureAsPlanned() {
        List<Claim> claims = candidatesRead("وأكد المصدر أن المستشارين الأمريكيين ما زالوا في قاعدة حرير، وانسحابهم سيكتمل في أيلول المقبل.");
        assertTrue(has(claims, "harir", Status.WITHDRAWN, Modality.PLANNED, "2026-09"), describe(claims));
    }

    @Test
    void shouldKeepAListOfBasesWhoseItemsBeginWithABaseNounAfterAComma() {
        List<Claim> claims = claims("ويتوزع الجنود الأمريكيون أساساً على قاعدة عين الأسد الجوية في الأنبار، "
                + "وقاعدة فكتوريا الملاصقة لمطار بغداد، ومعسكر التاجي شمال العاصمة.");
        for (String base : List.of("ain-al-asad", "victory", "taji")) {
            assertTrue(has(claims, base, Status.PRESENT, Modality.ASSERTED, null), base + ": " + describe(claims));
        }
    }

    @Test
    void shouldNotNegateAPresenceThroughTheVerbANegationGoverns() {
        List<Claim> negated = candidatesRead("وقال المسؤول إنه لم يعد هناك أي جندي أمريكي في قاعدة عين الأسد.");
        assertTrue(has(negated, "ain-al-asad", Status.WITHDRAWN, Modality.ASSERTED, null), describe(negated));
        List<Claim> unsaid = candidatesRead("وقال المسؤول ذلك من دون أن يحدد عدد الجنود الأمريكيين الذين يبقون في قاعدة عين الأسد.");
        assertTrue(!has(unsaid, "ain-al-asad", Status.WITHDRAWN, Modality.ASSERTED, null), describe(unsaid));
    }

    @Test
    void shouldReferTheAirportToABaseAtAnAirportOnly() {
        List<Claim> claims = candidatesRead("Coalition forces remain at Harir air base and at Erbil airport. "
                + "There has been no withdrawal from the airport, the official said.");
        assertTrue(claims.stream().anyMatch(c -> c.place().equals("erbil-air-base") && c.modality() == Modality.DENIED),
                describe(claims));
        assertTrue(claims.stream().noneMatch(c -> c.place().equals("harir") && c.modality() == Modality.DENIED), describe(claims));
    }

    @Test
    void shouldTakeByBeforeAnAgentForNoDeadline() {
        List<Claim> claims = candidatesRead("That posture is the result of the handover of Ain al-Asad air base to the Iraqi "
                + "military on 17 January, in the transition announced by Baghdad and Washington.");
        assertTrue(has(claims, "ain-al-asad", Status.WITHDRAWN, Modality.ASSERTED, "2025-01-17"), describe(claims));
        assertTrue(claims.stream().noneMatch(c -> c.modality() == Modality.PLANNED), describe(claims));
    }

    @Test
    void shouldReadExamplesAfterEspeciallyAsObjectsOfTheDemand() {
        List<Claim> claims = candidatesRead("وأشار العامري إلى وجوب تسليم كافة القواعد التي تشغلها القوات الأجنبية بعد 31 من "
                + "الشهر الحالي إلى الجيش العراقي، خصوصاً قاعدتي حرير وعين الأسد.");
        for (String base : List.of("harir", "ain-al-asad")) {
            assertTrue(has(claims, base, Status.WITHDRAWN, Modality.DEMANDED, null), base + ": " + describe(claims));
        }
    }

    @Test
    void shouldReadAWithdrawalSaidToBeUnderWayAsWithdrawingButOneThatWillTakePlaceAsPlanned() {
        List<Claim> going = candidatesRead("وقال إن انسحاب القوات الأمريكية من عين الأسد جارٍ على قدم وساق.");
        assertTrue(has(going, "ain-al-asad", Status.WITHDRAWING, Modality.ASSERTED, null), describe(going));
        List<Claim> planned = candidatesRead("وقال مصدر في التحالف إن الانسحاب سيجري من قاعدة عين الأسد وفق الجدول المتفق عليه.");
        assertTrue(has(planned, "ain-al-asad", Status.WITHDRAWN, Modality.PLANNED, null), describe(planned));
    }

    @Test
    void shouldTakeTheirPresenceForTheForcesOfTheExceptionBefore() {
        List<Claim> claims = candidatesRead("وأكد أنه لا يوجد أي مستشار للتحالف الدولي في عموم المعسكرات العراقية باستثناء قاعدة أربيل، "
                + "وهناك عمل كبير لإنهاء تواجدهم مع نهاية العام المقبل.");
        assertTrue(has(claims, "erbil-air-base", Status.WITHDRAWN, Modality.PLANNED, "2026-12-31"), describe(claims));
    }

    @Test
    void shouldReadAVerbalNounAfterAPastAuxiliaryAsDone() {
        List<Claim> claims = candidatesRead("وجرى خلال الأسابيع الماضية نقل القوات الأمريكية إلى قاعدة حرير، في إطار البقاء حتى نهاية العام.");
        assertTrue(has(claims, "harir", Status.PRESENT, Modality.ASSERTED, null), describe(claims));
    }

    @Test
    void shouldNotTakeAnOffensiveWeaponForAnAttack() {
        List<Claim> claims = candidatesRead("ونقلت القوات الأمريكية منظومات دفاعية وهجومية من قاعدة عين الأسد.");
        assertTrue(claims.stream().noneMatch(c -> c.place().equals("ain-al-asad") && c.status() == Status.PRESENT), describe(claims));
    }

    @Test
    void shouldNotTakeTheCountryWhereABaseIsTheLastForAClaimOfItsOwn() {
        List<Claim> claims = candidatesRead("وتتجه الأنظار إلى قاعدة الحرير، آخر مراكز القوات الأمريكية في العراق.");
        assertTrue(has(claims, "harir", Status.PRESENT, Modality.ASSERTED, null), describe(claims));
        assertTrue(claims.stream().noneMatch(c -> c.place().equals("iq")), describe(claims));
    }

    @Test
    void shouldDateWhatGoesWithAnEventByThatEventsDate() {
        List<Claim> claims = candidatesRead("ثم أعلن الكاظمي في التاسع والعشرين من كانون الأول 2021 خروج آخر القوات القتالية الأمريكية، "
                + "مع بقاء مستشارين في عين الأسد.");
        assertTrue(has(claims, "ain-al-asad", Status.ADVISORY_ONLY, Modality.ASSERTED, "2021-12-29"), describe(claims));
    }

    @Test
    void shouldTakeWhereForABaseNamedOnlyAsWhereSomethingHappened() {
        List<Claim> claims = candidatesRead("A third drone was shot down early on Thursday near Harir air base, northeast of Irbil, "
                + "where US special operations and aviation units are stationed, a Kurdish security official said.");
        assertTrue(has(claims, "harir", Status.PRESENT, Modality.ASSERTED, null), describe(claims));
    }

    @Test
    void shouldReadTakingAPlaceAsHeadquartersAsPresence() {
        List<Claim> claims = candidatesRead("ويتخذ التحالف الدولي من مجمع يونيون 3 في المنطقة الخضراء مقراً لقيادته.");
        assertTrue(has(claims, "union-iii", Status.PRESENT, Modality.ASSERTED, null), describe(claims));
    }

    @Test
    void shouldDateADemandByTheDayAfterWhichItHolds() {
        List<Claim> claims = candidatesRead("وأشار العامري إلى وجوب تسليم كافة القواعد التي تشغلها القوات الأجنبية بعد 31 كانون الأول 2025 "
                + "إلى الجيش العراقي، خصوصاً قاعدة حرير.");
        assertTrue(has(claims, "harir", Status.WITHDRAWN, Modality.DEMANDED, "2025-12-31"), describe(claims));
    }

    @Test
    void shouldReadAnyForcesStayingAsAThreatToMakeThemLeave() {
        List<Claim> claims = candidatesRead("وقال المسؤول الأمني لكتائب حزب الله إن أي جندي أجنبي يبقى في حرير بعد نهاية العام "
                + "سيعامل بوصفه قوة احتلال.");
        assertTrue(has(claims, "harir", Status.WITHDRAWN, Modality.DEMANDED, null), describe(claims));
        assertTrue(claims.stream().noneMatch(c -> c.status() == Status.PRESENT), describe(claims));
        // minimal pair: there is not any soldier is an absence, asserted
        List<Claim> none = candidatesRead("وأكد المسؤول أنه لم يعد هناك أي جندي أمريكي في حرير.");
        assertTrue(has(none, "harir", Status.WITHDRAWN, Modality.ASSERTED, null), describe(none));
    }

    @Test
    void shouldNotTakeTheCityOfACompoundForAClaimOfItsOwn() {
        List<Claim> claims = candidatesRead("About 2,500 US troops are in Iraq, spread between Ain al-Asad air base and the Union III "
                + "compound in Baghdad.");
        assertTrue(has(claims, "union-iii", Status.PRESENT, Modality.ASSERTED, null), describe(claims));
        assertTrue(claims.stream().noneMatch(c -> c.place().equals("baghdad")), describe(claims));
    }

    @Test
    void shouldReadTheEndOfTheCoalitionsCombatMissionAsAdvisersOnly() {
        List<Claim> claims = candidatesRead("In December 2021 Baghdad announced the end of the coalition's combat mission.");
        assertTrue(has(claims, "iq", Status.ADVISORY_ONLY, Modality.ASSERTED, "2021-12"), describe(claims));
        assertTrue(claims.stream().noneMatch(c -> c.status() == Status.WITHDRAWN), describe(claims));
    }

    @Test
    void shouldReadTheEndOfCombatAsNationalEvenWhenTheBasesWhereAdvisersStayFollow() {
        List<Claim> claims = candidatesRead("حين أعلن مستشار الأمن القومي انتهاء المهام القتالية للتحالف، لتبقى عين الأسد وحرير "
                + "مواقع لمستشارين ومدربين.");
        assertTrue(has(claims, "iq", Status.ADVISORY_ONLY, Modality.ASSERTED, null), describe(claims));
    }

    @Test
    void shouldReadATurnedPageAsTheEnd() {
        List<Claim> claims = candidatesRead("وفي الثالث والعشرين من آب 2020 طويت صفحة القوات الأمريكية في معسكر التاجي شمالي بغداد.");
        assertTrue(has(claims, "taji", Status.WITHDRAWN, Modality.ASSERTED, "2020-08-23"), describe(claims));
    }

    @Test
    void shouldReadAPresenceInThePresentAsNowWhateverTheSentencePlansLater() {
        List<Claim> claims = candidatesRead("ويتمركز في العراق نحو ألفين وخمسمئة عسكري أمريكي، يتوزعون بين عين الأسد وحرير، "
                + "فيما تبدأ المرحلة الأولى من الانسحاب في أيلول المقبل.");
        assertTrue(has(claims, "ain-al-asad", Status.PRESENT, Modality.ASSERTED, null), describe(claims));
        assertTrue(claims.stream().noneMatch(c -> c.status() == Status.PRESENT && c.modality() == Modality.PLANNED),
                describe(claims));
    }

    @Test
    void shouldReadANegatedPlanAsADenialOfTheWithdrawalItPlans() {
        List<Claim> claims = candidatesRead("وقالت المتحدثة باسم البنتاغون إنه لا توجد لدينا أي خطط لسحب قواتنا من العراق.");
        assertTrue(has(claims, "iq", Status.WITHDRAWN, Modality.DENIED, null), describe(claims));
        assertTrue(claims.stream().noneMatch(c -> c.modality() != Modality.DENIED), describe(claims));
        List<Claim> english = candidatesRead("A defence official said there are no plans to withdraw US troops from Iraq.");
        assertTrue(english.stream().anyMatch(c -> c.place().equals("iq") && c.modality() == Modality.DENIED), describe(english));
        assertTrue(english.stream().noneMatch(c -> c.modality() == Modality.PLANNED), describe(english));
        // minimal pair: a date not yet set is no denial, a verb stands between the negation and the plan
        List<Claim> notYet = candidatesRead("ولم تحدد الحكومة بعد موعداً لانسحاب القوات الأمريكية من العراق.");
        assertTrue(notYet.stream().noneMatch(c -> c.modality() == Modality.DENIED), describe(notYet));
    }

    @Test
    void shouldGiveAParticipleAfterACommaTheTenseOfTheVerbBeforeIt() {
        List<Claim> claims = candidatesRead("Since then the coalition has quietly consolidated, turning over al-Qaim, Qayyarah and K1 "
                + "to Iraqi command.");
        for (String base : List.of("al-qaim", "qayyarah", "k1")) {
            assertTrue(has(claims, base, Status.WITHDRAWN, Modality.ASSERTED, null), describe(claims));
        }
        // minimal pair: a participle on its own is under way
        List<Claim> going = candidatesRead("The coalition is turning over al-Qaim to Iraqi command.");
        assertTrue(has(going, "al-qaim", Status.WITHDRAWING, Modality.ASSERTED, null), describe(going));
    }

    @Test
    void shouldNotReadAPlaceWhereSomeAreLeftAsEmpty() {
        List<Claim> claims = candidatesRead("وقال المحمداوي إن \"مهمة التحالف في المناطق الاتحادية اكتملت، ولم يبقَ في بغداد سوى أربعة "
                + "إلى خمسة أشخاص يتولون شؤوناً لوجستية\".");
        assertTrue(claims.stream().noneMatch(c -> c.place().equals("baghdad") && c.status() == Status.WITHDRAWN), describe(claims));
        // minimal pair: an exception that is a place excepts that place, the rest is empty
        List<Claim> place = candidatesRead("وقال المحمداوي إنه لم يبقَ للتحالف أي جندي في العراق سوى في قاعدة حرير.");
        assertTrue(has(place, "harir", Status.PRESENT, Modality.ASSERTED, null), describe(place));
    }

    @Test
    void shouldReadAnyForcesStayingAfterAVerbalNounAsAThreat() {
        List<Claim> claims = candidatesRead("واعتبرت كتائب حزب الله أن بقاء أي قوة أمريكية في قاعدتي عين الأسد وحرير بعد 31 كانون الأول "
                + "احتلال.");
        assertTrue(has(claims, "harir", Status.WITHDRAWN, Modality.DEMANDED, null), describe(claims));
        assertTrue(claims.stream().noneMatch(c -> c.status() == Status.PRESENT), describe(claims));
    }

    @Test
    void shouldReadForcesLeftBehindAtAPlaceAsStaying() {
        List<Claim> claims = candidatesRead("The coalition ended its combat role in Iraq in December 2021, leaving advisers at Ain al-Asad.");
        assertTrue(has(claims, "ain-al-asad", Status.ADVISORY_ONLY, Modality.ASSERTED, null), describe(claims));
        assertTrue(claims.stream().noneMatch(c -> c.place().equals("ain-al-asad") && c.status() == Status.WITHDRAWING), describe(claims));
        // minimal pair: in Arabic the forces after the verb are its subject, who leave
        List<Claim> arabic = candidatesRead("وبموجب الاتفاق تغادر قوات التحالف قاعدة عين الأسد في أيلول 2025.");
        assertTrue(has(arabic, "ain-al-asad", Status.WITHDRAWN, Modality.PLANNED, null), describe(arabic));
    }

    @Test
    void shouldSeeThePrepositionBeforeTheAdjectivesOfARegion() {
        List<Claim> claims = candidatesRead("US forces moved most of their personnel north to the semi-autonomous Kurdistan region "
                + "in September 2025.");
        assertTrue(has(claims, "iq-kurdistan", Status.PRESENT, Modality.ASSERTED, "2025-09"), describe(claims));
    }

    @Test
    void shouldNotReadAWithdrawalWeighedForWhatItWouldBringAsAClaim() {
        List<Claim> arabic = candidatesRead("وقال عضو في المكتب السياسي للحزب إن انسحاب التحالف من إقليم كردستان سيكون خطأً استراتيجياً.");
        assertTrue(arabic.isEmpty(), describe(arabic));
        List<Claim> english = candidatesRead("Analysts say a full withdrawal of US forces from Iraq would make that mission unsustainable.");
        assertTrue(english.isEmpty(), describe(english));
        // minimal pairs: the same noun with a verb of happening, or a "be" followed by when, is a plan
        List<Claim> when = candidatesRead("وقال المسؤول إن انسحاب التحالف من إقليم كردستان سيكون في أيلول 2026.");
        assertTrue(has(when, "iq-kurdistan", Status.WITHDRAWN, Modality.PLANNED, "2026-09"), describe(when));
        List<Claim> happens = candidatesRead("Officials say the withdrawal of US forces from Ain al-Asad would be completed by December 2025.");
        assertTrue(has(happens, "ain-al-asad", Status.WITHDRAWN, Modality.PLANNED, "2025-12"), describe(happens));
    }

    @Test
    void shouldNotReadAVisitAsForcesArriving() {
        List<Claim> arabic = candidatesRead("وصل إلى أربيل، اليوم الثلاثاء، وفد عسكري أمريكي رفيع لبحث ترتيبات المرحلة المقبلة.");
        assertTrue(arabic.stream().noneMatch(c -> c.status() == Status.PRESENT), describe(arabic));
        List<Claim> english = candidatesRead("A US delegation arrived in Erbil on Tuesday for talks with Kurdish leaders.");
        assertTrue(english.stream().noneMatch(c -> c.status() == Status.PRESENT), describe(english));
        // minimal pairs: forces that arrive are there
        List<Claim> forces = candidatesRead("وصلت إلى أربيل، اليوم الثلاثاء، قوات أمريكية قادمة من قاعدة عين الأسد.");
        assertTrue(has(forces, "erbil", Status.PRESENT, Modality.ASSERTED, null), describe(forces));
        List<Claim> troops = candidatesRead("US troops arrived in Erbil on Tuesday.");
        assertTrue(has(troops, "erbil", Status.PRESENT, Modality.ASSERTED, null), describe(troops));
    }

    @Test
    void shouldGoOnWithAListThroughASiteOfItsOwnAndAPlaceSaidAgain() {
        List<Claim> claims = candidatesRead("وكان التحالف قد سلّم منذ منتصف آذار الماضي قاعدة التقدم، إضافة إلى موقعه في مقر قيادة "
                + "عمليات نينوى بالموصل ومعسكر بسماية جنوب شرقي بغداد.");
        for (String base : List.of("taqaddum", "mosul", "besmaya")) {
            assertTrue(has(claims, base, Status.WITHDRAWN, Modality.ASSERTED, null), base + " " + describe(claims));
        }
    }

    @Test
    void shouldTakeThePassivesTimeFromItsAuxiliary() {
        List<Claim> ahead = candidatesRead("Coalition officials said K-1 Air Base, north-west of Kirkuk, is expected to be handed over "
                + "this weekend.");
        assertTrue(has(ahead, "k1", Status.WITHDRAWN, Modality.PLANNED, null), describe(ahead));
        assertTrue(ahead.stream().noneMatch(c -> c.modality() == Modality.ASSERTED), describe(ahead));
        // minimal pair: the same participle after a past auxiliary is done
        List<Claim> done = candidatesRead("Coalition officials said K-1 Air Base, north-west of Kirkuk, was handed over on Sunday.");
        assertTrue(has(done, "k1", Status.WITHDRAWN, Modality.ASSERTED, null), describe(done));
    }

    @Test
    void shouldPlaceAKurdishCallForForcesToStayInTheKurdistanRegion() {
        List<Claim> arabic = candidatesRead("وقال المتحدث إن حكومة الإقليم تريد بقاء قوات التحالف ما دام خطر داعش قائماً.");
        assertTrue(has(arabic, "iq-kurdistan", Status.PRESENT, Modality.DEMANDED, null), describe(arabic));
        assertTrue(arabic.stream().noneMatch(c -> c.place().equals("iq")), describe(arabic));
        List<Claim> english = candidatesRead("Kurdish leaders make no secret that they want the coalition troops to stay.");
        assertTrue(has(english, "iq-kurdistan", Status.PRESENT, Modality.DEMANDED, null), describe(english));
        // minimal pair: a call from nobody in particular is about the country
        List<Claim> national = candidatesRead("وقال المتحدث إن الحكومة تريد بقاء قوات التحالف ما دام خطر داعش قائماً.");
        assertTrue(has(national, "iq", Status.PRESENT, Modality.DEMANDED, null), describe(national));
    }

    @Test
    void shouldEndAConditionWhereADemandAfterACommaBegins() {
        List<Claim> arabic = candidatesRead("وقال القيادي: \"إن لم يكن الخروج شاملاً فلن نعده خروجاً\"، مطالباً الحكومة بإنهاء الوجود "
                + "الأجنبي دفعة واحدة.");
        assertTrue(has(arabic, "iq", Status.WITHDRAWN, Modality.DEMANDED, null), describe(arabic));
        // minimal pair: the same demand inside the condition is part of it, not a call of its own
        List<Claim> inside = candidatesRead("وقال القيادي: \"إن لم يكن الخروج شاملاً فلن نطالب الحكومة بإنهاء الوجود الأجنبي\".");
        assertTrue(inside.stream().noneMatch(c -> c.modality() == Modality.DEMANDED), describe(inside));
    }

    @Test
    void shouldNotLetAPlanGovernAStatementAfterACommaAndWaw() {
        List<Claim> now = candidatesRead("وقال الوزير إن العراق أنجز المرحلة الأولى من الاتفاق بالكامل، ولا يوجد اليوم أي مستشار "
                + "أجنبي في قاعدة عين الأسد.");
        assertTrue(has(now, "ain-al-asad", Status.WITHDRAWN, Modality.ASSERTED, null), describe(now));
        assertTrue(now.stream().noneMatch(c -> c.modality() == Modality.PLANNED), describe(now));
        // minimal pair: the same absence inside the plan's own clause is what the plan brings
        List<Claim> planned = candidatesRead("وقال الوزير إن الاتفاق ينص على أن لا يبقى أي مستشار أجنبي في قاعدة عين الأسد بعد أيلول.");
        assertTrue(has(planned, "ain-al-asad", Status.WITHDRAWN, Modality.PLANNED, null), describe(planned));
    }

    @Test
    void shouldReadEverySoldierWhoStaysAsAThreat() {
        List<Claim> threat = candidatesRead("وقالت الحركة إن كل جندي أمريكي يبقى في قاعدة حرير بعد نهاية العام سيعامل بوصفه قوة احتلال.");
        assertTrue(has(threat, "harir", Status.WITHDRAWN, Modality.DEMANDED, null), describe(threat));
        assertTrue(threat.stream().noneMatch(c -> c.status() == Status.PRESENT), describe(threat));
        // minimal pair: all of the soldiers, with the article, are there
        List<Claim> all = candidatesRead("وقالت المصادر إن كل الجنود الأمريكيين يبقون في قاعدة حرير حتى الآن.");
        assertTrue(has(all, "harir", Status.PRESENT, Modality.ASSERTED, null), describe(all));
    }

    @Test
    void shouldGoOnWithAListThroughASiteSaidByARelativeClause() {
        List<Claim> claims = candidatesRead("وكان التحالف قد غادر عام 2020 مواقع عدة في العراق، هي القائم والقيارة وكي وان والتقدم "
                + "(الحبانية) والموقع الذي كان يشغله في الموصل، إضافة إلى مجمع بسماية.");
        for (String base : List.of("al-qaim", "qayyarah", "k1", "taqaddum", "mosul", "besmaya")) {
            assertTrue(has(claims, base, Status.WITHDRAWN, Modality.ASSERTED, "2020"), base + " " + describe(claims));
        }
        // minimal pair: a relative clause after forces, not after a site, says where they went, not another site left
        List<Claim> forces = candidatesRead("وكان التحالف قد غادر عام 2020 مواقع عدة في العراق، هي القائم والقيارة والقوات التي "
                + "كانت هناك في الموصل.");
        assertTrue(forces.stream().noneMatch(c -> c.place().equals("mosul") && c.status() == Status.WITHDRAWN), describe(forces));
    }

    @Test
    void shouldReadSitesLeftInTheCountryAsTheSitesNotTheCountry() {
        List<Claim> sites = candidatesRead("وكان التحالف قد غادر عام 2020 مواقع عدة في العراق، هي القائم والقيارة.");
        assertTrue(has(sites, "al-qaim", Status.WITHDRAWN, Modality.ASSERTED, "2020"), describe(sites));
        assertTrue(sites.stream().noneMatch(c -> c.place().equals("iq")), describe(sites));
        // minimal pair: every base in the country, none named, is the country
        List<Claim> all = candidatesRead("وكان التحالف قد غادر عام 2020 جميع المواقع في العراق.");
        assertTrue(has(all, "iq", Status.WITHDRAWN, Modality.ASSERTED, "2020"), describe(all));
    }

    @Test
    void shouldReadNothingIntoWhatWasLeftUnsaid() {
        List<Claim> arabic = candidatesRead("ولم يحدد البيان عدد الجنود الأمريكيين الذين سيغادرون قاعدة حرير.");
        assertTrue(arabic.isEmpty(), describe(arabic));
        List<Claim> english = candidatesRead("The spokesman declined to say how many US troops had left Ain al-Asad.");
        assertTrue(english.isEmpty(), describe(english));
        // minimal pairs: what is said is a claim
        List<Claim> said = candidatesRead("وقال البيان إن الجنود الأمريكيين سيغادرون قاعدة حرير.");
        assertTrue(said.stream().anyMatch(c -> c.place().equals("harir")), describe(said));
        List<Claim> told = candidatesRead("The spokesman said 300 US troops had left Ain al-Asad.");
        assertTrue(told.stream().anyMatch(c -> c.place().equals("ain-al-asad")), describe(told));
    }

    @Test
    void shouldNotReadSomeSitesInAGovernorateAsTheGovernorateLeft() {
        List<Claim> some = candidatesRead("وكانت قوات التحالف قد سلّمت عام 2020 عدداً من القواعد في محافظة الأنبار إلى القوات العراقية.");
        assertTrue(some.stream().noneMatch(c -> c.place().equals("anbar") && c.status() == Status.WITHDRAWN), describe(some));
        List<Claim> several = candidatesRead("In 2020 the coalition handed over several bases in Anbar province to Iraqi forces.");
        assertTrue(several.stream().noneMatch(c -> c.place().equals("anbar") && c.status() == Status.WITHDRAWN), describe(several));
        // minimal pair: its bases there, not some of them, are the governorate left
        List<Claim> its = candidatesRead("In 2020 the coalition handed over its bases in Anbar province to Iraqi forces.");
        assertTrue(has(its, "anbar", Status.WITHDRAWN, Modality.ASSERTED, "2020"), describe(its));
    }

    /** The claims the rules alone read, before the ranker weighs them. */
    private static List<Claim> candidatesRead(String text) {
        return RULES.extract(new Article("t", null, "test", PUBLISHED, null, null, text));
    }

    private static List<Claim> claims(String text) {
        return EXTRACTOR.extract(new Article("t", null, "test", PUBLISHED, null, null, text));
    }

    private static boolean has(List<Claim> claims, String place, Status status, Modality modality, String datePrefix) {
        return claims.stream().anyMatch(c -> c.place().equals(place) && c.status() == status && c.modality() == modality
                && (datePrefix == null || c.eventDate() != null && c.eventDate().startsWith(datePrefix)));
    }

    private static String describe(List<Claim> claims) {
        return claims.stream().map(ClaimBehaviourTest::describe).toList().toString();
    }

    private static String describe(Claim c) {
        return c.place() + " " + c.status() + " " + c.modality() + " " + c.eventDate();
    }
}
