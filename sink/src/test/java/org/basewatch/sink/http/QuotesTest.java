package org.basewatch.sink.http;

import org.basewatch.contracts.Article;
import org.basewatch.contracts.Evidence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class QuotesTest {
    @Test
    void shouldShowASyndicatedStatementOnceNamingEveryOutlet() {
        Evidence original = Evidence.of(StatusFixture.AIN_ADVISORY);
        Evidence copy = new Evidence("t-900", "story-t-900", "Outlet Z", "2021-12-21T08:00:00Z", original.status(),
                original.modality(), original.eventDate(), original.evidence(), 5, 5 + original.evidence().length(), 0.8);

        List<Quote> quotes = Quotes.of(List.of(original, copy, original), new ArticleShelf());

        assertEquals(1, quotes.size());
        assertEquals("Outlet B", quotes.get(0).source());
        assertEquals(List.of("Outlet Z"), quotes.get(0).alsoIn());
    }

    @Test
    void shouldQuoteFromTheArticleOnTheShelfWithItsTitleAndUrl() {
        Evidence copy = new Evidence("t-900", "story-t-900", "Outlet Z", null, StatusFixture.AIN_ADVISORY.status(),
                StatusFixture.AIN_ADVISORY.modality(), "2021-12-18", StatusFixture.AIN_ADVISORY.evidence(), 0, 0, 0.8);
        ArticleShelf shelf = new ArticleShelf();
        String text = "مقدمة. قالت المصادر إن " + copy.evidence() + " يوم الخميس. خاتمة";
        shelf.put("t-900", new Article("t-900", "https://z.example/a", "Outlet Z", "2021-12-21", "ar", "عنوان", text));

        Quote q = Quotes.of(List.of(Evidence.of(StatusFixture.AIN_ADVISORY), copy), shelf).get(0);

        assertEquals("Outlet Z", q.source(), "the copy whose article is known is the one cited");
        assertEquals("https://z.example/a", q.url());
        assertEquals("عنوان", q.title());
        assertEquals("2021-12-21", q.publishedAt());
        assertEquals("قالت المصادر إن " + copy.evidence() + " يوم الخميس.", q.sentence());
        assertEquals(copy.evidence(), q.sentence().substring(q.spanStart(), q.spanEnd()));
    }

    @Test
    void shouldQuoteTheSpanAloneWithoutItsArticle() {
        Quote q = Quotes.of(List.of(Evidence.of(StatusFixture.HARIR_PLAN)), new ArticleShelf()).get(0);

        assertEquals(StatusFixture.HARIR_PLAN.evidence(), q.sentence());
        assertEquals(0, q.spanStart());
        assertEquals(q.sentence().length(), q.spanEnd());
        assertNull(q.url());
    }

    @Test
    void shouldListOldestFirstAndUndatedLast() {
        List<Quote> quotes = Quotes.of(List.of(Evidence.of(StatusFixture.TAJI_HANDED_OVER),
                Evidence.of(StatusFixture.AIN_WITHDRAWN), Evidence.of(StatusFixture.AIN_PRESENT)), new ArticleShelf());

        assertEquals(List.of("t-101", "t-104", "t-401"), quotes.stream().map(Quote::articleId).toList());
    }

    @Test
    void shouldDropTheOldestTextsBeyondTheShelfsSize() {
        ArticleShelf shelf = new ArticleShelf(10);
        shelf.put("a", new Article("a", "https://a", "A", null, "ar", "A", "123456"));
        shelf.put("b", new Article("b", "https://b", "B", null, "ar", "B", "123456"));

        assertEquals(false, shelf.text("a").isPresent());
        assertEquals("123456", shelf.text("b").orElseThrow());
        assertEquals("https://a", shelf.card("a").orElseThrow().url(), "the card stays");
    }
}
