package org.basewatch.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Disk held by Kafka Streams stores, the memory held by this process, and the load on the machine. */
final class Sizes {
    private Sizes() {
    }

    /** Bytes per store name under one application's state folder ({@code appDir/<task>/rocksdb/<store>}), SST files only or all files. */
    static Map<String, Long> storeBytes(Path appDir, boolean sstOnly) {
        Map<String, Long> out = new TreeMap<>();
        if (!Files.isDirectory(appDir)) {
            return out;
        }
        try (Stream<Path> tasks = Files.list(appDir)) {
            for (Path task : tasks.filter(Files::isDirectory).toList()) {
                Path rocks = task.resolve("rocksdb");
                if (!Files.isDirectory(rocks)) {
                    continue;
                }
                try (Stream<Path> stores = Files.list(rocks)) {
                    for (Path store : stores.filter(Files::isDirectory).toList()) {
                        out.merge(store.getFileName().toString(), folderBytes(store, sstOnly), Long::sum);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static long folderBytes(Path folder, boolean sstOnly) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            List<Path> all = files.filter(Files::isRegularFile)
                    .filter(f -> !sstOnly || f.getFileName().toString().endsWith(".sst")).toList();
            long sum = 0;
            for (Path f : all) {
                sum += Files.size(f);
            }
            return sum;
        }
    }

    /** The machine's 1-minute load average (other work competes for the same cores); -1 where there is no /proc. */
    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** A line of {@code /proc/self/status} in MiB ({@code VmRSS}, {@code VmHWM}); -1 where there is no /proc. */
    static double procStatusMb(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(field + ":")) {
                    String[] parts = line.substring(field.length() + 1).trim().split("\\s+");
                    return Long.parseLong(parts[0]) / 1024.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
