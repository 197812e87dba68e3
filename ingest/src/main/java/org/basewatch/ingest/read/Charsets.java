package org.basewatch.ingest.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns fetched or saved bytes into text. Order: byte-order mark, the charset declared by HTTP,
 * the one declared in the document ({@code <meta charset>}, {@code <?xml encoding?>}), else UTF-8
 * when the bytes are valid UTF-8, else whichever Arabic single-byte charset (windows-1256 or
 * ISO-8859-6) reads as more plausible Arabic.
 */
final class Charsets {
    static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "<\\?xml[^>]+encoding\\s*=\\s*[\"']([A-Za-z0-9_:.-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_CHARSET = Pattern.compile(
            "charset\\s*=\\s*\"?([A-Za-z0-9_:.-]+)", Pattern.CASE_INSENSITIVE);

    private Charsets() {
    }

    /** The charset named in a Content-Type header value, or null. */
    static Charset fromContentType(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = HEADER_CHARSET.matcher(contentType);
        return m.find() ? named(m.group(1)) : null;
    }

    /**
     * One document's bytes as text. Only for HTML, feeds and plain text, one document at a time: JSONL is
     * UTF-8 by definition (RFC 8259) and is decoded line by line ({@link JsonlReader#read(byte[], String, String)}),
     * so one bad line cannot make its neighbours read as another charset.
     */
    static String decode(byte[] bytes, Charset declared) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, StandardCharsets.UTF_16); // reads and drops the byte-order mark
        }
        Charset charset = declared;
        if (charset == null || charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII)) {
            // Latin-1 in a Content-Type header is usually a server default, not the page's charset
            Charset inDocument = inDocument(bytes);
            charset = inDocument != null ? inDocument : charset;
        }
        if (charset == null || charset.equals(StandardCharsets.UTF_8)) {
            String utf8 = strict(bytes, StandardCharsets.UTF_8);
            // pages that declare UTF-8 but were saved by a 1256 editor are common enough to check
            return utf8 != null ? utf8 : arabicSingleByte(bytes);
        }
        return new String(bytes, charset);
    }

    /**
     * The first bytes as text, good enough to tell the kind of a document by (JSON, markup, a feed): UTF-8 with
     * anything invalid replaced, or UTF-16 after its byte-order mark. Never used for the document's own text.
     */
    static String head(byte[] bytes, int max) {
        byte[] first = Arrays.copyOf(bytes, Math.min(bytes.length, max));
        if (startsWith(first, 0xFF, 0xFE) || startsWith(first, 0xFE, 0xFF)) {
            return new String(first, StandardCharsets.UTF_16);
        }
        int from = startsWith(first, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        return new String(first, from, first.length - from, StandardCharsets.UTF_8);
    }

    /** {@code bytes} decoded as UTF-8, or null when they are not valid UTF-8. */
    static String strictUtf8(byte[] bytes, int from, int to) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, from, to - from)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The index of the first byte of {@code [from, to)} that is not UTF-8, or -1 when all are. */
    static int firstInvalidUtf8(byte[] bytes, int from, int to) {
        ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
        CharBuffer out = CharBuffer.allocate(to - from + 1);
        CoderResult result = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(in, out, true);
        return result.isError() ? in.position() : -1;
    }

    private static Charset inDocument(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher xml = XML_ENCODING.matcher(head);
        if (xml.find()) {
            return named(xml.group(1));
        }
        Matcher meta = META_CHARSET.matcher(head);
        return meta.find() ? named(meta.group(1)) : null;
    }

    private static Charset named(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals("cp1256") || n.equals("arabic")) {
            return WINDOWS_1256;
        }
        try {
            return Charset.forName(n);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String arabicSingleByte(byte[] bytes) {
        String iso = strict(bytes, ISO_8859_6);
        String windows = new String(bytes, WINDOWS_1256);
        // the definite article "ال" is the most frequent Arabic bigram; the wrong charset scrambles it
        return iso != null && count(iso, "ال") > count(windows, "ال") ? iso : windows;
    }

    private static String strict(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
            n++;
        }
        return n;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
