package org.basewatch.ingest.publish;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgressReporterTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void shouldDrawABarWithRateAndEtaWhenTotalIsKnown() {
        Progress p = new Progress(50, 45, 3, 2, 200, Duration.ofSeconds(10));

        String bar = ProgressReporter.bar(p);

        assertTrue(bar.startsWith("[#######......................."), bar);
        assertTrue(bar.contains("50/200 read, 45 published, 3 skipped, 2 rejected, 5.0/s, ETA 0:30"), bar);
    }

    @Test
    void shouldLeaveEtaOutWhenTotalIsUnknown() {
        Progress p = new Progress(50, 50, 0, 0, -1, Duration.ofSeconds(10));

        assertNull(p.eta());
        assertEquals("50 read, 50 published, 0 skipped, 0 rejected, 5.0/s", ProgressReporter.bar(p));
    }

    @Test
    void shouldPrintPlainLinesNoMoreOftenThanTheIntervalOffATerminal() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AtomicLong now = new AtomicLong();
        ProgressReporter reporter = new ProgressReporter(new PrintStream(bytes, true, StandardCharsets.UTF_8), false,
                Duration.ofSeconds(5), now::get);

        for (int i = 1; i <= 12; i++) {
            now.set(i * SECOND);
            reporter.accept(new Progress(i, i, 0, 0, -1, Duration.ofSeconds(i)));
        }
        reporter.finish(new IngestSummary(12, 0, 0, List.of()));

        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(4, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("ingest: 1 read, "), lines.get(0));
        assertTrue(lines.get(1).startsWith("ingest: 6 read, "), lines.get(1));
        assertTrue(lines.get(2).startsWith("ingest: 11 read, "), lines.get(2));
        assertEquals("ingest: 12 published, 0 repeats skipped, 0 rejected", lines.get(3));
        assertTrue(lines.stream().noneMatch(l -> l.contains("\r")));
    }

    @Test
    void shouldRedrawOneLineInPlaceOnATerminal() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AtomicLong now = new AtomicLong();
        ProgressReporter reporter = new ProgressReporter(new PrintStream(bytes, true, StandardCharsets.UTF_8), true,
                Duration.ofMillis(100), now::get);

        reporter.accept(new Progress(1, 1, 0, 0, 2, Duration.ofSeconds(1)));
        now.set(SECOND);
        reporter.accept(new Progress(2, 2, 0, 0, 2, Duration.ofSeconds(2)));
        reporter.finish(new IngestSummary(2, 0, 0, List.of()));

        String out = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(2, out.chars().filter(c -> c == '\r').count());
        assertTrue(out.contains("\r[##############################] 2/2 read"), out);
        assertTrue(out.endsWith("\ningest: 2 published, 0 repeats skipped, 0 rejected\n"), out);
    }
}
