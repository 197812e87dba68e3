package org.basewatch.sink.http;

import org.basewatch.contracts.Modality;
import org.basewatch.contracts.Status;

import java.util.List;

/**
 * One piece of evidence as the page shows it: what was claimed, by which outlet in which article (title, URL,
 * publication date), the sentence it was read from and where the claim's span lies in it. {@code alsoIn} names
 * the other outlets that printed the same statement, so a syndicated sentence is shown once.
 */
record Quote(String articleId, String source, List<String> alsoIn, String title, String url, String publishedAt,
             String eventDate, Status status, Modality modality, double confidence,
             String sentence, int spanStart, int spanEnd) {
}
