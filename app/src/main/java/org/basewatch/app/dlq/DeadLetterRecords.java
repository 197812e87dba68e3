package org.basewatch.app.dlq;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.basewatch.contracts.DeadLetters;

import java.nio.charset.StandardCharsets;

/** Reads the dead-letter headers of an {@code articles-dlq} record into a {@link DeadLetter}. */
final class DeadLetterRecords {
    private DeadLetterRecords() {
    }

    static DeadLetter of(ConsumerRecord<String, byte[]> r) {
        return new DeadLetter(r.partition(), r.offset(), r.key(), r.value(), header(r, DeadLetters.REASON),
                header(r, DeadLetters.DETAIL), r.headers().lastHeader(DeadLetters.TRUNCATED) != null, r.timestamp());
    }

    static String header(ConsumerRecord<?, ?> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
