package org.basewatch.ingest.read;

import org.basewatch.ingest.LocalServer;

import org.basewatch.contracts.Article;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeedReaderTest {
    private static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
              <channel>
                <title>وكالة دجلة للأنباء</title>
                <link>https://dijla.example/</link>
                <language>ar</language>
                <item>
                  <title>بدء تسليم معسكر التاجي إلى القوات العراقية</title>
                  <link>https://dijla.example/news/taji?utm_source=rss</link>
                  <pubDate>Sun, 23 Aug 2020 09:30:00 +0300</pubDate>
                  <description><![CDATA[<p>سلّمت قوات التحالف الدولي معسكر التاجي شمال بغداد إلى القوات الأمنية العراقية.</p><p>ويأتي التسليم ضمن خطة إعادة التموضع. <a href="/share">شارك</a></p>]]></description>
                </item>
                <item>
                  <title>التحالف يغادر قاعدة القيارة</title>
                  <link>https://dijla.example/news/qayyarah</link>
                  <pubDate>Thu, 26 Mar 2020 14:00:00 GMT</pubDate>
                  <description>ملخص قصير</description>
                  <content:encoded><![CDATA[<p>أعلنت قيادة العمليات المشتركة تسلم قاعدة القيارة الجوية في محافظة نينوى من قوات التحالف الدولي بشكل كامل.</p>]]></content:encoded>
                </item>
                <item>
                  <title>خبر بلا نص</title>
                  <link>https://dijla.example/news/empty</link>
                </item>
              </channel>
            </rss>
            """;
    private static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ar">
              <title>نشرة الأنبار</title>
              <entry>
                <title type="html">رحيل آخر المستشارين عن عين الأسد</title>
                <link rel="self" href="https://anbar.example/feed/1"/>
                <link rel="alternate" href="https://anbar.example/news/ain-al-asad-advisers"/>
                <published>2026-01-18T12:00:00+03:00</published>
                <updated>2026-01-19T08:00:00+03:00</updated>
                <content type="html">&lt;p&gt;غادر آخر مستشاري التحالف الدولي قاعدة عين الأسد الجوية، لتصبح القاعدة تحت السيطرة العراقية الكاملة.&lt;/p&gt;</content>
              </entry>
              <entry>
                <title>بيان عن مستقبل العلاقات الأمنية</title>
                <link href="https://anbar.example/news/joint-statement"/>
                <updated>2025-11-07T08:00:00+03:00</updated>
                <summary>صدر بيان مشترك عراقي أمريكي حول مستقبل العلاقات الأمنية بين البلدين.</summary>
              </entry>
            </feed>
            """;

    private LocalServer server;

    @BeforeEach
    void start() throws IOException {
        server = new LocalServer()
                .serve("/rss.xml", "application/rss+xml; charset=utf-8", RSS.strip().getBytes(StandardCharsets.UTF_8))
                .serve("/atom", "application/atom+xml", ATOM.strip().getBytes(StandardCharsets.UTF_8));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private List<ReadResult> read(String path) {
        return ArticleSources.read(server.url(path), ReadOptions.defaults().withAllowPrivate(true)).toList();
    }

    @Test
    void shouldTurnEachRssItemIntoAnArticle() {
        List<ReadResult> results = read("/rss.xml");

        Article taji = results.get(0).article();
        assertEquals("بدء تسليم معسكر التاجي إلى القوات العراقية", taji.title());
        assertEquals("https://dijla.example/news/taji?utm_source=rss", taji.url());
        assertEquals("2020-08-23T09:30:00+03:00", taji.publishedAt());
        assertEquals("وكالة دجلة للأنباء", taji.source());
        assertEquals("ar", taji.language());
        assertEquals("سلّمت قوات التحالف الدولي معسكر التاجي شمال بغداد إلى القوات الأمنية العراقية.\n"
                + "ويأتي التسليم ضمن خطة إعادة التموضع.", taji.text());
        assertTrue(taji.id().startsWith("url-"));
    }

    @Test
    void shouldPreferFullContentOverAShortDescription() {
        Article qayyarah = read("/rss.xml").get(1).article();

        assertTrue(qayyarah.text().startsWith("أعلنت قيادة العمليات المشتركة تسلم قاعدة القيارة"), qayyarah.text());
        assertEquals("2020-03-26T14:00:00Z", qayyarah.publishedAt());
    }

    @Test
    void shouldRejectAnItemWithoutTextAndGoOn() {
        List<ReadResult> results = read("/rss.xml");

        assertEquals(3, results.size());
        assertTrue(results.get(2).isRejected());
        assertTrue(results.get(2).rejection().contains("no text"), results.get(2).rejection());
    }

    @Test
    void shouldReadAtomEntriesWithAlternateLinkAndPublishedTime() {
        List<ReadResult> results = read("/atom");

        assertEquals(2, results.size());
        Article first = results.get(0).article();
        assertEquals("https://anbar.example/news/ain-al-asad-advisers", first.url());
        assertEquals("2026-01-18T12:00:00+03:00", first.publishedAt());
        assertEquals("نشرة الأنبار", first.source());
        assertEquals("ar", first.language());
        assertTrue(first.text().startsWith("غادر آخر مستشاري التحالف الدولي"), first.text());
        assertFalse(first.text().contains("<p>"), first.text());
    }

    @Test
    void shouldNotTakeAnAtomUpdatedTimeForThePublicationTime() {
        Article second = read("/atom").get(1).article();

        assertEquals("https://anbar.example/news/joint-statement", second.url());
        assertNull(second.publishedAt());
        assertEquals("صدر بيان مشترك عراقي أمريكي حول مستقبل العلاقات الأمنية بين البلدين.", second.text());
    }
}
