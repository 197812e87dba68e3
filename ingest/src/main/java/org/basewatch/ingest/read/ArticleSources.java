package org.basewatch.ingest.read;

import org.basewatch.contracts.Article;
import org.basewatch.contracts.PublicationDates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads articles from what an analyst has: a file, a folder (recursive, in sorted order), an http(s)
 * URL, or {@code -} for stdin. Each input may be JSONL in the article contract, plain text with
 * optional front matter, an HTML page, or an RSS/Atom feed, told apart by content first and by
 * extension or Content-Type second. Every article comes out with its stable {@link ArticleId};
 * anything unreadable comes out as a rejection with its origin and reason, never as an exception.
 */
public final class ArticleSources {
    private static final Logger LOG = LoggerFactory.getLogger(ArticleSources.class);
    private static final Set<String> READABLE = Set.of(
            "jsonl", "ndjson", "json", "txt", "text", "md", "html", "htm", "xhtml", "xml", "rss", "atom", "");

    enum Kind { JSONL, TEXT, HTML, FEED }

    /** The reason a PDF, an archive or an image is rejected, whatever its name says. */
    static final String BINARY = "binary";
    /** Enough of the head to tell JSON from markup from text. */
    private static final int HEAD_BYTES = 4096;

    private ArticleSources() {
    }

    /** Everything read from {@code input}: a path, an http(s) URL, or {@code -} for stdin. */
    public static Stream<ReadResult> read(String input, ReadOptions opts) {
        if (input.equals("-")) {
            return read(System.in, "stdin", opts);
        }
        if (input.matches("(?i)^https?://.*")) {
            return readUrl(input, opts);
        }
        if (input.matches("(?i)^[a-z][a-z0-9+.-]+:.*") && !Files.exists(Path.of(input))) {
            return Stream.of(ReadResult.rejected(input, "only http and https URLs are read"));
        }
        return readPath(Path.of(input), opts);
    }

    /** Everything read from a stream (stdin), named {@code origin} in results. */
    public static Stream<ReadResult> read(InputStream in, String origin, ReadOptions opts) {
        try {
            return withIds(parse(in.readAllBytes(), null, null, origin, null, opts).stream(), opts);
        } catch (IOException e) {
            return Stream.of(ReadResult.rejected(origin, "cannot read: " + e.getMessage()));
        }
    }

    private static Stream<ReadResult> readUrl(String url, ReadOptions opts) {
        // lazy, so that a folder or list of URLs starts publishing before every page is fetched
        return Stream.of(url).flatMap(u -> {
            try {
                UrlFetcher.Fetched page = UrlFetcher.fetch(u, opts);
                return withIds(parse(page.body(), page.contentType(), Charsets.fromContentType(page.contentType()),
                        u, u, opts).stream(), opts);
            } catch (IOException e) {
                return Stream.of(ReadResult.rejected(u, e.getMessage()));
            }
        });
    }

    private static Stream<ReadResult> readPath(Path path, ReadOptions opts) {
        if (Files.isDirectory(path)) {
            Stream<Path> files;
            try (Stream<Path> walk = Files.walk(path)) {
                files = walk.filter(Files::isRegularFile).filter(ArticleSources::isReadable).sorted().toList().stream();
            } catch (IOException | UncheckedIOException e) {
                return Stream.of(ReadResult.rejected(path.toString(), "cannot list folder: " + e.getMessage()));
            }
            return files.flatMap(f -> readFile(f, opts));
        }
        if (!Files.exists(path)) {
            return Stream.of(ReadResult.rejected(path.toString(), "no such file or folder"));
        }
        return Stream.of(path).flatMap(f -> readFile(f, opts));
    }

    public static boolean isReadable(Path file) {
        String name = file.getFileName().toString();
        if (name.startsWith(".")) {
            return false;
        }
        int dot = name.lastIndexOf('.');
        boolean readable = READABLE.contains(dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (!readable) {
            LOG.debug("skipping {}: not a kind of file ingest reads", file);
        }
        return readable;
    }

    private static Stream<ReadResult> readFile(Path file, ReadOptions opts) {
        String origin = file.toString();
        try {
            return withIds(parse(Files.readAllBytes(file), null, null, origin, null, opts).stream(), opts);
        } catch (IOException e) {
            return Stream.of(ReadResult.rejected(origin, "cannot read: " + e.getMessage()));
        }
    }

    private static List<ReadResult> parse(byte[] bytes, String contentType, Charset charset,
                                          String origin, String url, ReadOptions opts) {
        String binary = BinaryContent.describe(bytes);
        if (binary != null) {
            return List.of(ReadResult.rejected(origin, BINARY + ": " + binary + ", not a text document"));
        }
        Kind kind = kind(Charsets.head(bytes, HEAD_BYTES), origin, contentType);
        if (kind == Kind.JSONL) {
            return JsonlReader.read(bytes, origin, opts.source());
        }
        // charset detection is for one HTML, feed or text document at a time
        String text = Charsets.decode(bytes, charset);
        return switch (kind) {
            case JSONL -> throw new IllegalStateException("read above");
            case FEED -> FeedReader.read(text, origin, opts.source());
            case HTML -> one(HtmlReader.read(text, url, opts.source()), origin, "page has no article text");
            case TEXT -> one(TextReader.read(text, opts.source()), origin, "empty text");
        };
    }

    static Kind kind(String content, String name, String contentType) {
        String head = content.substring(0, Math.min(content.length(), 2048)).stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("<?xml") || head.startsWith("<rss") || head.startsWith("<feed") || head.startsWith("<rdf")) {
            return FeedReader.looksLikeFeed(head) || !head.contains("<html") ? Kind.FEED : Kind.HTML;
        }
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<!--")
                || head.startsWith("<head") || head.startsWith("<body") || head.startsWith("<meta")) {
            return Kind.HTML;
        }
        if (JsonlReader.looksLikeJsonl(head)) {
            return Kind.JSONL;
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        String lowerName = name.toLowerCase(Locale.ROOT).replaceAll("[?#].*$", "");
        if (type.contains("html") || lowerName.endsWith(".html") || lowerName.endsWith(".htm") || lowerName.endsWith(".xhtml")) {
            return Kind.HTML;
        }
        if (type.contains("xml") || lowerName.endsWith(".xml") || lowerName.endsWith(".rss") || lowerName.endsWith(".atom")) {
            return Kind.FEED;
        }
        return Kind.TEXT;
    }

    private static List<ReadResult> one(Article article, String origin, String emptyReason) {
        return List.of(article == null ? ReadResult.rejected(origin, emptyReason) : ReadResult.ok(article, origin));
    }

    /**
     * Every article with its stable id, and its publication date checked at the door ({@link PublicationDates}):
     * one date in the future or out of the era would otherwise pin a place's status for good.
     */
    private static Stream<ReadResult> withIds(Stream<ReadResult> results, ReadOptions opts) {
        return results.map(r -> {
            if (r.isRejected()) {
                return r;
            }
            PublicationDates.Check date = PublicationDates.check(r.article().publishedAt(), opts.clock().instant());
            return date.ok()
                    ? ReadResult.ok(ArticleId.assign(r.article()), r.origin())
                    : ReadResult.rejected(r.origin(), date.reason() + ": " + date.detail());
        });
    }
}
