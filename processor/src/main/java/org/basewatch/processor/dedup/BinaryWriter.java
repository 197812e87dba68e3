package org.basewatch.processor.dedup;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Appends the pieces of the dedup stores' binary values: unsigned and zig-zag varints, fixed ints, UTF-8 strings. */
final class BinaryWriter {
    private byte[] buf;
    private int size;

    BinaryWriter(int capacity) {
        buf = new byte[Math.max(16, capacity)];
    }

    BinaryWriter write(int b) {
        ensure(1);
        buf[size++] = (byte) b;
        return this;
    }

    BinaryWriter bytes(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buf, size, bytes.length);
        size += bytes.length;
        return this;
    }

    /** An unsigned LEB128 varint: 7 bits a byte, so values below 128 take one byte. */
    BinaryWriter varint(long value) {
        ensure(10);
        long v = value;
        while ((v & ~0x7FL) != 0) {
            buf[size++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        buf[size++] = (byte) v;
        return this;
    }

    /** A signed value as a zig-zag varint: small negative numbers stay short too. */
    BinaryWriter zigzag(long value) {
        return varint((value << 1) ^ (value >> 63));
    }

    BinaryWriter int32(int value) {
        ensure(4);
        buf[size++] = (byte) (value >>> 24);
        buf[size++] = (byte) (value >>> 16);
        buf[size++] = (byte) (value >>> 8);
        buf[size++] = (byte) value;
        return this;
    }

    BinaryWriter int64(long value) {
        return int32((int) (value >>> 32)).int32((int) value);
    }

    /** Length (varint) then the UTF-8 bytes; a string must not be null here. */
    BinaryWriter utf8(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        return varint(b.length).bytes(b);
    }

    byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }

    private void ensure(int more) {
        if (size + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
        }
    }
}
