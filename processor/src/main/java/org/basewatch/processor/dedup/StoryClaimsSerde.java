package org.basewatch.processor.dedup;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.basewatch.contracts.Claim;
import org.basewatch.contracts.DatePrecision;
import org.basewatch.contracts.Modality;
import org.basewatch.contracts.Status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The binary form of {@link StoryClaims} in {@code story-slim-claims}: any claims, nulls included, come back equal.
 * It is compact for what the store holds, the slim claims of one article:
 * <ul>
 *   <li>each claim starts with one byte for status, modality and date precision (ordinals, 0 for null) and one
 *       byte of flags saying which of articleId, storyId, source, publishedAt, notBefore equal the previous
 *       claim's, whether {@code sources} is the story's and whether evidence and speaker are both null; only what
 *       differs is written, so the article's ids, outlet and dates are written once per story;</li>
 *   <li>every string goes through a table built as the value is written: a string seen before in the value is a
 *       one-byte reference, a first one is UTF-8, or an epoch day / month / year when it is a plain ISO
 *       {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY} (so a place or an event date repeated across claims
 *       costs a byte);</li>
 *   <li>a confidence seen before in the value is a one-byte reference, a first one a varint of thousandths when
 *       it is a whole number of them, else its 8 bytes;</li>
 *   <li>offsets are varints, the end as its distance from the start.</li>
 * </ul>
 * Kept because it pays: {@code story-slim-claims} is 53 SST bytes per article in {@code DedupBenchmark}
 * (2026-12-07, 10,000 articles, ~11 claims per story), where the JSON claims took 2,429 (earlier run).
 */
public final class StoryClaimsSerde implements Serde<StoryClaims> {
    private static final int VERSION = 1;
    private static final int SAME_ARTICLE = 1;
    private static final int SAME_STORY = 1 << 1;
    private static final int SAME_SOURCE = 1 << 2;
    private static final int SAME_PUBLISHED = 1 << 3;
    private static final int SAME_NOT_BEFORE = 1 << 4;
    private static final int STORY_SOURCES = 1 << 5;
    private static final int NO_TEXT = 1 << 6;

    private static final int NULL = 0;
    private static final int TEXT = 1;
    private static final int DAY = 2;
    private static final int MONTH = 3;
    private static final int YEAR = 4;
    private static final int SEEN = 5;

    private static final int RAW_DOUBLE = 0;
    private static final int THOUSANDTHS = 1;
    private static final int SEEN_DOUBLE = 2;

    @Override
    public Serializer<StoryClaims> serializer() {
        return (topic, value) -> value == null ? null : write(value);
    }

    @Override
    public Deserializer<StoryClaims> deserializer() {
        return (topic, bytes) -> bytes == null ? null : read(bytes);
    }

    static byte[] write(StoryClaims story) {
        List<Claim> claims = story.claims() == null ? List.of() : story.claims();
        BinaryWriter out = new BinaryWriter(16 + claims.size() * 12);
        out.write(VERSION).varint(story.sources()).varint(claims.size());
        Strings strings = new Strings();
        Map<Long, Integer> confidences = new HashMap<>();
        Claim previous = new Claim(null, null, null, null, null, null, null, 0, 0, 0, null, null, null, 0, null, null);
        for (Claim c : claims) {
            int flags = (Objects.equals(c.articleId(), previous.articleId()) ? SAME_ARTICLE : 0)
                    | (Objects.equals(c.storyId(), previous.storyId()) ? SAME_STORY : 0)
                    | (Objects.equals(c.source(), previous.source()) ? SAME_SOURCE : 0)
                    | (Objects.equals(c.publishedAt(), previous.publishedAt()) ? SAME_PUBLISHED : 0)
                    | (Objects.equals(c.notBefore(), previous.notBefore()) ? SAME_NOT_BEFORE : 0)
                    | (c.sources() == story.sources() ? STORY_SOURCES : 0)
                    | (c.evidence() == null && c.speaker() == null ? NO_TEXT : 0);
            out.write(ordinal(c.status()) * 25 + ordinal(c.modality()) * 5 + ordinal(c.datePrecision()));
            out.write(flags);
            if ((flags & SAME_ARTICLE) == 0) {
                strings.write(out, c.articleId());
            }
            if ((flags & SAME_STORY) == 0) {
                strings.write(out, c.storyId());
            }
            if ((flags & SAME_SOURCE) == 0) {
                strings.write(out, c.source());
            }
            if ((flags & SAME_PUBLISHED) == 0) {
                strings.write(out, c.publishedAt());
            }
            if ((flags & SAME_NOT_BEFORE) == 0) {
                strings.write(out, c.notBefore());
            }
            strings.write(out, c.place());
            strings.write(out, c.eventDate());
            out.zigzag(c.start()).zigzag((long) c.end() - c.start());
            writeConfidence(out, c.confidence(), confidences);
            if ((flags & STORY_SOURCES) == 0) {
                out.zigzag(c.sources());
            }
            if ((flags & NO_TEXT) == 0) {
                strings.write(out, c.evidence());
                strings.write(out, c.speaker());
            }
            previous = c;
        }
        return out.toByteArray();
    }

