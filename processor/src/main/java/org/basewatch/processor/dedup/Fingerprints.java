package org.basewatch.processor.dedup;

import org.basewatch.contracts.Article;
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

    /**
     * Tells one version of an article from another: its normalised text, title and publication date (a corrected
     * date changes what the claims mean). The same content sent again gives the same value.
     */
    public static String version(Article article) {
        String text = article.text() == null ? "" : ArabicNormalizer.normalize(article.text());
        return sha256(text + '\u0000' + article.title() + '\u0000' + article.publishedAt()).substring(0, 16);
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
