package org.basewatch.ingest.read;

import com.fasterxml.jackson.databind.JsonNode;
import org.basewatch.contracts.Article;
import org.basewatch.contracts.Json;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads JSONL in the article contract, one article a line; a bad line becomes a rejection naming the
 * line. A pretty-printed JSON article or array of articles is read too.
 */
final class JsonlReader {
    private JsonlReader() {
    }

    static boolean looksLikeJsonl(String head) {
        String s = head.stripLeading();
        return s.startsWith("{") || s.startsWith("[");
    }

    /** Why a line is rejected when its bytes are not UTF-8. */
    static final String INVALID_UTF8 = "invalid-utf8";

    /**
     * Reads JSONL bytes. JSON text is UTF-8 (RFC 8259 §8.1): each line is decoded on its own, and a line that
     * is not valid UTF-8 is rejected as {@value #INVALID_UTF8} with its number while its neighbours are read
     * as they are. A whole document (a pretty-printed article or array) must be valid UTF-8 as a whole.
     */
    static List<ReadResult> read(byte[] content, String origin, String source) {
        int from = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        String whole = Charsets.strictUtf8(content, from, content.length);
        if (whole != null) {
            return read(whole, origin, source);
        }
        if (Charsets.head(content, 4096).stripLeading().startsWith("[")) {
            return List.of(ReadResult.rejected(origin, INVALID_UTF8 + ": a JSON array that is not valid UTF-8"));
        }
        List<ReadResult> results = new ArrayList<>();
        int lineNo = 0;
        for (int start = from; start < content.length; ) {
            int nl = start;
            while (nl < content.length && content[nl] != '\n') {
                nl++;
            }
            lineNo++;
            String line = Charsets.strictUtf8(content, start, nl);
            String where = origin + ":" + lineNo;
            if (line == null) {
                int bad = Charsets.firstInvalidUtf8(content, start, nl);
                results.add(ReadResult.rejected(where, String.format(Locale.ROOT,
                        "%s: byte 0x%02X at column %d is not UTF-8 (JSON text is UTF-8, RFC 8259)",
                        INVALID_UTF8, content[bad] & 0xFF, bad - start + 1)));
            } else if (!line.isBlank()) {
                results.add(readLine(line.strip(), where, source));
            }
            start = nl + 1;
        }
        return results;
    }

    static List<ReadResult> read(String content, String origin, String source) {
        List<ReadResult> whole = wholeDocument(content, origin, source);
        if (whole != null) {
            return whole;
        }
        List<ReadResult> results = new ArrayList<>();
        String[] lines = content.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!line.isEmpty()) {
                results.add(readLine(line, origin + ":" + (i + 1), source));
            }
        }
        return results;
    }

    /**
     * A pretty-printed {@code .json} file (one article object, or an array of them) rather than
     * JSONL; null when the content is JSONL after all.
     */
    private static List<ReadResult> wholeDocument(String content, String origin, String source) {
        String s = content.strip();
        boolean array = s.startsWith("[");
        if (!array && (s.indexOf('\n') < 0 || firstLineIsJson(s))) {
            return null;
        }
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(s);
        } catch (Exception e) {
            return array ? List.of(ReadResult.rejected(origin, "not JSON: " + firstLine(e.getMessage()))) : null;
        }
        if (!node.isArray()) {
            return List.of(readLine(node.toString(), origin, source));
        }
        List<ReadResult> results = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            results.add(readLine(node.get(i).toString(), origin + "[" + i + "]", source));
        }
        return results;
    }

    private static boolean firstLineIsJson(String s) {
        try {
            Json.MAPPER.readTree(s.substring(0, s.indexOf('\n')));
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    static ReadResult readLine(String line, String where, String source) {
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(line);
        } catch (Exception e) {
            return ReadResult.rejected(where, "not JSON: " + firstLine(e.getMessage()));
        }
        if (node == null || !node.isObject()) {
            return ReadResult.rejected(where, "not a JSON object");
        }
        JsonNode text = node.get("text");
        if (text == null || !text.isTextual() || text.asText().isBlank()) {
            return ReadResult.rejected(where, "no text");
        }
        Article article;
        try {
            article = Json.MAPPER.treeToValue(node, Article.class);
        } catch (Exception e) {
            return ReadResult.rejected(where, "not an article: " + firstLine(e.getMessage()));
        }
        String normalised = Dates.normalise(article.publishedAt());
        if (normalised != null && !normalised.equals(article.publishedAt())) {
            // an RFC 822 date or a date-time with a space becomes ISO; one that is no date stays, to be rejected
            article = new Article(article.id(), article.url(), article.source(), normalised,
                    article.language(), article.title(), article.text());
        }
        if (article.source() == null && source != null) {
            article = new Article(article.id(), article.url(), source, article.publishedAt(),
                    article.language(), article.title(), article.text());
        }
        return ReadResult.ok(article, where);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
