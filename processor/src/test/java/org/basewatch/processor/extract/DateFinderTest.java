package org.basewatch.processor.extract;

import org.basewatch.processor.text.ArabicNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DateFinderTest {
    private static final DateFinder FINDER = new DateFinder(Calendar.load());
    /** A Wednesday. */
    private static final LocalDate PUBLISHED = LocalDate.of(2021, 12, 22);

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "في 18 كانون الأول 2021 | 2021-12-18",
            "في ١٨ كانون الأول ٢٠٢١ | 2021-12-18",
            "يوم 21 ديسمبر 2021 | 2021-12-21",
            "في السابع عشر من آذار 2020 | 2020-03-17",
            "في 27 أيلول/سبتمبر 2024 | 2024-09-27",
            "في 31/12/2021 | 2021-12-31",
            "on September 27, 2024 | 2024-09-27",
            "on 17 January 2026 | 2026-01-17",
            "منذ عام 2014 | 2014",
            "في أيلول 2026 | 2026-09",
            "in September 2026 | 2026-09",
            "بحلول نهاية عام 2026 | 2026-12-31",
            "by the end of 2026 | 2026-12-31",
            "يوم 18 من الشهر الجاري | 2021-12-18",
            "في التاسع من الشهر الحالي | 2021-12-09",
            "اليوم الأربعاء | 2021-12-22",
            "أمس الثلاثاء | 2021-12-21",
            "الأحد الماضي | 2021-12-19",
            "on Sunday | 2021-12-19",
            "نهاية العام الحالي | 2021-12-31",
            "نهاية العام المقبل | 2022-12-31",
            "الشهر الماضي | 2021-11",
            "العام الماضي | 2020",
            "this year | 2021",
            "في 24 نوفمبر الماضي | 2021-11-24",
            "مطلع أكتوبر الماضي | 2021-10"})
    void shouldPlaceAPastOrPresentDateAgainstPublication(String text, String iso) {
        assertEquals(iso, resolve(text, false));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "الأسبوع المقبل | 2021-12",
            "في أيلول | 2022-09",
            "in March | 2022-03",
            "next month | 2022-01",
            "أيلول المقبل | 2022-09",
            "كانون الأول المقبل | 2022-12",
            "خلال الأيام المقبلة | 2021-12"})
    void shouldPlaceAPlanAheadOfPublication(String text, String iso) {
        assertEquals(iso, resolve(text, true));
    }

    @Test
    void shouldUseTheYearNamedBeforeForTheSameYear() {
        List<DateMention> found = find("في آذار 2020 ثم في آب من العام نفسه");
        assertEquals("2020-08", found.get(1).expression().resolve(PUBLISHED, null, false).iso());
        assertEquals("2020-03-26", find("في السابع عشر من آذار 2020 والقيارة في السادس والعشرين منه").get(1)
                .expression().resolve(PUBLISHED, null, false).iso());
    }

    @Test
    void shouldLeaveARelativeDateOpenWithoutAPublicationDate() {
        assertNull(find("أمس").get(0).expression().resolve(null, null, false));
        assertEquals("2026-12-31", find("نهاية العام الجاري").get(0).expression().resolve(null, 2026, true).iso());
    }

    @Test
    void shouldTellADeadlineAndAStartFromAPointInTime() {
        assertEquals(DateMention.Role.UNTIL, find("حتى أيلول 2026").get(0).role());
        assertEquals(DateMention.Role.UNTIL, find("بنهاية العام الجاري").get(0).role());
        assertEquals(DateMention.Role.UNTIL, find("until September 2026").get(0).role());
        assertEquals(DateMention.Role.SINCE, find("منذ عام 2014").get(0).role());
        assertEquals(DateMention.Role.POINT, find("في أيلول 2026").get(0).role());
    }

    @Test
    void shouldNotReadTroopNumbersOrHijriYearsAsYears() {
        assertEquals(List.of(), find("نحو 2000 جندي"));
        assertEquals(List.of(), find("12 شعبان 1441 هـ"));
    }

    private static String resolve(String text, boolean future) {
        List<DateMention> found = find(text);
        assertEquals(1, found.size(), text + " → " + found);
        DateExpression.Resolved r = found.get(0).expression().resolve(PUBLISHED, null, future);
        return r == null ? null : r.iso();
    }

    private static List<DateMention> find(String text) {
        return FINDER.find(new TokenizedText(ArabicNormalizer.normalize(text)));
    }
}
