package org.basewatch.processor.dedup;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The outlets that carried a story ({@code story-outlets}), as 32-bit hashes of their names: only their count
 * and whether a new one is among them matter, and a hash takes 4 bytes where an Arabic outlet name takes 30.
 */
public record Outlets(int[] hashes) {
    public static final Outlets NONE = new Outlets(new int[0]);

    public boolean contains(String outlet) {
        return containsHash(hash(outlet));
    }

    public Outlets with(String outlet) {
        int[] more = Arrays.copyOf(hashes, hashes.length + 1);
        more[hashes.length] = hash(outlet);
        return new Outlets(more);
    }

    /** These and the outlets of {@code other} not among them. */
    public Outlets with(Outlets other) {
        Outlets all = this;
        for (int h : other.hashes) {
            if (!all.containsHash(h)) {
                int[] more = Arrays.copyOf(all.hashes, all.hashes.length + 1);
                more[all.hashes.length] = h;
                all = new Outlets(more);
            }
        }
        return all;
    }

    private boolean containsHash(int h) {
        for (int known : hashes) {
            if (known == h) {
                return true;
            }
        }
        return false;
    }

    public int count() {
        return hashes.length;
    }

    /** FNV-1a over the UTF-8 bytes, then a 64-bit finaliser, high half: stable across JVMs and releases. */
    static int hash(String outlet) {
        long h = 0xcbf29ce484222325L;
        for (byte b : outlet.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xFF)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return (int) (h >>> 32);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Outlets other && Arrays.equals(hashes, other.hashes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(hashes);
    }

    @Override
    public String toString() {
        return "Outlets" + Arrays.toString(hashes);
    }
}