    static StoryClaims read(byte[] bytes) {
        BinaryReader in = new BinaryReader(bytes);
        int version = in.read();
        if (version != VERSION) {
            throw new SerializationException("story claims of unknown layout " + version);
        }
        int sources = in.count();
        int n = in.count();
        List<Claim> claims = new ArrayList<>(n);
        List<String> table = new ArrayList<>();
        List<Double> confidences = new ArrayList<>();
        String articleId = null;
        String storyId = null;
        String source = null;
        String publishedAt = null;
        String notBefore = null;
        for (int i = 0; i < n; i++) {
            int enums = in.read();
            int flags = in.read();
            articleId = (flags & SAME_ARTICLE) == 0 ? readString(in, table) : articleId;
            storyId = (flags & SAME_STORY) == 0 ? readString(in, table) : storyId;
            source = (flags & SAME_SOURCE) == 0 ? readString(in, table) : source;
            publishedAt = (flags & SAME_PUBLISHED) == 0 ? readString(in, table) : publishedAt;
            notBefore = (flags & SAME_NOT_BEFORE) == 0 ? readString(in, table) : notBefore;
            String place = readString(in, table);
            String eventDate = readString(in, table);
            long start = in.zigzag();
            long end = start + in.zigzag();
            double confidence = readConfidence(in, confidences);
            int claimSources = (flags & STORY_SOURCES) != 0 ? sources : (int) in.zigzag();
            String evidence = (flags & NO_TEXT) == 0 ? readString(in, table) : null;
            String speaker = (flags & NO_TEXT) == 0 ? readString(in, table) : null;
            claims.add(new Claim(articleId, place, pick(Status.values(), enums / 25), pick(Modality.values(), enums / 5 % 5),
                    eventDate, pick(DatePrecision.values(), enums % 5), evidence, (int) start, (int) end, confidence,
                    speaker, storyId, source, claimSources, publishedAt, notBefore));
        }
        if (!in.atEnd()) {
            throw new SerializationException("story claims followed by bytes of something else");
        }
        return new StoryClaims(List.copyOf(claims), sources);
    }

    private static void writeConfidence(BinaryWriter out, double confidence, Map<Long, Integer> seen) {
        long bits = Double.doubleToRawLongBits(confidence);
        Integer index = seen.get(bits);
        if (index != null) {
            out.varint(SEEN_DOUBLE + index);
            return;
        }
        seen.put(bits, seen.size());
        long thousandths = Math.round(confidence * 1000);
        if (thousandths >= 0 && thousandths < (1L << 40) && Double.doubleToRawLongBits(thousandths / 1000.0) == bits) {
            out.varint(THOUSANDTHS).varint(thousandths);
        } else {
            out.varint(RAW_DOUBLE).int64(bits);
        }
    }

    private static double readConfidence(BinaryReader in, List<Double> seen) {
        long tag = in.varint();
        double d;
        if (tag == THOUSANDTHS) {
            d = in.varint() / 1000.0;
        } else if (tag == RAW_DOUBLE) {
            d = Double.longBitsToDouble(in.int64());
        } else if (tag - SEEN_DOUBLE < seen.size()) {
            return seen.get((int) (tag - SEEN_DOUBLE));
        } else {
            throw new SerializationException("confidence reference " + tag + " past the " + seen.size() + " seen");
        }
        seen.add(d);
        return d;
    }

    private static int ordinal(Enum<?> e) {
        return e == null ? 0 : e.ordinal() + 1;
    }

    private static <E> E pick(E[] values, int code) {
        if (code > values.length) {
            throw new SerializationException("enum code " + code + " out of range");
        }
        return code == 0 ? null : values[code - 1];
    }

    private static String readString(BinaryReader in, List<String> table) {
        long tag = in.varint();
        String s;
        if (tag == NULL) {
            return null;
        } else if (tag == TEXT) {
            s = in.utf8();
        } else if (tag == DAY) {
            s = LocalDate.ofEpochDay(in.zigzag()).toString();
        } else if (tag == MONTH) {
            long months = in.zigzag();
            s = String.format(Locale.ROOT, "%04d-%02d", Math.floorDiv(months, 12), Math.floorMod(months, 12) + 1);
        } else if (tag == YEAR) {
            s = String.format(Locale.ROOT, "%04d", in.zigzag());
        } else if (tag - SEEN < table.size()) {
            return table.get((int) (tag - SEEN));
        } else {
            throw new SerializationException("string reference " + tag + " past the " + table.size() + " seen");
        }
        table.add(s);
        return s;
    }

    /** The strings written so far in one value, each written once and referred to afterwards. */
    private static final class Strings {
        private final Map<String, Integer> seen = new HashMap<>();

        void write(BinaryWriter out, String s) {
            if (s == null) {
                out.varint(NULL);
                return;
            }
            Integer index = seen.get(s);
            if (index != null) {
                out.varint(SEEN + index);
                return;
            }
            seen.put(s, seen.size());
            writeFirst(out, s);
        }

        private static void writeFirst(BinaryWriter out, String s) {
            if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
                LocalDate day = parse(s);
                if (day != null && day.toString().equals(s)) {
                    out.varint(DAY).zigzag(day.toEpochDay());
                    return;
                }
            }
            if (s.length() == 7 && s.charAt(4) == '-' && digits(s, 0, 4) && digits(s, 5, 7)) {
                int year = Integer.parseInt(s.substring(0, 4));
                int month = Integer.parseInt(s.substring(5, 7));
                if (month >= 1 && month <= 12) {
                    out.varint(MONTH).zigzag(year * 12L + month - 1);
                    return;
                }
            }
            if (s.length() == 4 && digits(s, 0, 4)) {
                out.varint(YEAR).zigzag(Integer.parseInt(s));
                return;
            }
            out.varint(TEXT).utf8(s);
        }

        private static LocalDate parse(String s) {
            try {
                return LocalDate.parse(s);
            } catch (RuntimeException e) {
                return null;
            }
        }

        private static boolean digits(String s, int from, int to) {
            for (int i = from; i < to; i++) {
                if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                    return false;
                }
            }
            return true;
        }
    }
}
