package org.basewatch.contracts;

/** A claim as shown on a status row: what was said, where, and how it was put. */
public record Evidence(String articleId, String storyId, String source, String publishedAt,
                       Status status, Modality modality, String eventDate,
                       String evidence, int start, int end, double confidence) {

    public static Evidence of(Claim c) {
        return new Evidence(c.articleId(), c.storyId(), c.source(), c.publishedAt(), c.status(), c.modality(),
                c.eventDate(), c.evidence(), c.start(), c.end(), c.confidence());
    }
}
