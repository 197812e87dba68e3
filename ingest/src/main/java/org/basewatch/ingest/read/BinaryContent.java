package org.basewatch.ingest.read;

/**
 * Tells bytes that are not a text document (a PDF, an archive, an image, an office file) from text, by
 * their magic number or by NUL bytes, so that a binary file named {@code .html} or {@code .txt} is
 * rejected instead of decoded as windows-1256 and published as nonsense.
 */
final class BinaryContent {
    /** NUL bytes in this much of the head mean binary; text in UTF-8 or an Arabic single-byte charset has none. */
    static final int SNIFF_BYTES = 8192;

    private record Magic(String name, int[] prefix) {
    }

    private static final Magic[] MAGICS = {
            new Magic("a PDF document", ascii("%PDF")),
            new Magic("a ZIP archive (or a docx, xlsx, epub, jar)", new int[]{'P', 'K', 0x03, 0x04}),
            new Magic("an empty ZIP archive", new int[]{'P', 'K', 0x05, 0x06}),
            new Magic("a gzip file", new int[]{0x1F, 0x8B}),
            new Magic("a PNG image", new int[]{0x89, 'P', 'N', 'G'}),
            new Magic("a JPEG image", new int[]{0xFF, 0xD8, 0xFF}),
            new Magic("a GIF image", ascii("GIF8")),
            new Magic("a RAR archive", ascii("Rar!")),
            new Magic("a 7-Zip archive", new int[]{'7', 'z', 0xBC, 0xAF, 0x27, 0x1C}),
            new Magic("an old Office document (OLE2)", new int[]{0xD0, 0xCF, 0x11, 0xE0}),
            new Magic("a PostScript file", ascii("%!PS")),
            new Magic("a WebP or other RIFF file", ascii("RIFF")),
    };

    private BinaryContent() {
    }

    /** What kind of binary {@code bytes} are ("a PDF document"), or null when they may be text. */
    static String describe(byte[] bytes) {
        for (Magic magic : MAGICS) {
            if (startsWith(bytes, magic.prefix())) {
                return magic.name();
            }
        }
        if (isUtf16(bytes)) {
            return null; // UTF-16 text has a NUL in every other byte of ASCII
        }
        int n = Math.min(bytes.length, SNIFF_BYTES);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return "binary data (a NUL byte at offset " + i + ")";
            }
        }
        return null;
    }

    static boolean isUtf16(byte[] bytes) {
        return startsWith(bytes, new int[]{0xFF, 0xFE}) || startsWith(bytes, new int[]{0xFE, 0xFF});
    }

    private static boolean startsWith(byte[] bytes, int[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int[] ascii(String s) {
        return s.chars().toArray();
    }
}
