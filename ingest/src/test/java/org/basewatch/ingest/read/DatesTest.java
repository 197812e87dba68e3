package org.basewatch.ingest.read;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DatesTest {

    @Test
    void shouldReadDatelinesInEveryMonthSpellingAnalystsMeet() {
        assertEquals("2021-12-21", Dates.dateline("بغداد 21 ديسمبر 2021 (شينخوا) أعلنت"));
        assertEquals("2024-09-27", Dates.dateline("بغداد - 27 أيلول 2024: قالت الحكومة"));
        assertEquals("2025-11-06", Dates.dateline("6 تشرين الثاني نوفمبر 2025 - بغداد"));
        assertEquals("2021-10-05", Dates.dateline("البصرة، 5 تشرين الاول (اكتوبر) 2021 - "));
        assertEquals("2021-04-03", Dates.dateline("القاهرة ٣ أبريل ٢٠٢١ — "));
        assertEquals("2021-08-14", Dates.dateline("أربيل 14 آب 2021 - "));
        assertEquals("2021-12-31", Dates.dateline("بغداد 31/12/2021 - "));
        assertEquals("2021-12-29", Dates.dateline("BAGHDAD, December 29, 2021 (Reuters) -"));
    }

    @Test
    void shouldTakeTheFirstDateOfTheDatelineNotALaterOne() {
        assertEquals("2026-01-15", Dates.dateline("بغداد 15 كانون الثاني 2026 - استذكر المسؤول بيان 27 أيلول 2024"));
    }

    @Test
    void shouldIgnoreDatesFarBelowTheTopAndImpossibleDates() {
        assertNull(Dates.dateline("ا".repeat(400) + " 21 ديسمبر 2021"));
        assertNull(Dates.dateline("بغداد 31 شباط 2021 - "));
        assertNull(Dates.dateline("يوم 18 من الشهر الجاري"));
    }

    @Test
    void shouldNormaliseMachineDatesToIso() {
        assertEquals("2021-12-29T14:05:00Z", Dates.normalise("Wed, 29 Dec 2021 14:05:00 GMT"));
        assertEquals("2021-12-29T14:05:00+03:00", Dates.normalise("Wed, 29 Dec 2021 14:05:00 +0300"));
        assertEquals("2021-12-29T14:05:00+03:00", Dates.normalise("2021-12-29T14:05+03:00"));
        assertEquals("2021-12-29T14:05:00+03:00", Dates.normalise("2021-12-29T14:05:00+0300"));
        assertEquals("2021-12-29T14:05:00", Dates.normalise("2021-12-29 14:05:00"));
        assertEquals("2021-12-29", Dates.normalise("2021-12-29"));
        assertNull(Dates.normalise("yesterday"));
        assertNull(Dates.normalise(""));
    }
}
