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
 * for articles without a publication date. {@code revision} says which version of its article the claim was
 * read from; a later version's claims replace an earlier one's.
 *
 * <p>A <em>retraction</em> ({@link #retraction}) has an article id, a place and a revision and no status or
 * modality: every claim of that article about the place (and the places inside it) read from an earlier revision
 * is withdrawn. The processor sends one to each top place of the gazetteer when an article id comes back with
 * other content, so a correction that no longer speaks of a place clears what the old version said there.
 */
public record Claim(String articleId, String place, Status status, Modality modality,
                    String eventDate, DatePrecision datePrecision,
                    String evidence, int start, int end, double confidence,
                    String speaker, String storyId, String source, int sources,
                    String publishedAt, String notBefore, Revision revision) {

    public Claim(String articleId, String place, Status status, Modality modality,
                 String eventDate, DatePrecision datePrecision,
                 String evidence, int start, int end, double confidence,
                 String speaker, String storyId, String source, int sources,
                 String publishedAt, String notBefore) {
        this(articleId, place, status, modality, eventDate, datePrecision, evidence, start, end, confidence,
                speaker, storyId, source, sources, publishedAt, notBefore, null);
    }

    /** Withdraws the claims of {@code articleId} about {@code place} (and inside it) older than {@code revision}. */
    public static Claim retraction(String articleId, String place, Revision revision) {
        return new Claim(articleId, place, null, null, null, null, null, 0, 0, 0, null, null, null, 0, null, null, revision);
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isRetraction() {
        return status == null && modality == null && revision != null && articleId != null;
    }

    public Claim withRevision(Revision newRevision) {
        return new Claim(articleId, place, status, modality, eventDate, datePrecision, evidence, start, end,
                confidence, speaker, storyId, source, sources, publishedAt, notBefore, newRevision);
    }

    public Claim(String articleId, String place, Status status, Modality modality,
                 String eventDate, DatePrecision datePrecision,
                 String evidence, int start, int end, double confidence,
                 String speaker, String storyId, String source, int sources, String publishedAt) {
        this(articleId, place, status, modality, eventDate, datePrecision, evidence, start, end, confidence,
                speaker, storyId, source, sources, publishedAt, null);
    }

    public Claim withStory(String newStoryId, int newSources, String newNotBefore) {
        return new Claim(articleId, place, status, modality, eventDate, datePrecision, evidence, start, end,
                confidence, speaker, newStoryId, source, newSources, publishedAt, newNotBefore, revision);
    }
}
