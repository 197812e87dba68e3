package org.basewatch.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Consumer lag summed per reader and topic: how far each consumer group, and each database's table writer, is behind
 * the end of the topics it reads. A partition without a committed position counts from its start, all of it behind.
 */
final class LagTable {
    /** One partition as one reader sees it; {@code committed} is null when the reader has no position there. */
    record PartitionLag(String reader, String topic, int partition, Long committed, long end) {
        long lag() {
            return Math.max(0, end - (committed == null ? 0 : committed));
        }
    }

    /** One line of the table. */
    record Line(String reader, String topic, long committed, long end, long lag) {
    }

    private static final String FORMAT = "%-50s %-28s %12s %12s %10s%n";

    private LagTable() {
    }

    static List<Line> lines(List<PartitionLag> partitions) {
        Map<String, Map<String, long[]>> sums = new TreeMap<>();
        for (PartitionLag p : partitions) {
            long[] sum = sums.computeIfAbsent(p.reader(), r -> new TreeMap<>()).computeIfAbsent(p.topic(), t -> new long[3]);
            sum[0] += p.committed() == null ? 0 : p.committed();
            sum[1] += p.end();
            sum[2] += p.lag();
        }
        List<Line> lines = new ArrayList<>();
        sums.forEach((reader, topics) -> topics.forEach((topic, s) -> lines.add(new Line(reader, topic, s[0], s[1], s[2]))));
        return lines;
    }

    static String format(List<Line> lines) {
        StringBuilder out = new StringBuilder(String.format(FORMAT, "READER", "TOPIC", "COMMITTED", "END", "LAG"));
        for (Line l : lines) {
            out.append(String.format(FORMAT, l.reader(), l.topic(), l.committed(), l.end(), l.lag()));
        }
        return out.toString();
    }
}
