package org.basewatch.contracts;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PublicationDatesTest {
    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    private static String reason(String publishedAt) {
        return PublicationDates.check(publishedAt, NOW).reason();
    }

    @Test
    void shouldAcceptDatesOfTheEraUpToADayAheadAndNoDateAtAll() {
        assertNull(reason(null));
        assertNull(reason(" "));
        assertNull(reason("2020-08-23"));
        assertNull(reason("2003-01-01"));
        assertNull(reason("2026-11-29"));
        assertNull(reason("2026-11-29T11:00:00Z"));
        assertNull(reason("2026-11-29T14:00:00+03:00"));
        assertNull(reason("2021-12-09T10:15:00"));
        assertNull(reason("2026"));
        assertNull(reason("2026-11"));
        assertNull(reason("2003-01"));
    }

    @Test
    void shouldRejectWhatIsNotADateAsInvalid() {
        assertEquals(PublicationDates.INVALID_DATE, reason("2020-02-30"));
        assertEquals(PublicationDates.INVALID_DATE, reason("99999-01-01"));
        assertEquals(PublicationDates.INVALID_DATE, reason("2021-13"));
        assertEquals(PublicationDates.INVALID_DATE, reason("الأحد الماضي"));
        assertEquals(PublicationDates.INVALID_DATE, reason("2021-12-09T25:00:00Z"));
    }

    @Test
    void shouldRejectADateAfterTheTimeOfIngestPlusADay() {
        assertEquals(PublicationDates.PUBLISHED_IN_FUTURE, reason("9999-01-01"));
        assertEquals(PublicationDates.PUBLISHED_IN_FUTURE, reason("2027-06-01"));
        assertEquals(PublicationDates.PUBLISHED_IN_FUTURE, reason("2026-11-29T12:00:01Z"));
        assertEquals(PublicationDates.PUBLISHED_IN_FUTURE, reason("2027"));
        assertEquals(PublicationDates.PUBLISHED_IN_FUTURE, reason("2026-12"));
    }

    @Test
    void shouldRejectADateBeforeTheEraTheGazetteerCovers() {
        assertEquals(PublicationDates.PUBLISHED_TOO_EARLY, reason("0000-01-01"));
        assertEquals(PublicationDates.PUBLISHED_TOO_EARLY, reason("1970-01-01"));
        assertEquals(PublicationDates.PUBLISHED_TOO_EARLY, reason("2002-12-31"));
        assertEquals(PublicationDates.PUBLISHED_TOO_EARLY, reason("1999"));
        assertEquals(PublicationDates.PUBLISHED_TOO_EARLY, reason("2002-12"));
    }
}
