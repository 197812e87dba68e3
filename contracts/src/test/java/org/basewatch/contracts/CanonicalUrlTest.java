package org.basewatch.contracts;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CanonicalUrlTest {

    @Test
    void shouldLowercaseSchemeAndHostButKeepPathCase() {
        assertEquals("https://example.iq/News/Item",
                CanonicalUrl.canonical("HTTPS://Example.IQ/News/Item"));
    }

    @Test
    void shouldDropDefaultPortButKeepOthers() {
        assertEquals("https://example.iq/a", CanonicalUrl.canonical("https://example.iq:443/a"));
        assertEquals("http://example.iq/a", CanonicalUrl.canonical("http://example.iq:80/a"));
        assertEquals("http://example.iq:8080/a", CanonicalUrl.canonical("http://example.iq:8080/a"));
    }

    @Test
    void shouldDropFragmentAndTrailingSlash() {
        assertEquals("https://example.iq/news/1", CanonicalUrl.canonical("https://example.iq/news/1/#comments"));
        assertEquals("https://example.iq", CanonicalUrl.canonical("https://example.iq/"));
    }

    @Test
    void shouldDropTrackingParametersAndSortTheRest() {
        assertEquals("https://example.iq/a?id=7&page=2",
                CanonicalUrl.canonical("https://example.iq/a?utm_source=tw&page=2&fbclid=xyz&id=7&gclid=1&ref=home&UTM_Medium=x"));
        assertEquals("https://example.iq/a", CanonicalUrl.canonical("https://example.iq/a?utm_campaign=z"));
    }

    @Test
    void shouldFoldAmpVariantsToThePlainPage() {
        String plain = CanonicalUrl.canonical("https://example.iq/news/123");
        assertEquals(plain, CanonicalUrl.canonical("https://example.iq/news/123/amp/"));
        assertEquals(plain, CanonicalUrl.canonical("https://example.iq/news/123/amp"));
        assertEquals(plain, CanonicalUrl.canonical("https://example.iq/amp/news/123"));
        assertEquals(plain, CanonicalUrl.canonical("https://example.iq/news/123?amp=1"));
        assertEquals(plain, CanonicalUrl.canonical("https://amp.example.iq/news/123"));
    }

    @Test
    void shouldFoldMobileAndWwwHostsToThePlainHost() {
        String plain = CanonicalUrl.canonical("https://example.iq/news/123");
        assertEquals(plain, CanonicalUrl.canonical("https://m.example.iq/news/123"));
        assertEquals(plain, CanonicalUrl.canonical("https://mobile.example.iq/news/123"));
        assertEquals(plain, CanonicalUrl.canonical("https://www.example.iq/news/123"));
    }

    @Test
    void shouldKeepAHostThatIsOnlyThePrefixAndADomain() {
        assertEquals("https://m.com/a", CanonicalUrl.canonical("https://m.com/a"));
    }

    @Test
    void shouldEncodeRawArabicPathLikeItsPercentEscapedForm() {
        assertEquals(CanonicalUrl.canonical("https://example.iq/%d8%b9%d8%b1%d8%a7%d9%82"),
                CanonicalUrl.canonical("https://example.iq/عراق"));
    }

    @Test
    void shouldReturnNonUrlsTrimmedAndNullAsNull() {
        assertEquals("not a url", CanonicalUrl.canonical("  not a url "));
        assertNull(CanonicalUrl.canonical(null));
        assertNull(CanonicalUrl.hash(null));
    }

    @Test
    void shouldHashEquivalentUrlsAlikeAndDifferentPagesApart() {
        String hash = CanonicalUrl.hash("https://www.example.iq/news/123/?utm_source=x#top");
        assertEquals(16, hash.length());
        assertTrue(hash.matches("[0-9a-f]{16}"));
        assertEquals(hash, CanonicalUrl.hash("https://m.example.iq/news/123/amp"));
        assertNotEquals(hash, CanonicalUrl.hash("https://example.iq/news/124"));
        assertEquals(CanonicalUrl.sha256Hex("https://example.iq/news/123").substring(0, 16), hash);
    }
}
