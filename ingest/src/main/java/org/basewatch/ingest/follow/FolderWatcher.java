package org.basewatch.ingest.follow;

import org.basewatch.ingest.publish.IngestSummary;
import org.basewatch.ingest.publish.Publish;
import org.basewatch.ingest.read.ArticleSources;
import org.basewatch.ingest.read.ReadOptions;
import org.basewatch.ingest.read.ReadResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code --watch}: the first poll reads a folder recursively; later polls read the files that are
 * new or modified since. Polling last-modified time and size instead of a {@code WatchService}
 * works the same on every file system (network shares, containers) and needs no re-registration of
 * new subfolders. A changed file is read once it was last modified a moment ago ({@link #SETTLE}) or
 * looks the same in two polls running, so a file still being copied is not read half-written.
 */
public final class FolderWatcher {
    private record Signature(FileTime modified, long size) {
    }

    static final Duration SETTLE = Duration.ofSeconds(2);
    private final Path folder;
    private final Clock clock;
    private final ReadOptions opts;
    private final Map<Path, Signature> read = new HashMap<>();
    private final Map<Path, Signature> pending = new HashMap<>();
    private boolean started;

    public FolderWatcher(Path folder, ReadOptions opts) {
        this(folder, opts, Clock.systemUTC());
    }

    public FolderWatcher(Path folder, ReadOptions opts, Clock clock) {
        this.folder = folder;
        this.opts = opts;
        this.clock = clock;
    }

    /** Publishes what is new in the folder through {@code publish}: everything at the first poll. */
    public IngestSummary poll(Publish publish) {
        Map<Path, Signature> now;
        try {
            now = scan();
        } catch (IOException | UncheckedIOException e) {
            return publish.apply(Stream.of(ReadResult.rejected(folder.toString(), "cannot list folder: " + e.getMessage())));
        }
        List<Path> toRead = started ? settledChanges(now) : List.copyOf(now.keySet());
        if (!started) {
            read.putAll(now);
            started = true;
        }
        read.keySet().retainAll(now.keySet());
        return publish.apply(toRead.stream().sorted().flatMap(f -> ArticleSources.read(f.toString(), opts)));
    }

    private List<Path> settledChanges(Map<Path, Signature> now) {
        pending.keySet().retainAll(now.keySet());
        List<Path> settled = new ArrayList<>();
        now.forEach((file, signature) -> {
            if (signature.equals(read.get(file))) {
                pending.remove(file);
            } else if (signature.equals(pending.get(file)) || isSettled(signature)) {
                settled.add(file);
                read.put(file, signature);
                pending.remove(file);
            } else {
                pending.put(file, signature);
            }
        });
        return settled;
    }

    private boolean isSettled(Signature signature) {
        return signature.modified().toInstant().isBefore(clock.instant().minus(SETTLE));
    }

    private Map<Path, Signature> scan() throws IOException {
        Map<Path, Signature> files = new HashMap<>();
        if (!Files.exists(folder)) {
            throw new IOException("no such file or folder");
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(Files::isRegularFile).filter(ArticleSources::isReadable).forEach(f -> {
                try {
                    BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
                    files.put(f, new Signature(a.lastModifiedTime(), a.size()));
                } catch (IOException e) {
                    // deleted between listing and reading its attributes: it is simply not there
                }
            });
        }
        return files;
    }
}
