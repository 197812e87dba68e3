package org.basewatch.processor.extract;

import org.basewatch.contracts.DatePrecision;
import org.basewatch.processor.text.ArabicNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DateResolverTest {
    private static final LocalDate PUB = LocalDate.of(2021, 12, 22); // a Wednesday

    private static List<DateMention> find(String text, LocalDate pub) {
        return DateResolver.find(ArabicNormalizer.normalize(text), pub, null);
    }

    private static String first(String text) {
        List<DateMention> found = find(text, PUB);
        assertTrue(!found.isEmpty(), "no date in: " + text);
        return found.get(0).iso();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "أعلنت الوزارة في 21 ديسمبر 2021 الخبر | 2021-12-21",
            "أعلنت الوزارة في 27 أيلول 2024 الخبر | 2024-09-27",
            "صدر البيان في 6 تشرين الثاني 2025 | 2025-11-06",
            "الموعد هو ٣١/١٢/٢٠٢١ | 2021-12-31",
            "تغريدة نشرت في 29 تشرين الاول اكتوبر 2021 | 2021-10-29",
            "قال عشية زيارته في الـ25 من تموز/ يوليو الماضي | 2021-07-25",
            "خلال زيارتها يوم 18 من الشهر الجاري | 2021-12-18",
            "أعلن في التاسع من الشهر الحالي | 2021-12-09",
            "تعرضت في السابع والعشرين من كانون الأول الماضي لهجوم | 2020-12-27",
            "وفي مطلع أكتوبر الماضي أكد المتحدث | 2021-10",
            "قبل نهاية العام الحالي | 2021-12-31",
            "قبل نهاية الشهر الجاري | 2021-12-31",
            "قال أمس الثلاثاء | 2021-12-21",
            "أعلن اليوم الأربعاء | 2021-12-22",
            "أكملت يوم السبت الماضي الإجراءات | 2021-12-18",
            "حتى أيلول 2026 | 2026-09",
            "by the end of 2021 | 2021-12-31",
            "agreed on Monday | 2021-12-20",
            "on Dec. 31 | 2021-12-31",
            "since March 2020 | 2020-03",
            "منذ عام 2014 | 2014",
            "الأسبوع المقبل | 2021-12",
            "بعد نحو شهر من تسليم المجمع | 2021-11",
    })
    void shouldResolveDateForms(String text, String expected) {
        assertEquals(expected, first(text));
    }

    @Test
    void shouldGivePrecisionOfWhatTheTextSays() {
        assertEquals(DatePrecision.DAY, find("في 21 ديسمبر 2021", PUB).get(0).precision());
        assertEquals(DatePrecision.MONTH, find("في أيلول 2024", PUB).get(0).precision());
        assertEquals(DatePrecision.YEAR, find("منذ عام 2014", PUB).get(0).precision());
    }

    @Test
    void shouldReadNextMonthAsFutureAndLastMonthAsPast() {
        LocalDate march = LocalDate.of(2021, 3, 10);
        assertEquals("2021-12-31", find("سيكون 31 ديسمبر المقبل", march).get(0).iso());
        assertEquals("2020-12-31", find("كان في 31 ديسمبر الماضي", march).get(0).iso());
    }

    @Test
    void shouldLeaveRelativeDatesUnresolvedWithoutPublicationDate() {
        List<DateMention> found = find("أعلنت اللجنة الأحد الماضي إكمال الإخلاء", null);
        assertEquals(1, found.size());
        assertNull(found.get(0).iso());
    }

    @Test
    void shouldUseLatestWrittenYearForCurrentYearWhenUndated() {
        String text = ArabicNormalizer.normalize("الموعد المحدد في أيلول 2026، وستبقى حتى أيلول من العام الحالي");
        List<DateMention> found = DateResolver.find(text, null, DateResolver.latestYear(text));
        assertEquals("2026-09", found.get(found.size() - 1).iso());
    }

    @Test
    void shouldMarkSinceAndUntilDates() {
        DateMention since = find("تستضيف القاعدة قوات منذ عام 2014", PUB).get(0);
        DateMention until = find("يستمر وجوده حتى أيلول 2026", PUB).get(0);
        assertTrue(since.since());
        assertTrue(until.until());
    }

    @Test
    void shouldNotTakeTroopCountsForYears() {
        assertTrue(find("يبلغ عددهم 2000 جندي", PUB).isEmpty());
    }
}
