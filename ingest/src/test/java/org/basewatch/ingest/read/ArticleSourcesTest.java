package org.basewatch.ingest.read;

import org.basewatch.contracts.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleSourcesTest {
    private static final String GOOD = "{\"id\":\"t-1\",\"url\":null,\"source\":\"وكالة\",\"publishedAt\":\"2021-12-09\","
            + "\"language\":\"ar\",\"title\":null,\"text\":\"أعلن الأعرجي انتهاء المهمة القتالية للتحالف.\"}";

    @TempDir
    Path dir;

    private static List<ReadResult> read(Path path) {
        return ArticleSources.read(path.toString(), ReadOptions.defaults()).toList();
    }

    @Test
    void shouldRejectBadJsonlLinesWithLineNumberAndReasonAndReadTheRest() throws IOException {
        Path file = dir.resolve("mixed.jsonl");
        Files.writeString(file, String.join("\n",
                GOOD,
                "{\"id\":\"t-2\",\"text\":",
                "",
                "[1,2,3]",
                "{\"id\":\"t-4\",\"title\":\"بلا نص\"}",
                "{\"id\":\"t-5\",\"publishedAt\":\"الأحد الماضي\",\"text\":\"نص\"}",
                "{\"text\":\"تسلمت القوات العراقية قاعدة كي وان في كركوك.\",\"extra\":true}"));

        List<ReadResult> results = read(file);

        assertEquals(6, results.size());
        assertEquals("t-1", results.get(0).article().id());
        assertEquals(file + ":2", results.get(1).origin());
        assertTrue(results.get(1).rejection().startsWith("not JSON"), results.get(1).rejection());
        assertEquals(file + ":4", results.get(2).origin());
        assertEquals("not a JSON object", results.get(2).rejection());
        assertEquals(file + ":5", results.get(3).origin());
        assertEquals("no text", results.get(3).rejection());
        assertTrue(results.get(4).rejection().contains("publishedAt"), results.get(4).rejection());
        Article last = results.get(5).article();
        assertTrue(last.id().startsWith("text-"), last.id());
        assertEquals(file + ":7", results.get(5).origin());
    }

    @Test
    void shouldReadAPrettyPrintedJsonArrayOfArticles() throws IOException {
        Path file = dir.resolve("export.json");
        Files.writeString(file, """
                [
                  {"id": "e-1", "text": "تسلمت القوات العراقية قاعدة القائم."},
                  {"id": "e-2", "title": "بلا نص"}
                ]
                """);

        List<ReadResult> results = read(file);

        assertEquals("e-1", results.get(0).article().id());
        assertEquals(file + "[1]", results.get(1).origin());
        assertEquals("no text", results.get(1).rejection());
    }

    @Test
    void shouldReadAPrettyPrintedSingleArticle() throws IOException {
        Path file = dir.resolve("one.json");
        Files.writeString(file, "{\n  \"id\": \"p-1\",\n  \"text\": \"غادر المستشارون قاعدة عين الأسد.\"\n}\n");

        assertEquals("p-1", read(file).get(0).article().id());
    }

    @Test
    void shouldReadFrontMatterOfAPlainTextFile() throws IOException {
        Path file = dir.resolve("note.txt");
        Files.writeString(file, """
                ---
                source: وكالة الأنباء العراقية
                published: 2021-12-29T20:00:00+03:00
                url: https://www.ina.example/news/123/?utm_medium=social
                title: "الكاظمي: القوات القتالية غادرت العراق"
                ---
                أعلن رئيس الوزراء مغادرة جميع القوات القتالية للتحالف الدولي ومعداتها.

                وسيبقى المستشارون في عين الأسد وأربيل.
                """);

        Article a = read(file).get(0).article();

        assertEquals("وكالة الأنباء العراقية", a.source());
        assertEquals("2021-12-29T20:00:00+03:00", a.publishedAt());
        assertEquals("https://www.ina.example/news/123/?utm_medium=social", a.url());
        assertEquals("الكاظمي: القوات القتالية غادرت العراق", a.title());
        assertEquals("ar", a.language());
        assertEquals("url-" + org.basewatch.contracts.CanonicalUrl.hash("https://ina.example/news/123"), a.id());
        assertEquals("أعلن رئيس الوزراء مغادرة جميع القوات القتالية للتحالف الدولي ومعداتها.\n\n"
                + "وسيبقى المستشارون في عين الأسد وأربيل.", a.text());
    }

    @Test
    void shouldReadPlainTextWithoutFrontMatterAndNoDateAsNullDate() throws IOException {
        Path file = dir.resolve("bare.txt");
        Files.writeString(file, "The coalition's combat mission in Iraq ended and the advisers stayed at the base in Erbil.");

        Article a = read(file).get(0).article();

        assertNull(a.publishedAt());
        assertNull(a.source());
        assertEquals("en", a.language());
    }

    @Test
    void shouldReadAFolderRecursivelyInSortedOrderSkippingHiddenAndForeignFiles() throws IOException {
        Files.createDirectories(dir.resolve("b/inner"));
        Files.createDirectories(dir.resolve("a"));
        Files.writeString(dir.resolve("b/inner/3.txt"), "نص الملف الثالث عن قاعدة حرير في أربيل وبقاء القوات الأمريكية.");
        Files.writeString(dir.resolve("b/2.html"), "<html><body><p>نص الصفحة الثانية عن معسكر التاجي وتسليمه للقوات العراقية.</p></body></html>");
        Files.writeString(dir.resolve("a/1.jsonl"), GOOD + "\n");
        Files.writeString(dir.resolve("b/.hidden.txt"), "لا يقرأ");
        Files.write(dir.resolve("b/photo.jpg"), new byte[]{(byte) 0xFF, (byte) 0xD8, 0x00});

        List<ReadResult> results = read(dir);

        assertEquals(List.of(dir.resolve("a/1.jsonl") + ":1", dir.resolve("b/2.html").toString(),
                dir.resolve("b/inner/3.txt").toString()), results.stream().map(ReadResult::origin).toList());
        assertTrue(results.stream().noneMatch(ReadResult::isRejected));
    }

    @Test
    void shouldTellKindsApartByContentBeforeExtension() {
        assertEquals(ArticleSources.Kind.HTML, ArticleSources.kind("<!DOCTYPE html><html></html>", "saved.txt", null));
        assertEquals(ArticleSources.Kind.FEED, ArticleSources.kind("<?xml version=\"1.0\"?><rss></rss>", "feed", null));
        assertEquals(ArticleSources.Kind.JSONL, ArticleSources.kind("{\"text\":\"x\"}", "dump.txt", null));
        assertEquals(ArticleSources.Kind.HTML, ArticleSources.kind("<div>نص</div>", "page.htm", null));
        assertEquals(ArticleSources.Kind.HTML, ArticleSources.kind("<div>نص</div>", "https://x.iq/a", "text/html"));
        assertEquals(ArticleSources.Kind.TEXT, ArticleSources.kind("نص عادي", "note", null));
    }

    @Test
    void shouldReadJsonlAndPlainTextFromStdin() {
        List<ReadResult> jsonl = ArticleSources.read(
                new ByteArrayInputStream((GOOD + "\n{bad\n").getBytes(StandardCharsets.UTF_8)), "stdin", ReadOptions.defaults()).toList();
        List<ReadResult> text = ArticleSources.read(
                new ByteArrayInputStream("بغداد 9 كانون الأول 2021 - انتهت المهمة القتالية.".getBytes(StandardCharsets.UTF_8)),
                "stdin", ReadOptions.defaults()).toList();

        assertEquals("t-1", jsonl.get(0).article().id());
        assertEquals("stdin:2", jsonl.get(1).origin());
        assertTrue(jsonl.get(1).isRejected());
        assertEquals("2021-12-09", text.get(0).article().publishedAt());
    }

    @Test
    void shouldRejectAMissingPathAndAnEmptyFile() throws IOException {
        Files.writeString(dir.resolve("empty.txt"), "  \n");

        assertEquals("no such file or folder", read(dir.resolve("nope.jsonl")).get(0).rejection());
        assertEquals("empty text", read(dir.resolve("empty.txt")).get(0).rejection());
    }

    @Test
    void shouldGiveTheSourceOptionToArticlesThatHaveNone() throws IOException {
        Path file = dir.resolve("x.txt");
        Files.writeString(file, "نص قصير عن انسحاب قوات التحالف من قاعدة عين الأسد في الأنبار.");

        Article a = ArticleSources.read(file.toString(), ReadOptions.defaults().withSource("محفوظات المحلل")).toList().get(0).article();

        assertEquals("محفوظات المحلل", a.source());
        assertFalse(a.text().isBlank());
    }
}
