package org.basewatch.processor.validate;

import org.basewatch.contracts.Article;
import org.basewatch.processor.extract.EventMentions;

/**
 * The cheap test that lets most of a news firehose leave the processor right after validation, before dedup state or
 * extraction: an article is on topic when it names a place of the gazetteer the extractor tracks (the country, its
 * regions, governorates and bases), found as the extractor finds them ({@link EventMentions}). Every claim is about
 * such a place, so an article naming none can make no claim; {@code TopicTestTest} checks that on every labelled
 * corpus. Off-topic news that names Baghdad or Iraq still goes on: this only takes what cannot matter.
 */
public final class TopicTest {

    /** Whether {@code article} may make a claim: it names at least one tracked place. */
    public boolean isOnTopic(Article article) {
        return article.text() != null && !EventMentions.of(article.text()).places().isEmpty();
    }
}
