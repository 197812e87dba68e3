package org.basewatch.ingest.read;

import org.basewatch.ingest.LocalServer;

import org.basewatch.contracts.Article;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CharsetsTest {
    private static final String ARABIC = "انتهت المهمة القتالية للتحالف الدولي في العراق وبقي المستشارون في قاعدة عين الأسد";

    @Test
    void shouldReadAWindows1256PageThatDeclaresItsCharset() {
        Article a = Pages.read("cp1256-declared.html");

        assertEquals("بيان عراقي أمريكي مشترك", a.title());
        assertTrue(a.text().contains("صدر بيان مشترك عن العراق والولايات المتحدة"), a.text());
        assertEquals("2025-11-06", a.publishedAt());
    }

    @Test
    void shouldFallBackFromInvalidUtf8ToWindows1256WhenNothingIsDeclared() {
        Article a = Pages.read("cp1256-undeclared.html");

        assertTrue(a.text().contains("وأكد البيان التزام الجانبين"), a.text());
        assertEquals("ar", a.language());
    }

    @Test
    void shouldReadAnIso88596PageThatDeclaresItsCharsetInHttpEquiv() {
        Article a = Pages.read("iso-8859-6.html");

        assertEquals("جدول زمني لإنهاء مهمة التحالف", a.title());
        assertTrue(a.text().contains("وتنتهي المرحلة الأولى في المناطق الاتحادية"), a.text());
        assertEquals("2024-09-27", a.publishedAt());
    }

    @Test
    void shouldLetTheHttpHeaderCharsetWinOverDetection() {
        byte[] bytes = ARABIC.getBytes(Charsets.ISO_8859_6);

        assertEquals(ARABIC, Charsets.decode(bytes, Charsets.fromContentType("text/plain; charset=ISO-8859-6")));
    }

    @Test
    void shouldDecodeAServedPageByTheCharsetInItsHttpHeader() throws Exception {
        // the stale meta tag says 1256; the header, which the server knows better, must win
        byte[] page = ("<html><head><meta charset=\"windows-1256\"></head><body><p>" + ARABIC + "</p></body></html>")
                .getBytes(Charsets.ISO_8859_6);
        try (LocalServer server = new LocalServer().serve("/iso", "text/html; charset=ISO-8859-6", page)) {
            List<ReadResult> results = ArticleSources.read(server.url("/iso"), ReadOptions.defaults().withAllowPrivate(true)).toList();

            assertEquals(ARABIC, results.get(0).article().text());
        }
    }

    @Test
    void shouldTrustTheDocumentOverAServerDefaultOfLatin1() {
        byte[] page = ("<html><head><meta charset=\"windows-1256\"></head><body><p>" + ARABIC + "</p></body></html>")
                .getBytes(Charsets.WINDOWS_1256);

        assertTrue(Charsets.decode(page, Charsets.fromContentType("text/html; charset=ISO-8859-1")).contains(ARABIC));
    }

    @Test
    void shouldTellUndeclaredIso88596FromWindows1256ByTheText() {
        assertEquals(ARABIC, Charsets.decode(ARABIC.getBytes(Charsets.ISO_8859_6), null));
        assertEquals(ARABIC, Charsets.decode(ARABIC.getBytes(Charsets.WINDOWS_1256), null));
    }

    @Test
    void shouldReadUtf8WithAndWithoutByteOrderMark() {
        byte[] plain = ARABIC.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[plain.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, bom, 3, plain.length);

        assertEquals(ARABIC, Charsets.decode(plain, null));
        assertEquals(ARABIC, Charsets.decode(bom, null));
    }
}
