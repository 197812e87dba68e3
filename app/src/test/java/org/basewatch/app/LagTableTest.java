package org.basewatch.app;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Lag summed per reader and topic. */
class LagTableTest {

    @Test
    void shouldSumPartitionsAndCountAPartitionWithoutPositionAsAllBehind() {
        List<LagTable.Line> lines = LagTable.lines(List.of(
                new LagTable.PartitionLag("g", "articles", 0, 5L, 7),
                new LagTable.PartitionLag("g", "articles", 1, null, 3),
                new LagTable.PartitionLag("g", "claims", 0, 4L, 4),
                new LagTable.PartitionLag("a", "claims", 0, 9L, 4)));
        assertEquals(List.of(new LagTable.Line("a", "claims", 9, 4, 0), new LagTable.Line("g", "articles", 5, 10, 5),
                new LagTable.Line("g", "claims", 4, 4, 0)), lines);
    }
}
