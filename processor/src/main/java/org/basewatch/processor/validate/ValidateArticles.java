package org.basewatch.processor.validate;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.basewatch.contracts.Article;
import org.basewatch.contracts.DeadLetters;
import org.basewatch.processor.dedup.Fingerprints;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

/**
 * Checks each raw {@code articles} record. A valid one leaves keyed by its article id (the given
 * id, else the record key, else its text fingerprint); a refused one keeps its bytes and gains
 * headers saying why and where it came from, ready for the dead-letter topic.
 */
public final class ValidateArticles implements Processor<String, byte[], String, CheckedRecord> {
    private static final Logger LOG = LoggerFactory.getLogger(ValidateArticles.class);
    /** Dead letters keep at most this much of the original value. */
    public static final int DEAD_LETTER_MAX_BYTES = 1024 * 1024;
    private final ArticleValidator validator;
    private ProcessorContext<String, CheckedRecord> context;

    public ValidateArticles(ArticleValidator validator) {
        this.validator = validator;
    }

    @Override
    public void init(ProcessorContext<String, CheckedRecord> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, byte[]> record) {
        Validation v = validator.validate(record.value(), timeOfIngest(record.timestamp(), context.currentSystemTimeMs()));
        if (v.isValid()) {
            Article article = v.article();
            String id = firstNonBlank(article.id(), record.key(), Fingerprints.exact(article.text()));
            Article withId = article.id() == null || article.id().isBlank() ? article.withId(id) : article;
            context.forward(record.withKey(id).withValue(new CheckedRecord(record.value(), Validation.ok(withId))));
            return;
        }
        RecordMetadata where = context.recordMetadata().orElse(null);
        String topic = where == null ? "?" : where.topic();
        String partition = where == null ? "?" : String.valueOf(where.partition());
        String offset = where == null ? "?" : String.valueOf(where.offset());
        LOG.atWarn().addKeyValue("topic", topic).addKeyValue("partition", partition).addKeyValue("offset", offset)
                .addKeyValue("reason", v.reason()).addKeyValue("dlq", org.basewatch.contracts.Topics.ARTICLES_DLQ)
                .log("dead-lettering article record: {} ({})", v.reason(), v.detail());
        Headers headers = record.headers();
        headers.add(DeadLetters.REASON, utf8(v.reason()));
        headers.add(DeadLetters.DETAIL, utf8(v.detail()));
        headers.add(DeadLetters.TOPIC, utf8(topic));
        headers.add(DeadLetters.PARTITION, utf8(partition));
        headers.add(DeadLetters.OFFSET, utf8(offset));
        headers.add(DeadLetters.STAGE, utf8("validate-articles"));
        byte[] kept = record.value();
        if (kept != null && kept.length > DEAD_LETTER_MAX_BYTES) {
            // the whole value stays in articles at the offset above; the dead letter carries its head, so
            // it never outgrows what a producer or the DLQ topic accepts
            kept = Arrays.copyOf(kept, DEAD_LETTER_MAX_BYTES);
            headers.add(DeadLetters.TRUNCATED, utf8(String.valueOf(record.value().length)));
        }
        context.forward(record.withValue(new CheckedRecord(kept, v)).withHeaders(headers));
    }

    /**
     * When the article came in: its record's timestamp, so a replay judges every date as the first run did, but
     * never later than the wall clock, since a producer may set any timestamp it likes (9999 too).
     */
    static Instant timeOfIngest(long recordTimestamp, long wallClockMs) {
        return Instant.ofEpochMilli(recordTimestamp <= 0 ? wallClockMs : Math.min(recordTimestamp, wallClockMs));
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static byte[] utf8(String s) {
        return (s == null ? "" : s).getBytes(StandardCharsets.UTF_8);
    }
}
