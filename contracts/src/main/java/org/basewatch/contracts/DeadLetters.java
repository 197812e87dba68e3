package org.basewatch.contracts;

/** Header names on {@code articles-dlq} records: why a record was rejected and where it came from. */
public final class DeadLetters {
    public static final String REASON = "basewatch.error.reason";
    public static final String DETAIL = "basewatch.error.detail";
    public static final String TOPIC = "basewatch.error.topic";
    public static final String PARTITION = "basewatch.error.partition";
    public static final String OFFSET = "basewatch.error.offset";
    public static final String STAGE = "basewatch.error.stage";
    /** Present when the value was cut to its first megabyte: the original size in bytes. */
    public static final String TRUNCATED = "basewatch.error.truncated-from";
    /** On an {@code articles} record re-published by {@code basewatch dlq replay}: the dead letter's {@code articles-dlq/partition/offset}. */
    public static final String REPLAY_OF = "basewatch.replay.of";
    /** Prefix of the headers above that say why a record was rejected; a replay leaves them behind. */
    public static final String ERROR_PREFIX = "basewatch.error.";

    private DeadLetters() {
    }
}
