package org.basewatch.processor.dedup;

import java.util.Arrays;

/**
 * An open-addressing multimap of longs to longs (a band key to the entries filed under it), without boxing:
 * 17 bytes a slot, linear probing. Removal leaves a tombstone; when entries and tombstones fill more than
 * {@value #MAX_FILL} of the slots the table is rebuilt, twice as large if the entries alone fill more than
 * {@value #GROW_FILL}, so it holds an entry in 28–85 bytes (about 45 on average).
 *
 * <p>What it makes possible pays: with the band table in memory, an article's 16 bands are 64 bytes of its one
 * {@code story-articles} entry (131 SST bytes per article in all in {@code DedupBenchmark}, 2026-12-07, 10,000
 * articles) instead of 16 store entries (615 bytes per article in the JSON layout, earlier run). The benchmark does
 * not measure heap, so the gain of this table over a boxed {@code Map<Long, List<Long>>} is an estimate, not a figure.
 */
final class LongMultimap {
    private static final double MAX_FILL = 0.6;
    private static final double GROW_FILL = 0.4;
    private static final byte FREE = 0;
    private static final byte FULL = 1;
    private static final byte REMOVED = 2;

    private long[] keys;
    private long[] values;
    private byte[] state;
    private int size;
    private int occupied;

    LongMultimap() {
        allocate(1 << 10);
    }

    int size() {
        return size;
    }

    void put(long key, long value) {
        if (occupied + 1 > keys.length * MAX_FILL) {
            rebuild(size + 1 > keys.length * GROW_FILL ? keys.length * 2 : keys.length);
        }
        int mask = keys.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            if (state[i] != FULL) {
                occupied += state[i] == FREE ? 1 : 0;
                keys[i] = key;
                values[i] = value;
                state[i] = FULL;
                size++;
                return;
            }
        }
    }

    /** The values filed under {@code key}, smallest first (empty when none). */
    long[] get(long key) {
        long[] found = new long[4];
        int n = 0;
        int mask = keys.length - 1;
        for (int i = slot(key, mask); state[i] != FREE; i = (i + 1) & mask) {
            if (state[i] == FULL && keys[i] == key) {
                if (n == found.length) {
                    found = Arrays.copyOf(found, n * 2);
                }
                found[n++] = values[i];
            }
        }
        long[] out = Arrays.copyOf(found, n);
        Arrays.sort(out);
        return out;
    }

    /** Removes one {@code key → value} entry; false when there is none. */
    boolean remove(long key, long value) {
        int mask = keys.length - 1;
        for (int i = slot(key, mask); state[i] != FREE; i = (i + 1) & mask) {
            if (state[i] == FULL && keys[i] == key && values[i] == value) {
                state[i] = REMOVED;
                size--;
                return true;
            }
        }
        return false;
    }

    void clear() {
        allocate(1 << 10);
    }

    private void rebuild(int capacity) {
        long[] oldKeys = keys;
        long[] oldValues = values;
        byte[] oldState = state;
        allocate(capacity);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldState[i] == FULL) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    private void allocate(int capacity) {
        keys = new long[capacity];
        values = new long[capacity];
        state = new byte[capacity];
        size = 0;
        occupied = 0;
    }

    private static int slot(long key, int mask) {
        long z = key * 0x9E3779B97F4A7C15L;
        return (int) (z ^ (z >>> 32)) & mask;
    }
}
