package org.basewatch.contracts;

/**
 * The topics basewatch reads and writes. Keys are UTF-8 strings, values UTF-8 JSON.
 * <ul>
 *   <li>{@code articles}: key article id (or null), value {@link Article} (raw input, anything may arrive)</li>
 *   <li>{@code articles-dlq}: key as received, value the original bytes; headers say why (see {@link DeadLetters})</li>
 *   <li>{@code stories}: key article id, value {@link StoryMark}</li>
 *   <li>{@code claims}: key place id, value {@link Claim}</li>
 *   <li>{@code base-status}: compacted, key place id, value {@link PlaceStatus}</li>
 *   <li>{@code base-status-changes}: key place id, value {@link StatusChange}</li>
 *   <li>{@code base-status-progress}: compacted, key country id, value {@link TableProgress}</li>
 *   <li>{@code claims-dlq}: claims the sink could not read or decide, original bytes with Kafka Streams' error headers</li>
 * </ul>
 */
public final class Topics {
    public static final String ARTICLES = "articles";
    public static final String ARTICLES_DLQ = "articles-dlq";
    public static final String STORIES = "stories";
    public static final String CLAIMS = "claims";
    public static final String BASE_STATUS = "base-status";
    public static final String BASE_STATUS_CHANGES = "base-status-changes";
    public static final String BASE_STATUS_PROGRESS = "base-status-progress";
    public static final String CLAIMS_DLQ = "claims-dlq";

    private Topics() {
    }
}
