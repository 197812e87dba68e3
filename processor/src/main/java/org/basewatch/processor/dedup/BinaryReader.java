package org.basewatch.processor.dedup;

import org.apache.kafka.common.errors.SerializationException;

import java.nio.charset.StandardCharsets;

/** Reads what {@link BinaryWriter} wrote; a value cut short fails with a {@link SerializationException}. */
final class BinaryReader {
    private final byte[] buf;
    private int pos;

    BinaryReader(byte[] buf) {
        this.buf = buf;
    }

    int read() {
        check(1);
        return buf[pos++] & 0xFF;
    }

    byte[] bytes(int n) {
        check(n);
        byte[] out = new byte[n];
        System.arraycopy(buf, pos, out, 0, n);
        pos += n;
        return out;
    }

    long varint() {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = read();
            value |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new SerializationException("varint longer than 64 bits");
    }

    /** An unsigned varint that must fit a non-negative int (a length or a count). */
    int count() {
        long v = varint();
        if (v < 0 || v > Integer.MAX_VALUE) {
            throw new SerializationException("count out of range: " + v);
        }
        return (int) v;
    }

    long zigzag() {
        long v = varint();
        return (v >>> 1) ^ -(v & 1);
    }

    int int32() {
        check(4);
        int v = ((buf[pos] & 0xFF) << 24) | ((buf[pos + 1] & 0xFF) << 16) | ((buf[pos + 2] & 0xFF) << 8) | (buf[pos + 3] & 0xFF);
        pos += 4;
        return v;
    }

    long int64() {
        return ((long) int32() << 32) | (int32() & 0xFFFFFFFFL);
    }

    String utf8() {
        int n = count();
        check(n);
        String s = new String(buf, pos, n, StandardCharsets.UTF_8);
        pos += n;
        return s;
    }

    boolean atEnd() {
        return pos == buf.length;
    }

    private void check(int n) {
        if (n < 0 || pos + n > buf.length) {
            throw new SerializationException("value cut short at byte " + pos + " of " + buf.length);
        }
    }
}
