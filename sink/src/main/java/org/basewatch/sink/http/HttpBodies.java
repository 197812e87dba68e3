package org.basewatch.sink.http;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/** Conditional responses: a strong ETag from the body's bytes; and the size below which gzip is not worth it. */
final class HttpBodies {
    /** Below this, gzip's header and the CPU cost more than the bytes saved (Jetty's GzipHandler applies it). */
    static final int GZIP_MIN_BYTES = 1024;
    private static final int ETAG_BYTES = 16;

    private HttpBodies() {
    }

    static String etag(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(hash, 0, ETAG_BYTES) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Whether an {@code If-None-Match} header names {@code etag} (or {@code *}); a weak match counts for GET. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(",")).map(String::trim)
                .map(t -> t.startsWith("W/") ? t.substring(2) : t)
                .anyMatch(t -> t.equals("*") || t.equals(etag));
    }
}
