package org.basewatch.ingest.read;

import org.basewatch.ingest.publish.DryRun;
import org.basewatch.ingest.publish.IngestSummary;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A publication date that is no date, in the future or before the era is rejected at the door, with its own reason. */
class PublicationBoundsTest {
    private static final ReadOptions AT_INGEST = ReadOptions.defaults()
            .withClock(Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC));

    @TempDir
    Path dir;

    private static String line(String id, String publishedAt) {
        return "{\"id\":\"" + id + "\",\"publishedAt\":\"" + publishedAt + "\",\"text\":\"غادرت قوات التحالف العراق\"}";
    }

    @Test
    void shouldRejectEachBadPublicationDateWithItsReasonAndKeepTheGoodOnes() throws IOException {
        Path file = dir.resolve("dates.jsonl");
        Files.writeString(file, String.join("\n",
                line("ok", "2026-01-18"),
                line("future", "9999-01-01"),
                line("next-year", "2027-06-01"),
                line("feb-30", "2020-02-30"),
                line("year-99999", "99999-01-01"),
                line("year-0", "0000-01-01"),
                line("tomorrow", "2026-11-29"),
                line("rfc", "Sat, 28 Nov 2026 09:00:00 GMT")));

        List<ReadResult> results = ArticleSources.read(file.toString(), AT_INGEST).toList();

        assertEquals("ok", results.get(0).article().id());
        assertTrue(results.get(1).rejection().startsWith("published-in-future: "), results.get(1).rejection());
        assertTrue(results.get(2).rejection().startsWith("published-in-future: "), results.get(2).rejection());
        assertTrue(results.get(3).rejection().startsWith("invalid-date: "), results.get(3).rejection());
        assertTrue(results.get(4).rejection().startsWith("invalid-date: "), results.get(4).rejection());
        assertTrue(results.get(5).rejection().startsWith("published-too-early: "), results.get(5).rejection());
        assertEquals("tomorrow", results.get(6).article().id());
        assertEquals("2026-11-28T09:00:00Z", results.get(7).article().publishedAt());
        assertEquals(file + ":2", results.get(1).origin());
    }

    @Test
    void shouldBoundTheDateOfAPageAsOfAJsonlLine() throws IOException {
        Path page = dir.resolve("page.html");
        Files.writeString(page, "<html><head><meta property=\"article:published_time\" content=\"2099-01-01T00:00:00Z\"></head>"
                + "<body><article><p>أعلنت قيادة العمليات المشتركة تسلم قاعدة عين الأسد من قوات التحالف الدولي بعد انسحاب آخر المستشارين.</p></article></body></html>");

        ReadResult result = ArticleSources.read(page.toString(), AT_INGEST).toList().get(0);

        assertTrue(result.rejection().startsWith("published-in-future: "), String.valueOf(result.rejection()));
    }

    @Test
    void shouldCountADateRejectionAsARejectionOfTheRun() throws IOException {
        Path file = dir.resolve("one.jsonl");
        Files.writeString(file, line("a", "2026-01-18") + "\n" + line("b", "9999-01-01") + "\n");

        IngestSummary summary = DryRun.print(ArticleSources.read(file.toString(), AT_INGEST),
                new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));

        assertEquals(1, summary.published());
        assertEquals(1, summary.rejected());
    }
}
