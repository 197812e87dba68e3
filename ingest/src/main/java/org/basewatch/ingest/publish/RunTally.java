package org.basewatch.ingest.publish;

import org.basewatch.ingest.read.ArticleId;

import org.basewatch.contracts.Article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/** The counts of one run, shared by publishing and dry runs so that both skip and count alike. */
final class RunTally {
    private final Set<String> seenKeys = new HashSet<>();
    private final List<String> rejections = new ArrayList<>();
    private final long startNanos = System.nanoTime();
    private final long total;
    private long read;
    private long published;
    private long skipped;

    RunTally(long total) {
        this.total = total;
    }

    /**
     * True the first time this run meets {@code article} (it has its id, see {@link ArticleId#assign}): the same id
     * with the same text, title and publication date again is a repeat, counted as skipped; with another content it
     * is a correction and is sent, for the processor to replace the earlier version's claims with its own.
     */
    synchronized boolean isNew(Article article) {
        read++;
        if (seenKeys.add(article.id() + '\u0000' + contentOf(article))) {
            return true;
        }
        skipped++;
        return false;
    }

    private static String contentOf(Article article) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {article.text(), article.title(), article.publishedAt()}) {
                sha.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    synchronized void reject(String origin, String reason) {
        read++;
        rejections.add(origin + ": " + reason);
    }

    /** A record that was sent but not acknowledged; it was read already, so only the reason is added. */
    synchronized void failed(String origin, String reason) {
        rejections.add(origin + ": " + reason);
    }

    synchronized void published() {
        published++;
    }

    synchronized Progress progress() {
        return new Progress(read, published, skipped, rejections.size(), total, Duration.ofNanos(System.nanoTime() - startNanos));
    }

    synchronized IngestSummary summary() {
        return new IngestSummary(published, skipped, rejections.size(), rejections);
    }
}
