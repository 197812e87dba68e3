package org.basewatch.processor.dedup;

import org.basewatch.processor.extract.EventMentions;

import java.util.Arrays;
import java.util.List;

/**
 * What distinguishes one event from another, beside the wording: 32-bit hashes of the tracked gazetteer places an
 * article names and of the years it writes, each sorted ({@link EventMentions}); the lowest bit of a hash says
 * whether the place or year is key (in the lead, or named more than once). Two texts report different events,
 * however alike their template is, when each has a key place (or year) that the other does not name at all: two
 * template reports on two bases, a text with its base or its years swapped. A copy that drops a paragraph loses
 * at most places named once outside the lead, which are not key, so two copies of one story that dropped different
 * paragraphs do not conflict, whichever arrives first. Not caught: a swap to a place the other text already names
 * somewhere (a report on Qayyarah that mentions Harir once further down, beside one on Harir); requiring only that
 * the other's key place be "not key" here instead of "not named" caught it, but split generated copies whose
 * lead paragraph was moved or dropped (3 of 456 "all edits at once" variants). Measured on
 * every labelled copy of samples, dev and dev2 and on 5,960 generated variants: none conflicts (comparing all places
 * both ways, with untracked places and all numbers, d2e-02/d2e-03 and d2b-05/d2b-12 did). Kept with each filed
 * candidate: 4 bytes a place or year.
 */
public record EventSignature(int[] places, int[] years) {
    /** Unknown (an entry filed before signatures were kept): conflicts with nothing. */
    public static final EventSignature NONE = new EventSignature(new int[0], new int[0]);
    private static final int KEY = 1;
    private static final int VALUE = ~1;

    public static EventSignature of(String text) {
        EventMentions m = EventMentions.of(text);
        return new EventSignature(hashes(m.places(), m.keyPlaces()), hashes(m.years(), m.keyYears()));
    }

    /** Whether the two tell different events by their places or their years. */
    public boolean conflicts(EventSignature other) {
        return conflicts(places, other.places) || conflicts(years, other.years);
    }

    /** Whether this names a place or a year that {@code other} does not. */
    public boolean adds(EventSignature other) {
        return missing(places, other.places, 0, 0) || missing(years, other.years, 0, 0);
    }

    private static boolean conflicts(int[] a, int[] b) {
        return missing(a, b, KEY, 0) && missing(b, a, KEY, 0);
    }

    /** Whether {@code a} has a value with all {@code flags} set that {@code b} lacks among its values with {@code in} set. */
    private static boolean missing(int[] a, int[] b, int flags, int in) {
        int j = 0;
        for (int value : a) {
            if ((value & flags) != flags) {
                continue;
            }
            int v = value & VALUE;
            while (j < b.length && (b[j] & VALUE) < v) {
                j++;
            }
            if (j == b.length || (b[j] & VALUE) != v || (b[j] & in) != in) {
                return true;
            }
        }
        return false;
    }

    private static int[] hashes(List<String> values, List<String> key) {
        int[] out = new int[values.size()];
        for (int i = 0; i < out.length; i++) {
            // String.hashCode is fixed by the language: stable across JVMs; the lowest bit is the key flag
            String v = values.get(i);
            out[i] = (mix(v.hashCode()) & VALUE) | (key.contains(v) ? KEY : 0);
        }
        Arrays.sort(out);
        return out;
    }

    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ (h >>> 16);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EventSignature s && Arrays.equals(places, s.places) && Arrays.equals(years, s.years);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(places) + Arrays.hashCode(years);
    }

    @Override
    public String toString() {
        return "EventSignature[places=" + Arrays.toString(places) + ", years=" + Arrays.toString(years) + "]";
    }
}
