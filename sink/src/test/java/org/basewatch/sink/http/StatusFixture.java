package org.basewatch.sink.http;

import org.basewatch.contracts.Claim;
import org.basewatch.contracts.DatePrecision;
import org.basewatch.contracts.Evidence;
import org.basewatch.contracts.Modality;
import org.basewatch.contracts.Status;
import org.basewatch.contracts.StatusChange;
import org.basewatch.sink.db.StatusTableStore;
import org.basewatch.sink.status.DatedClaim;
import org.basewatch.sink.status.StatusDecider;

import java.nio.file.Path;
import java.util.List;

/**
 * A status database in a temporary folder filled the way the sink fills it: claims in the history,
 * rows decided from them, and the changes. The Arabic sentences are written for the tests; one
 * evidence string carries markup that must never run in the page.
 */
final class StatusFixture {
    static final String XSS_EVIDENCE = "<img src=x onerror=\"window.__xssFired='img'\">"
            + "<script>window.__xssFired='script'</script> نفى المتحدث انسحاب القوات الأمريكية من قاعدة حرير";
    static final String XSS_SOURCE = "<b onmouseover=\"window.__xssFired='source'\">Outlet X</b>";

    static final Claim AIN_PRESENT = claim("t-101", "ain-al-asad", Status.PRESENT, Modality.ASSERTED, "2020-01-08",
            "تعرضت قاعدة عين الأسد الجوية التي تضم قوات التحالف لهجوم صاروخي", "Outlet A", "2020-01-08T09:00:00Z");
    static final Claim AIN_PLAN = claim("t-102", "ain-al-asad", Status.ADVISORY_ONLY, Modality.PLANNED, "2021-12-31",
            "تنتهي المهمة القتالية لقوات التحالف في الحادي والثلاثين من كانون الأول", "Outlet B", "2021-07-27T12:00:00Z");
    static final Claim AIN_ADVISORY = claim("t-103", "ain-al-asad", Status.ADVISORY_ONLY, Modality.ASSERTED, "2021-12-18",
            "أكملت اللجنة الفنية إجراءات انسحاب القوات القتالية من قاعدة عين الأسد وبقي المستشارون", "Outlet B",
            "2021-12-20T08:30:00Z");
    static final Claim AIN_WITHDRAWN = claim("t-104", "ain-al-asad", Status.WITHDRAWN, Modality.ASSERTED, "2026-01-15",
            "غادر آخر مستشاري التحالف قاعدة عين الأسد وأصبحت تحت السيطرة العراقية الكاملة", "Outlet C",
            "2026-01-16T07:00:00Z");
    static final Claim HARIR_ADVISORY = claim("t-201", "harir", Status.ADVISORY_ONLY, Modality.ASSERTED, "2021-12-21",
            "زارت اللجنة قاعدة حرير في أربيل وتأكدت من بقاء المستشارين فقط", "Outlet A", "2021-12-22T10:00:00Z");
    static final Claim HARIR_DENIAL = claim("t-202", "harir", Status.WITHDRAWN, Modality.DENIED, "2024-09-27",
            XSS_EVIDENCE, XSS_SOURCE, "2024-09-28T10:00:00Z");
    static final Claim HARIR_PLAN = claim("t-203", "harir", Status.WITHDRAWN, Modality.PLANNED, "2025-09",
            "ستنتهي مهمة التحالف العسكرية في أيلول من العام المقبل", "Outlet B", "2024-09-28T12:00:00Z");
    static final Claim HARIR_STAYING = claim("t-204", "harir", Status.ADVISORY_ONLY, Modality.ASSERTED, "2026-01-20",
            "تتركز القوات الأمريكية الآن في قاعدة حرير بأربيل", "Outlet C", "2026-01-21T10:00:00Z");
    // No event or publication date: filed under the latest date its article mentions, so approximate.
    static final Claim TAJI_HANDED_OVER = new Claim("t-401", "taji", Status.WITHDRAWN, Modality.ASSERTED, null, null,
            "سلم التحالف معسكر التاجي إلى القوات العراقية", 40, 84, 0.8, null, "story-t-401", "Outlet D", 1, null,
            "2020-08-23");
    static final Claim FEDERAL_WITHDRAWN = claim("t-301", "iq-federal", Status.WITHDRAWN, Modality.ASSERTED, "2026-01",
            "أخليت جميع القواعد في المناطق الاتحادية من مستشاري التحالف", "Outlet C", "2026-02-01T09:00:00Z");

    private StatusFixture() {
    }

    /** Opens a fresh SQLite database in {@code dir} holding ain-al-asad, harir, iq-federal, joc-hq and taji. */
    static StatusTableStore seed(Path dir) {
        StatusTableStore store = StatusTableStore.open("jdbc:sqlite:" + dir.resolve("status.db"), null, null);
        List<Claim> ain = List.of(AIN_PRESENT, AIN_PLAN, AIN_ADVISORY, AIN_WITHDRAWN);
        List<Claim> harir = List.of(HARIR_ADVISORY, HARIR_DENIAL, HARIR_PLAN, HARIR_STAYING);
        store.recordClaims(ain);
        store.recordClaims(harir);
        store.recordClaim(FEDERAL_WITHDRAWN);
        store.recordClaim(TAJI_HANDED_OVER);
        store.upsert(StatusDecider.decide("ain-al-asad", own(ain), ain.size()));
        store.upsert(StatusDecider.decide("harir", own(harir), harir.size()));
        store.upsert(StatusDecider.decide("taji", own(List.of(TAJI_HANDED_OVER)), 1));
        store.upsert(StatusDecider.decide("iq-federal", own(List.of(FEDERAL_WITHDRAWN)), 1));
        // joc-hq has no claim of its own: its row comes from the federal claim, as the sink routes it.
        store.upsert(StatusDecider.decide("joc-hq", List.of(DatedClaim.of(FEDERAL_WITHDRAWN, null, "iq-federal")), 1));
        store.recordChanges(List.of(
                change(AIN_PRESENT, null), change(AIN_ADVISORY, Status.PRESENT),
                change(AIN_WITHDRAWN, Status.ADVISORY_ONLY), change(HARIR_ADVISORY, null),
                change(TAJI_HANDED_OVER, null)));
        return store;
    }

    private static List<DatedClaim> own(List<Claim> claims) {
        return claims.stream().map(c -> DatedClaim.of(c, null)).toList();
    }

    private static StatusChange change(Claim to, Status from) {
        return new StatusChange(to.place(), from, to.status(), to.eventDate(), to.publishedAt(), Evidence.of(to));
    }

    private static Claim claim(String articleId, String place, Status status, Modality modality, String eventDate,
                               String evidence, String source, String publishedAt) {
        DatePrecision precision = eventDate.length() == 10 ? DatePrecision.DAY : DatePrecision.MONTH;
        return new Claim(articleId, place, status, modality, eventDate, precision, evidence, 100,
                100 + evidence.length(), 0.9, null, "story-" + articleId, source, 1, publishedAt);
    }
}
