package org.basewatch.ingest.read;

import org.basewatch.contracts.Article;
import org.basewatch.contracts.CanonicalUrl;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleIdTest {
    private static Article article(String id, String url, String text) {
        return new Article(id, url, null, null, null, null, text);
    }

    @Test
    void shouldKeepAGivenId() {
        assertEquals("seed-9", ArticleId.of(article(" seed-9 ", "https://example.iq/a", "نص")));
    }

    @Test
    void shouldDeriveIdFromCanonicalUrlSoTrackingLinksMatch() {
        String id = ArticleId.of(article(null, "https://www.example.iq/news/5/?utm_source=x", "نص"));

        assertEquals("url-" + CanonicalUrl.hash("https://example.iq/news/5"), id);
        assertEquals(id, ArticleId.of(article("", "https://m.example.iq/news/5/amp", "نص آخر")));
    }

    @Test
    void shouldHashTextAlikeAcrossDiacriticsTatweelAlefFormsAndSpacing() {
        String plain = ArticleId.of(article(null, null, "انسحاب القوات من قاعدة عين الاسد"));
        String decorated = ArticleId.of(article(null, null, "  انسحـــاب القُوّات من   قاعدة\nعين الأسد "));

        assertTrue(plain.matches("text-[0-9a-f]{16}"), plain);
        assertEquals(plain, decorated);
        assertNotEquals(plain, ArticleId.of(article(null, null, "انسحاب القوات من قاعدة حرير")));
    }

    @Test
    void shouldHaveNoIdForAnEmptyArticle() {
        assertNull(ArticleId.of(article(null, " ", null)));
    }

    @Test
    void shouldAssignTheIdToTheArticle() {
        Article assigned = ArticleId.assign(article(null, "https://example.iq/x", "نص"));

        assertEquals(ArticleId.of(assigned), assigned.id());
        assertTrue(assigned.id().startsWith("url-"));
    }
}
