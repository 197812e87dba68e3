package org.basewatch.ingest.follow;

import org.basewatch.ingest.publish.DryRun;
import org.basewatch.ingest.publish.IngestSummary;
import org.basewatch.ingest.read.ReadOptions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FolderWatcherTest {
    private static final String TAJI = """
            ---
            source: وكالة الأنباء العراقية
            published: 2020-08-23
            title: تسلم معسكر التاجي من التحالف الدولي
            ---
            تسلمت القوات الأمنية العراقية معسكر التاجي شمال بغداد من قوات التحالف الدولي، في إطار خطة إعادة انتشار التحالف.
            """;
    private static final String HARIR = """
            ---
            source: شبكة كردستان 24
            published: 2026-02-03
            title: القوات الأمريكية تتمركز في قاعدة حرير
            ---
            قالت مصادر أمنية إن القوات الأمريكية تتركز الآن في قاعدة حرير الجوية في محافظة أربيل، على أن تبقى حتى نهاية عام 2026.
            """;

    @TempDir
    Path dir;

    /** What one poll printed, one article JSON line per published article. */
    private final List<String> lines = new ArrayList<>();

    private IngestSummary printPoll(FolderWatcher watcher) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        IngestSummary summary = watcher.poll(results -> DryRun.print(results, new PrintStream(bytes, true, StandardCharsets.UTF_8)));
        bytes.toString(StandardCharsets.UTF_8).lines().forEach(lines::add);
        return summary;
    }

    private static Path write(Path file, String text, Instant modified) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }

    @Test
    void shouldReadTheFolderFirstThenPublishANewFileOnce() throws IOException {
        Instant past = Instant.now().minus(Duration.ofMinutes(10));
        write(dir.resolve("taji.txt"), TAJI, past);
        FolderWatcher watcher = new FolderWatcher(dir, ReadOptions.defaults());
        assertEquals(1, printPoll(watcher).published());

        write(dir.resolve("kurdistan").resolve("harir.txt"), HARIR, past);
        assertEquals(1, printPoll(watcher).published());
        assertEquals(0, printPoll(watcher).published());

        assertEquals(2, lines.size());
        assertTrue(lines.get(1).contains("قاعدة حرير"), lines.get(1));
    }

    @Test
    void shouldWaitUntilAFileStillBeingWrittenStopsChanging() throws IOException {
        Instant now = Instant.now();
        FolderWatcher watcher = new FolderWatcher(dir, ReadOptions.defaults(), Clock.fixed(now, ZoneOffset.UTC));
        printPoll(watcher);
        Path file = write(dir.resolve("harir.txt"), HARIR.substring(0, HARIR.indexOf("قالت")), now);

        assertEquals(0, printPoll(watcher).published(), "half a file is not read");
        Files.writeString(file, HARIR.substring(HARIR.indexOf("قالت")), StandardOpenOption.APPEND);
        Files.setLastModifiedTime(file, FileTime.from(now.plusMillis(1)));
        assertEquals(0, printPoll(watcher).published(), "a file that grew since the last poll is not read yet");
        assertEquals(1, printPoll(watcher).published());
        assertEquals(0, printPoll(watcher).published());

        assertTrue(lines.get(0).contains("حتى نهاية عام 2026"), lines.toString());
    }

    @Test
    void shouldPublishAModifiedFileAgain() throws IOException {
        Instant past = Instant.now().minus(Duration.ofMinutes(10));
        Path file = write(dir.resolve("taji.txt"), TAJI, past);
        FolderWatcher watcher = new FolderWatcher(dir, ReadOptions.defaults());
        printPoll(watcher);

        write(file, TAJI.replace("شمال بغداد", "شمال العاصمة بغداد بشكل كامل"), past.plusSeconds(60));

        assertEquals(1, printPoll(watcher).published());
        assertTrue(lines.get(1).contains("بشكل كامل"), lines.get(1));
    }

    @Test
    void shouldPickUpAFileAddedWhileTheLoopRuns() throws Exception {
        FolderWatcher watcher = new FolderWatcher(dir, ReadOptions.defaults());
        PollLoop loop = new PollLoop(Duration.ofMillis(20));
        AtomicInteger polls = new AtomicInteger();
        AtomicInteger published = new AtomicInteger();
        Thread runner = new Thread(() -> loop.run(() -> {
            published.addAndGet((int) printPoll(watcher).published());
            polls.incrementAndGet();
        }), "watcher-under-test");
        runner.start();
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> polls.get() >= 1);
            write(dir.resolve("harir.txt"), HARIR, Instant.now());
            await().atMost(Duration.ofSeconds(10)).until(() -> published.get() == 1);
            int seenAt = polls.get();
            await().atMost(Duration.ofSeconds(10)).until(() -> polls.get() >= seenAt + 5);
            assertEquals(1, published.get(), "published once, not at every poll");
        } finally {
            loop.stop();
            runner.join(10_000);
        }
    }
}
