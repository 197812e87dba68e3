package org.basewatch.processor.dedup;

import org.basewatch.processor.text.ArabicNormalizer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * MinHash signatures of article bodies over shingles of consecutive normalised words, and the LSH band keys
 * under which near-copies meet. Seeds are fixed, so a signature is the same on every JVM and after restarts.
 *
 * <p>Text is prepared as: {@link ArabicNormalizer} folding, repeated paragraphs left out (as {@link Paragraphs}),
 * then words = maximal runs of letters or digits (punctuation dropped; function words are kept because dropping
 * them lowered the similarity of true copies as much as that of unrelated reports). The headline is not part of
 * the text: outlets rewrite it.
 *
 * <p>{@link #DEFAULT}: shingles of {@value #SHINGLE_WORDS} words, {@value #HASHES} hash functions,
 * {@value #BANDS} bands of {@value #ROWS} rows. k=3 was chosen by measurement ({@code DedupMeasurements}, numbers
 * in {@link NearDuplicates}): worst copy / most similar non-copy Jaccard was 0.493/0.194 at k=2, 0.465/0.142 at
 * k=3, 0.450/0.135 at k=4, 0.434/0.129 at k=5; k=3 has the widest gap (0.32) and keeps copies high, which
 * the banding needs. Two texts share at least one band with probability 1-(1-J^2)^16: 0.98 at J=0.465 (the worst
 * generated copy), 0.999 at J=0.63 (the worst real one), 0.27 at J=0.14, 0.04 at J=0.05. The 128 minima serve
 * the similarity estimate; the bands use the first 32.
 */
public final class MinHasher {
    public static final int SHINGLE_WORDS = 3;
    public static final int HASHES = 128;
    public static final int BANDS = 16;
    public static final int ROWS = 2;
    public static final MinHasher DEFAULT = new MinHasher(SHINGLE_WORDS, HASHES, BANDS, ROWS);

    private static final long SEED = 0x6261736577617463L; // "basewatc": changing it invalidates stored signatures
    private final int shingleWords;
    private final int bands;
    private final int rows;
    private final long[] seeds;
    private final String[] bandPrefixes;

    public MinHasher(int shingleWords, int hashes, int bands, int rows) {
        if (shingleWords < 1 || hashes < 1 || bands * rows > hashes || bands > 100) {
            throw new IllegalArgumentException("need k >= 1, bands * rows <= hashes and at most 100 bands");
        }
        this.shingleWords = shingleWords;
        this.bands = bands;
        this.rows = rows;
        this.seeds = new long[hashes];
        this.bandPrefixes = new String[bands];
        for (int band = 0; band < bands; band++) {
            bandPrefixes[band] = String.format("b%02d-", band);
        }
        long state = SEED;
        for (int i = 0; i < hashes; i++) {
            state += 0x9E3779B97F4A7C15L; // SplitMix64, written out so no JDK version can change the seeds
            seeds[i] = mix(state);
        }
    }

    /** The signature of {@code text}: per hash function the minimum over the text's shingles (unsigned). */
    public Fingerprint fingerprint(String text) {
        long[] shingles = shingles(text);
        int[] signature = new int[seeds.length];
        Arrays.fill(signature, -1); // 0xFFFFFFFF, the unsigned maximum
        for (long shingle : shingles) {
            for (int i = 0; i < signature.length; i++) {
                // a full mix per function: multiply-shift ((a*x+b)>>>32) was cheaper but measurably biased
                // (0.25 estimated for a true Jaccard of 0.10), which pushed independent reports near the threshold
                int value = (int) (mix(shingle ^ seeds[i]) >>> 32);
                if (Integer.compareUnsigned(value, signature[i]) < 0) {
                    signature[i] = value;
                }
            }
        }
        return new Fingerprint(signature, shingles.length);
    }

    public int[] signature(String text) {
        return fingerprint(text).signature();
    }

    /**
     * The distinct shingle hashes of {@code text}, sorted; a text shorter than k words is one shingle. A line
     * whose words repeat an earlier line is skipped, as {@link Paragraphs#collapseRepeats} does, but on the
     * already normalised text so the article is folded only once.
     */
    public long[] shingles(String text) {
        long[] words = wordHashes(ArabicNormalizer.withOffsets(text).text());
        if (words.length == 0) {
            return new long[0];
        }
        int count = Math.max(1, words.length - shingleWords + 1);
        long[] shingles = new long[count];
        for (int s = 0; s < count; s++) {
            long h = 0;
            for (int j = s; j < Math.min(words.length, s + shingleWords); j++) {
                h = Long.rotateLeft(h, 23) ^ words[j];
            }
            shingles[s] = mix(h);
        }
        Arrays.sort(shingles);
        int distinct = 0;
        for (int i = 0; i < shingles.length; i++) {
            if (i == 0 || shingles[i] != shingles[i - 1]) {
                shingles[distinct++] = shingles[i];
            }
        }
        return Arrays.copyOf(shingles, distinct);
    }

    /** LSH band keys {@code bNN-xxxxxxxx}: texts whose signatures agree on all rows of a band share that key. */
    public List<String> bandKeys(int[] signature) {
        int[] hashes = bandHashes(signature);
        List<String> keys = new ArrayList<>(bands);
        for (int band = 0; band < bands; band++) {
            keys.add(bandPrefixes[band] + HexFormat.of().toHexDigits(hashes[band]));
        }
        return keys;
    }

    /** The 32-bit hash of each band (the {@code xxxxxxxx} of {@link #bandKeys}), band 0 first. */
    public int[] bandHashes(int[] signature) {
        int[] hashes = new int[bands];
        for (int band = 0; band < bands; band++) {
            long h = band;
            for (int row = band * rows; row < (band + 1) * rows; row++) {
                h = mix(h * 0x9E3779B97F4A7C15L + (signature[row] & 0xFFFFFFFFL));
            }
            hashes[band] = (int) h;
        }
        return hashes;
    }

    /** A band's hash with its band number, as one key: {@code bNN-xxxxxxxx} as a long. */
    public static long bandKey(int band, int hash) {
        return ((long) band << 32) | (hash & 0xFFFFFFFFL);
    }

    /** The fraction of positions on which two signatures agree: an unbiased estimate of their Jaccard. */
    public static double estimate(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / a.length;
    }

    /**
     * The stored form (b-bit MinHash): the low 4 bits of each minimum, two to a byte, so 128 hash functions take
     * 64 bytes. Measured on the copy/non-copy extremes this separates better than 64 minima of 8 bits in the
     * same space (3.8 against 3.0 standard errors each side of the threshold).
     */
    public static byte[] sketch(int[] signature) {
        byte[] sketch = new byte[(signature.length + 1) / 2];
        for (int i = 0; i < signature.length; i++) {
            sketch[i / 2] |= (byte) ((signature[i] & 0xF) << (4 * (i % 2)));
        }
        return sketch;
    }

    /** Jaccard estimated from two sketches, corrected for the 1/16 chance that different minima share 4 bits. */
    public static double estimate(byte[] a, byte[] b) {
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            int differ = a[i] ^ b[i];
            same += ((differ & 0x0F) == 0 ? 1 : 0) + ((differ & 0xF0) == 0 ? 1 : 0);
        }
        double agree = (double) same / (2 * a.length);
        return Math.max(0.0, (agree - 1.0 / 16) / (1.0 - 1.0 / 16));
    }

    /** The exact Jaccard similarity of two sorted, distinct shingle arrays (for measurements and tests). */
    public static double jaccard(long[] a, long[] b) {
        if (a.length == 0 && b.length == 0) {
            return 1.0;
        }
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) common / (a.length + b.length - common);
    }

    public double jaccard(String a, String b) {
        return jaccard(shingles(a), shingles(b));
    }

    /** Hashes of the words of a normalised text, leaving out lines whose word sequence was seen before. */
    private static long[] wordHashes(String normalized) {
        long[] words = new long[256];
        int count = 0;
        int lineStart = 0;
        long lineHash = 0;
        Set<Long> lines = new HashSet<>();
        long h = 0;
        boolean inWord = false;
        for (int i = 0, n = normalized.length(); i <= n; i++) {
            char c = i < n ? normalized.charAt(i) : '\n';
            if (Character.isLetterOrDigit(c)) {
                h = (inWord ? h : 0xcbf29ce484222325L) ^ c;
                h *= 0x100000001b3L; // FNV-1a
                inWord = true;
                continue;
            }
            if (inWord) {
                if (count == words.length) {
                    words = Arrays.copyOf(words, count * 2);
                }
                words[count++] = mix(h);
                lineHash = mix(lineHash + words[count - 1]);
                inWord = false;
            }
            if (c == '\n') {
                if (count > lineStart && !lines.add(lineHash)) {
                    count = lineStart;
                }
                lineStart = count;
                lineHash = 0;
            }
        }
        return Arrays.copyOf(words, count);
    }

    /** The 64-bit finaliser of MurmurHash3: spreads every input bit over the whole word. */
    private static long mix(long z) {
        z ^= z >>> 33;
        z *= 0xff51afd7ed558ccdL;
        z ^= z >>> 33;
        z *= 0xc4ceb9fe1a85ec53L;
        z ^= z >>> 33;
        return z;
    }
}
