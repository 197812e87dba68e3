package org.basewatch.processor.extract;

import org.basewatch.processor.text.ArabicNormalizer;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class WritingDateTest {
    private static LocalDate earliest(String text) {
        String norm = ArabicNormalizer.normalize(text);
        return WritingDate.earliest(norm, DateResolver.find(norm, null, null));
    }

    private static Integer year(String text) {
        String norm = ArabicNormalizer.normalize(text);
        return WritingDate.referenceYear(norm, DateResolver.find(norm, null, null));
    }

    @Test
    void shouldPlaceWritingAfterTheLatestCitedStatementByTheCitationLag() {
        assertEquals(LocalDate.of(2025, 2, 3).plusDays(WritingDate.CITATION_LAG_DAYS),
                earliest("وصدر البيان الأول في 14 آذار 2024، ثم البيان الثاني في 3 شباط 2025."));
    }

    @Test
    void shouldKeepTheYearOfAStatementCitedFromEarlyInTheYear() {
        assertEquals(2025, year("جاء القرار تنفيذا للاتفاق الموقع في 3 شباط 2025 بين الحكومتين."));
    }

    @Test
    void shouldMoveToTheNextYearForAStatementCitedFromNovember() {
        assertEquals(2026, year("جاء القرار تنفيذا للاتفاق الموقع في 20 تشرين الثاني 2025 بين الحكومتين."));
    }

    @Test
    void shouldNotTakeDeadlinesForPastEvents() {
        assertNull(earliest("ويبقى الموعد المقرر للانسحاب 20 تشرين الثاني 2025، وتستمر المهمة حتى 15 كانون الأول 2025."));
        assertEquals(2025, year("ويبقى الموعد المقرر للانسحاب 20 تشرين الثاني 2025."));
        assertNull(earliest("واتفق الطرفان على 30/11/2025 موعدا نهائيا، ويبقى 29 تشرين الثاني 2025 الموعد النهائي للتسليم."));
    }

    @Test
    void shouldKeepTheLargestWrittenYearWhenItIsLater() {
        assertEquals(2026, year("وفق الاتفاق الموقع في 10 آذار 2024 تنتهي المهمة في أيلول 2026."));
    }
}
