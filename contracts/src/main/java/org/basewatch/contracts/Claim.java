package org.basewatch.contracts;

/**
 * One statement an article makes about the coalition presence at one place: the value of the
 * {@code claims} topic (keyed by place) and a line of {@code basewatch extract}.
 *
 * <p>{@code eventDate} is when the status held or will hold ({@code YYYY}, {@code YYYY-MM} or
 * {@code YYYY-MM-DD}), null when unresolved; {@code start}/{@code end} are character offsets of
 * {@code evidence} in the article text. {@code storyId}, {@code source}, {@code sources} and
 * {@code publishedAt} are filled by the processor so the sink can weigh and date the claim.
 */
public record Claim(String articleId, String place, Status status, Modality modality,
                    String eventDate, DatePrecision datePrecision,
                    String evidence, int start, int end, double confidence,
                    String speaker, String storyId, String source, int sources,
                    String publishedAt) {

    public Claim withStory(String newStoryId, String newSource, int newSources, String newPublishedAt) {
        return new Claim(articleId, place, status, modality, eventDate, datePrecision, evidence, start, end,
                confidence, speaker, newStoryId, newSource, newSources, newPublishedAt);
    }
}
