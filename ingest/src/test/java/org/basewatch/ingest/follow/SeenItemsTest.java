package org.basewatch.ingest.follow;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeenItemsTest {
    @TempDir
    Path dir;

    @Test
    void shouldRememberKeysAcrossALoad() throws IOException {
        Path file = dir.resolve("seen.json");
        SeenItems seen = SeenItems.load(file);
        seen.add("url-aaa");
        seen.add("url-bbb");
        seen.save();

        SeenItems again = SeenItems.load(file);

        assertTrue(again.contains("url-aaa") && again.contains("url-bbb"));
        assertFalse(again.contains("url-ccc"));
        assertEquals(2, again.size());
    }

    @Test
    void shouldForgetTheOldestKeysBeyondTheLimit() throws IOException {
        Path file = dir.resolve("seen.json");
        Instant start = Instant.parse("2026-01-18T09:00:00Z");
        SeenItems seen = SeenItems.load(file, Clock.fixed(start, ZoneOffset.UTC), 2);
        seen.add("url-first");
        seen.save();
        SeenItems later = SeenItems.load(file, Clock.fixed(start.plusSeconds(60), ZoneOffset.UTC), 2);
        later.add("url-second");
        later.add("url-third");
        later.save();

        SeenItems reloaded = SeenItems.load(file, Clock.systemUTC(), 2);

        assertFalse(reloaded.contains("url-first"));
        assertTrue(reloaded.contains("url-second") && reloaded.contains("url-third"));
    }

    @Test
    void shouldRememberADryRunsKeysOnlyWhileItRuns() throws IOException {
        SeenItems seen = SeenItems.inMemory();
        seen.add("url-aaa");
        seen.save();

        assertTrue(seen.contains("url-aaa"));
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count(), "a dry run writes no state");
        }
    }

    @Test
    void shouldRefuseACorruptStateFileRatherThanStartAfresh() throws IOException {
        Path file = dir.resolve("seen.json");
        Files.writeString(file, "{\"seen\": [not json");

        assertThrows(IOException.class, () -> SeenItems.load(file));
    }
}
