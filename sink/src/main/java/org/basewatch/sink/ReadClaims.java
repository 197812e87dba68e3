package org.basewatch.sink;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.basewatch.contracts.Claim;
import org.basewatch.contracts.DeadLetters;
import org.basewatch.contracts.Json;
import org.basewatch.contracts.Places;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;

/**
 * Reads raw {@code claims} records; one that is not a claim about a known place keeps its bytes
 * and gains headers saying why and where it came from, for {@code claims-dlq}.
 */
final class ReadClaims implements FixedKeyProcessor<String, byte[], ReadClaims.Parsed> {
    private static final Logger LOG = LoggerFactory.getLogger(ReadClaims.class);

    /** A claim, or the original bytes of a record that is not one. */
    record Parsed(Claim claim, byte[] raw) {
        boolean isClaim() {
            return claim != null;
        }
    }

    private FixedKeyProcessorContext<String, Parsed> context;

    @Override
    public void init(FixedKeyProcessorContext<String, Parsed> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, byte[]> record) {
        String reason;
        String detail;
        try {
            Claim claim = record.value() == null ? null : Json.read(record.value(), Claim.class);
            if (claim != null && claim.place() != null && (claim.isRetraction() || claim.status() != null && claim.modality() != null)) {
                if (Places.isKnown(claim.place())) {
                    context.forward(record.withValue(new Parsed(claim, null)));
                    return;
                }
                reason = "unknown-place";
                detail = "no place with id " + claim.place();
            } else {
                reason = "incomplete-claim";
                detail = "a claim needs place, status and modality (a retraction: article id, place and revision)";
            }
        } catch (RuntimeException e) {
            reason = "corrupt-json";
            detail = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        }
        RecordMetadata where = context.recordMetadata().orElse(null);
        LOG.atWarn().addKeyValue("topic", where == null ? "?" : where.topic())
                .addKeyValue("partition", where == null ? "?" : String.valueOf(where.partition()))
                .addKeyValue("offset", where == null ? "?" : String.valueOf(where.offset()))
                .addKeyValue("reason", reason).addKeyValue("dlq", org.basewatch.contracts.Topics.CLAIMS_DLQ)
                .log("dead-lettering claim record: {} ({})", reason, detail);
        Headers headers = record.headers();
        headers.add(DeadLetters.REASON, utf8(reason));
        headers.add(DeadLetters.DETAIL, utf8(detail));
        headers.add(DeadLetters.TOPIC, utf8(where == null ? "?" : where.topic()));
        headers.add(DeadLetters.PARTITION, utf8(where == null ? "?" : String.valueOf(where.partition())));
        headers.add(DeadLetters.OFFSET, utf8(where == null ? "?" : String.valueOf(where.offset())));
        headers.add(DeadLetters.STAGE, utf8("read-claims"));
        context.forward(record.withValue(new Parsed(null, record.value())).withHeaders(headers));
    }

    private static byte[] utf8(String s) {
        return (s == null ? "" : s).getBytes(StandardCharsets.UTF_8);
    }
}
