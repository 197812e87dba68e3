package org.basewatch.processor.extract;

import org.basewatch.contracts.Article;
import org.basewatch.contracts.Claim;
import org.basewatch.contracts.Modality;
import org.basewatch.contracts.Status;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClaimExtractorTest {
    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

    private static List<Claim> extract(String text, String published) {
        return EXTRACTOR.extract(new Article("a-1", null, "Test Wire", published, "ar", null, text));
    }

    private static Optional<Claim> find(List<Claim> claims, String place, Status status, Modality modality) {
        return claims.stream()
                .filter(c -> c.place().equals(place) && c.status() == status && c.modality() == modality)
                .findFirst();
    }

    private static Claim claim(List<Claim> claims, String place, Status status, Modality modality) {
        return find(claims, place, status, modality).orElseThrow(() -> new AssertionError(
                "no " + place + " " + status + " " + modality + " in " + describe(claims)));
    }

    private static List<Claim> claims(List<Claim> claims, String place) {
        return claims.stream().filter(c -> c.place().equals(place)).toList();
    }

    private static String describe(List<Claim> claims) {
        return claims.stream().map(c -> c.place() + " " + c.status() + " " + c.modality() + " " + c.eventDate()).toList()
                .toString();
    }

    @Test
    void shouldReadWithTheEndOfTheYearAsADeadlineThatAnAssertedStatusDoesNotTake() {
        // undated: the asserted absence used to be dated by the plan's deadline, a date still to come
        List<Claim> claims = extract("أكد المتحدث أنه لا يوجد أي مستشار في قاعدة عين الأسد، وهناك عمل كبير لإنهاء تواجدهم في قاعدة حرير "
                + "مع نهاية العام الجاري، تنفيذا للبيان الصادر في 6 شباط 2025.", null);
        assertNull(claim(claims, "ain-al-asad", Status.WITHDRAWN, Modality.ASSERTED).eventDate(), describe(claims));
        assertEquals("2025-12-31", claim(claims, "harir", Status.WITHDRAWN, Modality.PLANNED).eventDate());
        // "with the start of the year" still dates an event
        assertEquals("2025-01", claim(extract("انسحبت القوات الأمريكية من قاعدة التاجي مع مطلع العام الجاري.", "2025-03-01"),
                "taji", Status.WITHDRAWN, Modality.ASSERTED).eventDate());
    }

    @Test
    void shouldReadToItAsTheBaseTheSentenceNamedThatForcesDidNotLeave() {
        // "to it" follows Ain al-Asad, which the forces left; the stay belongs to Harir, named before
        List<Claim> claims = extract("وتتجه الأنظار إلى قاعدة حرير في أربيل بعد انسحاب القوات الأمريكية من قاعدة عين الأسد، "
                + "حيث نقلت المعدات والجنود إليها، في إطار البقاء حتى نهاية أيلول 2026.", "2026-02-10");
        assertEquals("2026-09", claim(claims, "harir", Status.WITHDRAWN, Modality.PLANNED).eventDate(), describe(claims));
        claim(claims, "harir", Status.PRESENT, Modality.ASSERTED);
        assertTrue(claims.stream().noneMatch(c -> c.place().equals("ain-al-asad") && c.status() == Status.PRESENT
                || c.place().equals("ain-al-asad") && c.modality() == Modality.PLANNED), describe(claims));
        // without a departure the base named last is meant
        List<Claim> visit = extract("زار الوفد قاعدة عين الأسد ثم قاعدة حرير، حيث نقلت المعدات والجنود إليها، "
                + "في إطار البقاء حتى نهاية أيلول 2026.", "2026-02-10");
        claim(visit, "harir", Status.WITHDRAWN, Modality.PLANNED);
        assertTrue(find(visit, "ain-al-asad", Status.WITHDRAWN, Modality.PLANNED).isEmpty(), describe(visit));
        // when the sentence's only base is one the forces left, "to it" is left unresolved
        List<Claim> left = extract("غادرت القوات الأمريكية قاعدة التاجي، حيث جرى نقل المعدات إليها في إطار البقاء حتى نهاية العام.",
                "2026-02-10");
        assertTrue(claims(left, "taji").stream().noneMatch(c -> c.status() == Status.PRESENT || c.modality() == Modality.PLANNED),
                describe(left));
    }

    @Test
    void shouldNotTakeAnAdjectiveOfEquipmentForAnAttack() {
        // "الهجومية" (offensive) describes systems; a presence next to it still counts
        claim(extract("تتواجد القوات الأمريكية في قاعدة حرير مع منظوماتها الدفاعية والهجومية.", "2026-02-10"),
                "harir", Status.PRESENT, Modality.ASSERTED);
        // a place named in an attack is still not a statement of presence
        List<Claim> attacked = extract("تتواجد القوات الأمريكية في قاعدة حرير التي تعرضت لهجوم صاروخي.", "2026-02-10");
        assertTrue(find(attacked, "harir", Status.PRESENT, Modality.ASSERTED).isEmpty(), describe(attacked));
    }

    @Test
    void shouldNotThrowWhenACueRunsIntoTheCommaThatEndsItsClause() {
        // "التحول إلى الاستشارة،": the cue ends past its clause (the bench's generated articles hit this on ~1%)
        List<Claim> claims = extract("وفي التاسع من آب أعلن مستشار الأمن القومي انتهاء المهمة في قاعدة عين الأسد والتحول إلى الاستشارة، "
                + "وأن منظومات الدفاع تعاملت مع المقذوفات.", "2021-12-20");
        assertEquals("2021-08-09", claim(claims, "ain-al-asad", Status.ADVISORY_ONLY, Modality.ASSERTED).eventDate());
        for (String text : new String[]{
                "انسحبت القوات من قاعدة عين الأسد والتحول إلى الاستشارة، وأن منظومات الدفاع تعاملت مع عدد من المقذوفات.",
                "أعلن المستشار انتهاء تلك المهمة والتحول إلى الاستشارة، وأن منظومات الدفاع تعاملت مع عدد من المقذوفات في قاعدة حرير."}) {
            assertFalse(extract(text, "2021-12-20").isEmpty(), text);
        }
    }

    @Test
    void shouldReadCompletedCombatWithdrawalAtBaseAsAdvisoryOnly() {
        List<Claim> claims = extract("وأكدت الخلية أن اللجنة أكملت جميع الإجراءات المتعلقة بانسحاب قوات التحالف القتالية "
                + "من قاعدة عين الاسد الجوية خلال زيارتها يوم 18 من الشهر الجاري.", "2021-12-21");
        Claim c = claim(claims, "ain-al-asad", Status.ADVISORY_ONLY, Modality.ASSERTED);
        assertEquals("2021-12-18", c.eventDate());
    }

    @Test
    void shouldReadEndOfCombatMissionAsAdvisoryOnlyForTheCountry() {
        List<Claim> claims = extract("أعلن مستشار الأمن القومي، اليوم الخميس، انتهاء المهام القتالية لقوات التحالف "
                + "وانسحابها من العراق.", "2021-12-09");
        assertEquals("2021-12-09", claim(claims, "iq", Status.ADVISORY_ONLY, Modality.ASSERTED).eventDate());
        assertTrue(find(claims, "iq", Status.WITHDRAWING, Modality.ASSERTED).isEmpty(), describe(claims));
    }

    @Test
    void shouldReadHandoverToIraqiForcesAsWithdrawn() {
        List<Claim> claims = extract("تسلمت القوات العراقية، اليوم الأحد، قاعدة القيارة الجوية بعد مغادرة آخر جنود "
                + "التحالف.", "2020-03-29");
        assertEquals("2020-03-29", claim(claims, "qayyarah", Status.WITHDRAWN, Modality.ASSERTED).eventDate());
    }

    @Test
    void shouldGiveEveryBaseOfAListTheSameClaim() {
        List<Claim> claims = extract("وكان التحالف قد سلّم في آذار الماضي قواعد القائم والقيارة وكي وان.", "2020-05-10");
        for (String base : List.of("al-qaim", "qayyarah", "k1")) {
            assertEquals("2020-03", claim(claims, base, Status.WITHDRAWN, Modality.ASSERTED).eventDate());
        }
    }

    @Test
    void shouldGiveExceptedBaseTheOppositeStatus() {
        List<Claim> claims = extract("وأكد المتحدث أنه لا يوجد أي مستشار في المعسكرات العراقية باستثناء قاعدة أربيل.",
                "2026-01-20");
        claim(claims, "erbil-air-base", Status.ADVISORY_ONLY, Modality.ASSERTED);
        assertTrue(find(claims, "erbil-air-base", Status.WITHDRAWN, Modality.ASSERTED).isEmpty(), describe(claims));
    }

    @Test
    void shouldReadEvacuationOfRegionAndIncludedHeadquarters() {
        List<Claim> claims = extract("أعلنت اللجنة العسكرية العليا لإنهاء مهمة التحالف، اليوم الأحد، إخلاء جميع القواعد "
                + "في المناطق الاتحادية من المستشارين، بما فيها مقر قيادة العمليات المشتركة.", "2026-01-18");
        claim(claims, "iq-federal", Status.WITHDRAWN, Modality.ASSERTED);
        claim(claims, "joc-hq", Status.WITHDRAWN, Modality.ASSERTED);
        assertTrue(find(claims, "iq", Status.WITHDRAWN, Modality.ASSERTED).isEmpty(), describe(claims));
    }

    @Test
    void shouldReadFutureTenseAndDeadlinesAsPlanned() {
        List<Claim> claims = extract("وقال المتحدث إن القوات الأمريكية ستغادر قاعدة حرير بحلول نهاية العام الحالي.",
                "2026-02-01");
        assertEquals("2026-12-31", claim(claims, "harir", Status.WITHDRAWN, Modality.PLANNED).eventDate());
    }

    @Test
    void shouldReadStayUntilAsPresenceNowAndPlannedWithdrawal() {
        List<Claim> claims = extract("وتتحدث مصادر عن بقاء قوة أمريكية محدودة في قاعدة حرير حتى أيلول 2026.",
                "2026-01-18");
        claim(claims, "harir", Status.PRESENT, Modality.ASSERTED);
        assertEquals("2026-09", claim(claims, "harir", Status.WITHDRAWN, Modality.PLANNED).eventDate());
    }

    @Test
    void shouldReadDenials() {
        List<Claim> claims = extract("ونفى مسؤول عسكري انسحاب القوات الأمريكية من قاعدة عين الأسد.", "2024-02-01");
        claim(claims, "ain-al-asad", Status.WITHDRAWN, Modality.DENIED);
        List<Claim> negated = extract("وقالت الفصائل إن القوات الأمريكية لم تنسحب من قاعدة حرير.", "2022-01-01");
        assertTrue(negated.stream().anyMatch(c -> c.place().equals("harir") && c.modality() == Modality.DENIED),
                describe(negated));
    }

    @Test
    void shouldReadStillHostingAsPresenceAndKeepTheDeadlineForTheNextPhrase() {
        List<Claim> claims = extract("وقال المتحدث إن مطار أربيل لا يزال يضم عدداً محدوداً من المستشارين، ومن المقرر "
                + "أن يغادروا بحلول أيلول المقبل.", "2026-03-02");
        claim(claims, "erbil-air-base", Status.ADVISORY_ONLY, Modality.ASSERTED);
        assertEquals("2026-09", claim(claims, "erbil-air-base", Status.WITHDRAWN, Modality.PLANNED).eventDate());
        assertTrue(claims.stream().noneMatch(c -> c.modality() == Modality.DENIED), describe(claims));
    }

    @Test
    void shouldReadResolutionObligingGovernmentAsDemand() {
        List<Claim> claims = extract("صوت مجلس النواب على قرار يلزم الحكومة بإنهاء تواجد القوات الأجنبية في البلاد.",
                "2020-01-05");
        claim(claims, "iq", Status.WITHDRAWN, Modality.DEMANDED);
        assertTrue(find(claims, "iq", Status.WITHDRAWN, Modality.ASSERTED).isEmpty(), describe(claims));
    }

    @Test
    void shouldNameTheSpeaker() {
        List<Claim> claims = extract("وقال المتحدث باسم قيادة العمليات المشتركة اللواء تحسين الخفاجي، إن القوات "
                + "القتالية غادرت قاعدة عين الأسد.", "2021-12-29");
        assertTrue(claims.get(0).speaker().contains("الخفاجي"), claims.get(0).speaker());
    }

    @Test
    void shouldReadDemandsWithTheirDate() {
        List<Claim> claims = extract("وطالب النائب بتسليم قاعدتي حرير وعين الأسد إلى الجيش العراقي بعد 31 من الشهر الحالي.",
                "2021-12-29");
        for (String base : List.of("harir", "ain-al-asad")) {
            assertEquals("2021-12-31", claim(claims, base, Status.WITHDRAWN, Modality.DEMANDED).eventDate());
        }
    }

    @Test
    void shouldReadRelocationAsWithdrawingFromSourceAndPresentAtTarget() {
        List<Claim> claims = extract("وكانت القوات الأمريكية قد نُقلت الشهر الماضي من قاعدة عين الأسد إلى قاعدة حرير.",
                "2025-10-15");
        claim(claims, "ain-al-asad", Status.WITHDRAWING, Modality.ASSERTED);
        claim(claims, "harir", Status.PRESENT, Modality.ASSERTED);
        assertTrue(find(claims, "harir", Status.WITHDRAWING, Modality.ASSERTED).isEmpty(), describe(claims));
    }

    @Test
    void shouldResolveTheBaseAnaphorToTheArticleBase() {
        List<Claim> claims = extract("سلّم التحالف قاعدة التقدم الجوية إلى القوات العراقية.\nوقال ضابط إن آخر الجنود "
                + "الأجانب غادروا القاعدة صباح اليوم.", "2020-04-04");
        Claim c = claim(claims, "taqaddum", Status.WITHDRAWN, Modality.ASSERTED);
        assertEquals("2020-04-04", c.eventDate());
    }

    @Test
    void shouldIgnoreAttacksOnBasesAndBasesInSyria() {
        assertTrue(extract("تعرضت قاعدة التنف التي تتمركز فيها قوات أمريكية عند المثلث الحدودي بين سوريا والعراق "
                + "والأردن لهجوم بطائرة مسيرة.", "2024-02-01").isEmpty());
    }

    @Test
    void shouldIgnoreCivilianContractorsLeaving() {
        List<Claim> claims = extract("بدأت شركة أمريكية سحب موظفيها الفنيين من قاعدة بلد الجوية بعد تكرار القصف.",
                "2021-05-11");
        assertTrue(claims.isEmpty(), describe(claims));
    }

    @Test
    void shouldReadEnglishWireCopy() {
        List<Claim> claims = extract("BAGHDAD, Aug 24 (Wire) - The U.S.-led coalition handed over Camp Taji to Iraqi "
                + "forces on Sunday. Advisers remain at Ain al-Asad air base, officials said. Militias demanded the "
                + "departure of all foreign troops from Iraq.", "2020-08-24");
        assertEquals("2020-08-23", claim(claims, "taji", Status.WITHDRAWN, Modality.ASSERTED).eventDate());
        claim(claims, "ain-al-asad", Status.ADVISORY_ONLY, Modality.ASSERTED);
        claim(claims, "iq", Status.WITHDRAWN, Modality.DEMANDED);
    }

    @Test
    void shouldReadEnglishCombatMissionEndAsPlannedAdvisoryRole() {
        List<Claim> claims = extract("The American combat mission in Iraq will be over by the end of 2021, officials "
                + "said.", "2021-07-27");
        assertEquals("2021-12-31", claim(claims, "iq", Status.ADVISORY_ONLY, Modality.PLANNED).eventDate());
    }

    @Test
    void shouldLeaveDateNullWhenTextAndArticleGiveNone() {
        List<Claim> claims = extract("وأعلنت اللجنة الأحد الماضي إكمال إخلاء قاعدة عين الأسد من المستشارين.", null);
        Claim c = claim(claims, "ain-al-asad", Status.WITHDRAWN, Modality.ASSERTED);
        assertNull(c.eventDate());
        assertNull(c.datePrecision());
    }

    @Test
    void shouldReadCurrentYearOfAnUndatedArticleAfterTheStatementItCites() {
        String stay = " وقال مسؤول إن القوات الأمريكية ستبقى في قاعدة حرير حتى نهاية العام الجاري.";
        List<Claim> late = extract("وجاء ذلك تنفيذا للبيان المشترك الصادر في 20 تشرين الثاني 2025." + stay, null);
        List<Claim> early = extract("وجاء ذلك تنفيذا للبيان المشترك الصادر في 12 شباط 2025." + stay, null);
        assertEquals("2026-12-31", claim(late, "harir", Status.WITHDRAWN, Modality.PLANNED).eventDate());
        assertEquals("2025-12-31", claim(early, "harir", Status.WITHDRAWN, Modality.PLANNED).eventDate());
    }

    @Test
    void shouldFillContractFieldsFromArticle() {
        Article a = new Article("art-7", "https://example.test/7", "Test Wire", "2020-08-23", "ar", null,
                "أعلنت خلية الإعلام الأمني، اليوم الأحد، أن قوات التحالف سلّمت معسكر التاجي إلى القوات العراقية.");
        Claim c = EXTRACTOR.extract(a).get(0);
        assertEquals("art-7", c.articleId());
        assertEquals("Test Wire", c.source());
        assertEquals(1, c.sources());
        assertEquals("2020-08-23", c.publishedAt());
        assertNull(c.storyId());
        assertTrue(c.confidence() > 0 && c.confidence() <= 1);
        assertEquals(a.text().substring(c.start(), c.end()), c.evidence());
    }

    @Test
    void shouldReturnNothingForEmptyText() {
        assertTrue(extract("", "2020-01-01").isEmpty());
        assertFalse(extract("خبر عن الطقس في بغداد.", "2020-01-01").stream().findAny().isPresent());
    }

    @Test
    void shouldNotFailWhenACueStraddlesTheEdgeOfItsClause() throws java.io.IOException {
        // an article the benchmark generated from the samples: a cue ending past its clause broke the modality window
        try (var in = ClaimExtractorTest.class.getResourceAsStream("/extract/cue-across-clause-edge.json")) {
            org.basewatch.contracts.Article article = org.basewatch.contracts.Json.read(in.readAllBytes(), org.basewatch.contracts.Article.class);
            org.junit.jupiter.api.Assertions.assertDoesNotThrow(() -> new ClaimExtractor().extract(article));
        }
    }
}
