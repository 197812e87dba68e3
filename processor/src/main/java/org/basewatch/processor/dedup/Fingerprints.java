package org.basewatch.processor.dedup;

import org.basewatch.processor.text.ArabicNormalizer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Fingerprints that make two copies of one text meet: the exact one hashes the normalised text. */
public final class Fingerprints {
    private Fingerprints() {
    }

    /** Same for texts that differ only in spelling variants, diacritics, digits, punctuation forms or spacing. */
    public static String exact(String text) {
        return "text-" + sha256(ArabicNormalizer.normalize(text)).substring(0, 24);
    }

    static String sha256(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
