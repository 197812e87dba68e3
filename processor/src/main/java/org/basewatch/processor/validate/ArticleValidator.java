package org.basewatch.processor.validate;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import org.basewatch.contracts.Article;
import org.basewatch.contracts.Json;
import org.basewatch.contracts.LanguageId;
import org.basewatch.contracts.PublicationDates;
import org.basewatch.contracts.TextForms;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Decides whether a raw {@code articles} record is an article basewatch can read, and says why
 * not otherwise. Each reason is a stable short code (the {@code basewatch.error.reason} header); the
 * publication date's reasons are those of {@link PublicationDates} ({@code invalid-date},
 * {@code published-in-future}, {@code published-too-early}), checked here too because other producers
 * than ingest write to {@code articles}.
 */
public final class ArticleValidator {
    public static final String EMPTY_RECORD = "empty-record";
    public static final String INVALID_UTF8 = "invalid-utf8";
    public static final String CORRUPT_JSON = "corrupt-json";
    public static final String WRONG_TYPE = "wrong-type";
    public static final String MISSING_TEXT = "missing-text";
    public static final String TOO_LARGE = "too-large";
    public static final String HTML_MARKUP = "html-markup";
    public static final String NO_WORDS = "no-words";
    public static final String UNSUPPORTED_LANGUAGE = "unsupported-language";
    /** Text decoded in the wrong charset upstream (mojibake) or full of U+FFFD: it reads as letters and says nothing. */
    public static final String GARBLED_TEXT = "garbled-text";

    /** Bytes beyond which a record is refused before it is even decoded. */
    public static final int DEFAULT_MAX_BYTES = 2 * 1024 * 1024;
    /** Characters of article text beyond which an article is refused (a news story is ~3,000). */
    public static final int DEFAULT_MAX_CHARS = 200_000;
    private static final int MIN_LETTERS = 40;
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>");
    private static final String[] FIELDS = {"id", "url", "source", "publishedAt", "language", "title"};

    private final int maxBytes;
    private final int maxChars;

    public ArticleValidator() {
        this(DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS);
    }

    public ArticleValidator(int maxBytes, int maxChars) {
        this.maxBytes = maxBytes;
        this.maxChars = maxChars;
    }

    /** As {@link #validate(byte[], Instant)} with the wall clock as the time of ingest. */
    public Validation validate(byte[] value) {
        return validate(value, Instant.now());
    }

    /**
     * The article in {@code value}, or why it cannot be read. {@code now} is the time of ingest that bounds the
     * publication date ({@link PublicationDates}); the topology gives the record's timestamp, capped by the wall clock.
     */
    public Validation validate(byte[] value, Instant now) {
        if (value == null || value.length == 0) {
            return Validation.rejected(EMPTY_RECORD, "the record has no value");
        }
        if (value.length > maxBytes) {
            return Validation.rejected(TOO_LARGE, value.length + " bytes, more than the limit of " + maxBytes);
        }
        String json;
        try {
            json = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(value)).toString();
        } catch (CharacterCodingException e) {
            return Validation.rejected(INVALID_UTF8, "the value is not valid UTF-8: " + e.getMessage());
        }
        JsonNode node;
        try {
            // two articles in one record would otherwise lose the second without trace
            node = Json.MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(json);
        } catch (IOException e) {
            return Validation.rejected(CORRUPT_JSON, firstLine(e.getMessage()));
        }
        if (node == null || !node.isObject()) {
            return Validation.rejected(WRONG_TYPE, "expected a JSON object with a text field, got " + (node == null ? "nothing" : node.getNodeType()));
        }
        for (String field : FIELDS) {
            JsonNode f = node.get(field);
            if (f != null && !f.isNull() && !f.isTextual()) {
                return Validation.rejected(WRONG_TYPE, "field " + field + " must be a string or null, got " + f.getNodeType());
            }
        }
        JsonNode textNode = node.get("text");
        if (textNode == null || textNode.isNull()) {
            return Validation.rejected(MISSING_TEXT, "the article has no text field");
        }
        if (!textNode.isTextual()) {
            return Validation.rejected(WRONG_TYPE, "field text must be a string, got " + textNode.getNodeType());
        }
        String text = textNode.asText();
        if (text.isBlank()) {
            return Validation.rejected(MISSING_TEXT, "the article text is empty");
        }
        if (text.length() > maxChars) {
            return Validation.rejected(TOO_LARGE, text.length() + " characters of text, more than the limit of " + maxChars);
        }
        String clean = TextCheck.stripControls(text);
        Markup markup = markup(clean);
        if (markup.tags() >= 5 && (markup.tags() * 40 > clean.length() || markup.chars() * 4 > clean.length())) {
            return Validation.rejected(HTML_MARKUP, markup.tags() + " HTML tags in the text: send pages through `basewatch ingest`, which extracts their text");
        }
        // letters are judged as the reader sees them: presentation forms as the letters they stand for, no format
        // characters (bidi marks, soft hyphens, joiners) or tatweel; the article keeps its text, which offsets point into
        String plain = TextForms.plain(clean);
        int letters = TextCheck.letters(plain);
        if (letters < MIN_LETTERS) {
            return Validation.rejected(NO_WORDS, "only " + letters + " letters in the text");
        }
        String garbled = GarbledText.diagnose(plain);
        if (garbled != null) {
            return Validation.rejected(GARBLED_TEXT, garbled);
        }
        LanguageId.Verdict verdict = LanguageId.identify(plain);
        if (!verdict.supported()) {
            return Validation.rejected(UNSUPPORTED_LANGUAGE, "the text reads as " + verdict.reading() + "; basewatch reads Arabic and English");
        }
        String language = verdict.language();
        PublicationDates.Check date = PublicationDates.check(text(node, "publishedAt"), now);
        if (!date.ok()) {
            return Validation.rejected(date.reason(), date.detail());
        }
        String id = text(node, "id");
        Article article = new Article(id, text(node, "url"), text(node, "source"), text(node, "publishedAt"),
                text(node, "language") != null ? text(node, "language") : language, text(node, "title"), clean);
        return Validation.ok(article);
    }

    private static String text(JsonNode node, String field) {
        JsonNode f = node.get(field);
        return f == null || f.isNull() ? null : f.asText();
    }

    /** How many tags, and how many characters they take: markup is judged by its share of the text, however long. */
    private record Markup(int tags, int chars) {
    }

    private static Markup markup(String text) {
        int n = 0;
        int chars = 0;
        var m = TAG.matcher(text);
        while (m.find()) {
            n++;
            chars += m.end() - m.start();
        }
        return new Markup(n, chars);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable JSON";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
