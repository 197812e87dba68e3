package org.basewatch.contracts;

/**
 * One statement an article makes about the coalition presence at one place: the value of the
 * {@code claims} topic (keyed by place) and a line of {@code basewatch extract}.
 *
 * <p>{@code eventDate} is when the status held or will hold ({@code YYYY}, {@code YYYY-MM} or
 * {@code YYYY-MM-DD}), null when unresolved; {@code start}/{@code end} are character offsets of
 * {@code evidence} in the article text. {@code storyId}, {@code source}, {@code sources} and
 * {@code publishedAt} are filled by the processor so the sink can weigh and date the claim;
 * {@code notBefore} is the latest date the article mentions, a lower bound on when it was written
 * for articles without a publication date.
 */
public record Claim(String articleId, String place, Status status, Modality modality,
                    String eventDate, DatePrecision datePrecision,
                    String evidence, int start, int end, double confidence,
                    String speaker, String storyId, String source, int sources,
                    String publishedAt, String notBefore) {

    public Claim(String articleId, String place, Status status, Modality modality,
                 String eventDate, DatePrecision datePrecision,
                 String evidence, int start, int end, double confidence,
                 String speaker, String storyId, String source, int sources, String publishedAt) {
        this(articleId, place, status, modality, eventDate, datePrecision, evidence, start, end, confidence,
                speaker, storyId, source, sources, publishedAt, null);
    }

    public Claim withStory(String newStoryId, int newSources, String newNotBefore) {
        return new Claim(articleId, place, status, modality, eventDate, datePrecision, evidence, start, end,
                confidence, speaker, newStoryId, source, newSources, publishedAt, newNotBefore);
    }
}
