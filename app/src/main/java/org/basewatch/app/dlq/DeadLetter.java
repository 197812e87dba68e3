package org.basewatch.app.dlq;

/**
 * One record of {@code articles-dlq} as the dead-letter commands see it: where it sits, the original key and value,
 * why it was rejected, and whether the value was cut (then it can never be replayed).
 */
public record DeadLetter(int partition, long offset, String key, byte[] value, String reason, String detail,
                         boolean truncated, long timestamp) {

    /** The name a replayed copy carries in its {@code basewatch.replay.of} header. */
    public String coordinates(String topic) {
        return topic + "/" + partition + "/" + offset;
    }
}
