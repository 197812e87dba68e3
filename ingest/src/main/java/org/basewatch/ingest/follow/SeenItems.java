package org.basewatch.ingest.follow;

import com.fasterxml.jackson.core.type.TypeReference;
import org.basewatch.contracts.Json;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The keys of feed items already published, kept in a small JSON file ({@code {"seen":{key:firstSeen}}})
 * so that a follower restarted on the same file publishes only what is new. Only the newest
 * {@code limit} keys are kept: a feed lists its latest items, so very old keys never come back.
 */
public final class SeenItems {
    public static final int DEFAULT_LIMIT = 50_000;
    private static final TypeReference<Map<String, Map<String, Instant>>> FORMAT = new TypeReference<>() {
    };

    private final Path file;
    private final Clock clock;
    private final int limit;
    private final Map<String, Instant> seen;

    private SeenItems(Path file, Clock clock, int limit, Map<String, Instant> seen) {
        this.file = file;
        this.clock = clock;
        this.limit = limit;
        this.seen = seen;
    }

    /** The keys stored in {@code file}, or none when it does not exist yet. */
    public static SeenItems load(Path file, Clock clock, int limit) throws IOException {
        Map<String, Instant> seen = new LinkedHashMap<>();
        if (Files.exists(file)) {
            Map<String, Map<String, Instant>> stored = Json.MAPPER.readValue(file.toFile(), FORMAT);
            if (stored != null && stored.get("seen") != null) {
                stored.get("seen").entrySet().stream()
                        .sorted(Map.Entry.comparingByValue(Comparator.nullsFirst(Comparator.naturalOrder())))
                        .forEach(e -> seen.put(e.getKey(), e.getValue() == null ? Instant.EPOCH : e.getValue()));
            }
        }
        return new SeenItems(file, clock, limit, seen);
    }

    /** Keys kept for this run only, for {@code --dry-run}: what was merely printed must still be published by a real run. */
    public static SeenItems inMemory() {
        return new SeenItems(null, Clock.systemUTC(), DEFAULT_LIMIT, new LinkedHashMap<>());
    }

    public static SeenItems load(Path file) throws IOException {
        return load(file, Clock.systemUTC(), DEFAULT_LIMIT);
    }

    public synchronized boolean contains(String key) {
        return seen.containsKey(key);
    }

    /** Remembers {@code key} as published now, unless it is already known. */
    public synchronized void add(String key) {
        seen.putIfAbsent(key, clock.instant());
        while (seen.size() > limit) {
            seen.remove(seen.keySet().iterator().next());
        }
    }

    public synchronized int size() {
        return seen.size();
    }

    /** Rewrites the file through a temporary file and a move, so a crash leaves the old or the new file, never half of one. */
    public synchronized void save() throws IOException {
        if (file == null) {
            return;
        }
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), Map.of("seen", new TreeMap<>(seen)));
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
