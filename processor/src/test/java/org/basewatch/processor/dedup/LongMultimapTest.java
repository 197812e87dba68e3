package org.basewatch.processor.dedup;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The band table agrees with a plain map of lists through many puts and removals (tombstones, rebuilds). */
class LongMultimapTest {

    @Test
    void shouldAgreeWithAMapOfListsThroughRandomPutsAndRemovals() {
        Random random = new Random(3);
        LongMultimap table = new LongMultimap();
        Map<Long, List<Long>> model = new HashMap<>();
        for (int step = 0; step < 200_000; step++) {
            long key = random.nextInt(5_000) - 2_500L + (random.nextBoolean() ? Long.MIN_VALUE : 0);
            List<Long> values = model.computeIfAbsent(key, k -> new ArrayList<>());
            if (random.nextInt(3) > 0 || values.isEmpty()) {
                long value = random.nextLong();
                table.put(key, value);
                values.add(value);
            } else {
                long value = values.remove(random.nextInt(values.size()));
                assertEquals(true, table.remove(key, value));
            }
            if (step % 997 == 0) {
                assertArrayEquals(sorted(values), table.get(key));
                assertEquals(false, table.remove(key, 42L) && !values.contains(42L));
            }
        }
        int size = 0;
        for (Map.Entry<Long, List<Long>> e : model.entrySet()) {
            assertArrayEquals(sorted(e.getValue()), table.get(e.getKey()));
            size += e.getValue().size();
        }
        assertEquals(size, table.size());
    }

    private static long[] sorted(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).sorted().toArray();
    }
}
