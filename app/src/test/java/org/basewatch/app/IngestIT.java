package org.basewatch.app;

import org.basewatch.broker.TestClusters;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.basewatch.contracts.Article;
import org.basewatch.contracts.Json;
import org.basewatch.contracts.Settings;
import org.basewatch.contracts.TopicSetup;
import org.basewatch.contracts.Topics;
import org.basewatch.ingest.read.ArticleId;
import org.basewatch.ingest.publish.ArticlePublisher;
import org.basewatch.ingest.follow.SeenItems;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code basewatch ingest} and {@code basewatch local --articles} as a user runs them: a folder of
 * JSONL, a saved news page and a text file with front matter, and an RSS feed served over HTTP, read
 * back from the {@code articles} topic of a real broker.
 */
class IngestIT {
    private static final Pattern SUMMARY = Pattern.compile("articles: (\\d+) in, (\\d+) processed, (\\d+) duplicates, (\\d+) dead-lettered");
    private static final String PAGE_URL = "https://baghdad-today.example/news/2021/12/19/ain-al-asad-committee";
    private static final String JSONL = """
            {"id":"ingest-it-araji","url":"https://nahrain.example/araji-2021-12-09","source":"وكالة النهرين","publishedAt":"2021-12-09","language":"ar","title":"الأعرجي: انتهاء المهمة القتالية للتحالف","text":"أعلن مستشار الأمن الوطني قاسم الأعرجي، الخميس، انتهاء المهمة القتالية لقوات التحالف الدولي في العراق، وانتقال العلاقة إلى مرحلة التدريب والمشورة والتمكين."}
            {"id":"ingest-it-kadhimi","url":"https://nahrain.example/kadhimi-2021-12-29","source":"وكالة النهرين","publishedAt":"2021-12-29","language":"ar","title":"الكاظمي يعلن مغادرة القوات القتالية","text":"أعلن رئيس الوزراء مصطفى الكاظمي مغادرة جميع القوات القتالية للتحالف الدولي ومعداتها من العراق، على أن يبقى المستشارون في قاعدة عين الأسد الجوية وفي أربيل."}
            """;
    private static final String PAGE = """
            <!doctype html>
            <html lang="ar" dir="rtl">
            <head>
            <meta charset="utf-8">
            <title>اللجنة الفنية تكمل إجراءات انسحاب القوات القتالية من عين الأسد | بغداد اليوم</title>
            <meta property="og:site_name" content="بغداد اليوم">
            <meta property="og:title" content="اللجنة الفنية تكمل إجراءات انسحاب القوات القتالية من عين الأسد">
            <meta property="article:published_time" content="2021-12-19T14:10:00+03:00">
            <link rel="canonical" href="%s">
            </head>
            <body>
            <header class="site-header"><nav><a href="/">الرئيسية</a> | <a href="/iraq">محليات</a> | <a href="/security">أمن</a> | <a href="/economy">اقتصاد</a></nav></header>
            <div class="ad-slot">إعلان</div>
            <main>
              <article class="post">
                <h1>اللجنة الفنية تكمل إجراءات انسحاب القوات القتالية من عين الأسد</h1>
                <div class="post-meta"><span class="author">بغداد اليوم - الأنبار</span> <time datetime="2021-12-19T14:10:00+03:00">19 كانون الأول 2021</time></div>
                <div class="post-body">
                  <p>أعلنت قيادة العمليات المشتركة، الأحد، أن اللجنة الفنية العسكرية العراقية أكملت جميع إجراءات انسحاب القوات القتالية للتحالف الدولي من قاعدة عين الأسد الجوية في محافظة الأنبار، خلال زيارتها يوم 18 من الشهر الجاري.</p>
                  <p>وقال المتحدث باسم القيادة إن من بقي في القاعدة هم مستشارون يقدمون المشورة والتدريب للقوات العراقية، وإن اللجنة ستتوجه إلى قاعدة حرير في أربيل لاستكمال الإجراءات ذاتها.</p>
                  <div class="related"><strong>اقرأ أيضاً</strong><ul><li><a href="/a/1">الأعرجي يعلن انتهاء المهمة القتالية</a></li></ul></div>
                  <p>ويأتي ذلك تنفيذاً للاتفاق الذي توصلت إليه بغداد وواشنطن في تموز الماضي على إنهاء المهمة القتالية بحلول نهاية العام.</p>
                </div>
                <ul class="share"><li><a href="#">فيسبوك</a></li><li><a href="#">تويتر</a></li><li><a href="#">واتساب</a></li></ul>
              </article>
            </main>
            <footer>جميع الحقوق محفوظة © بغداد اليوم 2021</footer>
            </body>
            </html>
            """.formatted(PAGE_URL);
    private static final String NOTE_BODY = "أكدت مصادر أمنية في محافظة الأنبار أن آخر مستشاري التحالف الدولي غادروا قاعدة عين الأسد الجوية، "
            + "وأن القاعدة باتت بالكامل تحت سيطرة القوات العراقية، فيما تتركز القوات الأمريكية في قاعدة حرير بأربيل حتى نهاية عام 2026.";
    private static final String NOTE = """
            ---
            source: مراسل الأنبار
            published: 2026-01-20
            title: آخر المستشارين يغادرون عين الأسد
            ---
            """ + NOTE_BODY + "\n";

    private static KafkaClusterTestKit cluster;
    private HttpServer server;
    private final AtomicReference<String> feed = new AtomicReference<>();
    private final AtomicInteger feedRequests = new AtomicInteger();

    @TempDir
    Path dir;

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = TestClusters.startSingleNode();
        Properties settings = Settings.defaults();
        settings.setProperty(Settings.BOOTSTRAP, cluster.bootstrapServers());
        TopicSetup.ensure(Settings.kafkaClient(settings), 3, (short) 1);
    }

    @AfterAll
    static void stopCluster() throws Exception {
        cluster.close();
    }

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/feed.xml", exchange -> {
            feedRequests.incrementAndGet();
            byte[] body = feed.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private String feedUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/feed.xml";
    }

    @Test
    void shouldPublishAFolderOfJsonlHtmlAndTextWithKeysValuesAndHeaders() throws IOException {
        Path folder = articlesFolder();

        int exit = Main.commandLine().execute("ingest", "--bootstrap-servers", cluster.bootstrapServers(), folder.toString());

        assertEquals(0, exit);
        String noteKey = ArticleId.of(new Article(null, null, null, null, null, null, NOTE_BODY));
        String pageKey = ArticleId.of(new Article(null, PAGE_URL, null, null, null, null, "x"));
        Map<String, ConsumerRecord<String, byte[]>> records = readArticles(List.of("ingest-it-araji", "ingest-it-kadhimi", pageKey, noteKey));

        Article kadhimi = article(records.get("ingest-it-kadhimi"));
        assertEquals("الكاظمي يعلن مغادرة القوات القتالية", kadhimi.title());
        assertEquals("2021-12-29", kadhimi.publishedAt());
        assertEquals(folder.resolve("wire").resolve("nahrain.jsonl") + ":2", header(records.get("ingest-it-kadhimi"), ArticlePublisher.SOURCE_HEADER));

        Article page = article(records.get(pageKey));
        assertEquals(pageKey, page.id());
        assertEquals(PAGE_URL, page.url());
        assertEquals("بغداد اليوم", page.source());
        assertEquals("ar", page.language());
        assertEquals("اللجنة الفنية تكمل إجراءات انسحاب القوات القتالية من عين الأسد", page.title());
        assertTrue(page.publishedAt().startsWith("2021-12-19"), page.publishedAt());
        assertTrue(page.text().contains("يوم 18 من الشهر الجاري") && page.text().contains("بحلول نهاية العام"), page.text());
        assertFalse(page.text().contains("فيسبوك") || page.text().contains("الرئيسية") || page.text().contains("جميع الحقوق"), page.text());

        Article note = article(records.get(noteKey));
        assertTrue(noteKey.startsWith("text-"), noteKey);
        assertEquals("مراسل الأنبار", note.source());
        assertEquals("2026-01-20", note.publishedAt());
        assertEquals("آخر المستشارين يغادرون عين الأسد", note.title());
        assertEquals(NOTE_BODY, note.text());

        for (ConsumerRecord<String, byte[]> r : records.values()) {
            assertEquals(r.key(), article(r).id(), "key is the article id");
            assertEquals(ArticlePublisher.CONTENT_TYPE, header(r, ArticlePublisher.CONTENT_TYPE_HEADER));
            assertTrue(header(r, ArticlePublisher.SOURCE_HEADER).startsWith(folder.toString()), header(r, ArticlePublisher.SOURCE_HEADER));
        }
    }

    @Test
    void shouldPublishAFeedFromALocalServerOnlyWhenPrivateAddressesAreAllowed() {
        feed.set(rss(FEED_ARAJI, FEED_TAJI));
        String bs = cluster.bootstrapServers();

        assertEquals(2, Main.commandLine().execute("ingest", "--bootstrap-servers", bs, feedUrl()), "a loopback URL is refused by default");
        assertEquals(0, feedRequests.get());
        assertEquals(0, Main.commandLine().execute("ingest", "--bootstrap-servers", bs, "--allow-private", feedUrl()));

        String tajiKey = ArticleId.of(new Article(null, "https://dijla.example/news/taji-handover", null, null, null, null, "x"));
        String arajiKey = ArticleId.of(new Article(null, "https://dijla.example/news/araji-end-of-combat-mission", null, null, null, null, "x"));
        Map<String, ConsumerRecord<String, byte[]>> records = readArticles(List.of(tajiKey, arajiKey));
        Article taji = article(records.get(tajiKey));
        assertEquals("وكالة دجلة", taji.source());
        assertEquals("ar", taji.language());
        assertEquals("تسليم معسكر التاجي إلى القوات العراقية", taji.title());
        assertTrue(taji.publishedAt().startsWith("2020-08-23"), taji.publishedAt());
        assertEquals("https://dijla.example/news/taji-handover", header(records.get(tajiKey), ArticlePublisher.SOURCE_HEADER));
    }

    @Test
    void shouldFollowAFeedPublishingOnlyNewItemsAcrossARestart() throws Exception {
        Path state = dir.resolve("state").resolve("ingest-seen.json");
        feed.set(rss(FOLLOW_JOINT_STATEMENT));
        Thread first = follow(state);
        String statementKey = ArticleId.of(new Article(null, "https://dijla.example/news/joint-statement-2025", null, null, null, null, "x"));
        String advisersKey = ArticleId.of(new Article(null, "https://dijla.example/news/last-advisers-2026", null, null, null, null, "x"));
        await().atMost(Duration.ofSeconds(60)).until(() -> seenCount(state) == 1);

        feed.set(rss(FOLLOW_ADVISERS, FOLLOW_JOINT_STATEMENT));
        await().atMost(Duration.ofSeconds(60)).until(() -> seenCount(state) == 2);
        stop(first);

        int requestsBefore = feedRequests.get();
        Thread restarted = follow(state);
        await().atMost(Duration.ofSeconds(60)).until(() -> feedRequests.get() >= requestsBefore + 2);
        stop(restarted);

        readArticles(List.of(statementKey, advisersKey));
        Map<String, List<ConsumerRecord<String, byte[]>>> all = readAll();
        assertEquals(1, all.get(statementKey).size(), "published once in spite of a restart");
        assertEquals(1, all.get(advisersKey).size());
        assertEquals("مغادرة آخر مستشاري التحالف قاعدة عين الأسد", article(all.get(advisersKey).get(0)).title());
    }

    @Test
    void shouldPublishWhatComesOnStdin() {
        String text = NOTE.replace("---\nsource:", "---\nid: ingest-it-stdin\nsource:");
        java.io.InputStream stdin = System.in;
        int exit;
        try {
            System.setIn(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
            exit = Main.commandLine().execute("ingest", "--bootstrap-servers", cluster.bootstrapServers(), "-");
        } finally {
            System.setIn(stdin);
        }

        assertEquals(0, exit);
        ConsumerRecord<String, byte[]> record = readArticles(List.of("ingest-it-stdin")).get("ingest-it-stdin");
        assertEquals(NOTE_BODY, article(record).text());
        assertEquals("stdin", header(record, ArticlePublisher.SOURCE_HEADER));
    }

    @Test
    void shouldWatchAFolderAndPublishAFileAddedLaterOnce() throws Exception {
        Path folder = dir.resolve("watched");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("nahrain.jsonl"), JSONL.replace("ingest-it-", "ingest-it-watch-"));
        Thread watcher = new Thread(() -> Main.commandLine().execute("ingest", "--bootstrap-servers", cluster.bootstrapServers(),
                "--watch", "--interval", "PT0.2S", folder.toString()), "ingest-watch-under-test");
        watcher.start();
        try {
            readArticles(List.of("ingest-it-watch-araji", "ingest-it-watch-kadhimi"));
            Files.writeString(folder.resolve("later.txt"), NOTE.replace("---\nsource:", "---\nid: ingest-it-watch-later\nsource:"));
            readArticles(List.of("ingest-it-watch-later"));
            // many polls go by while the count must hold, so a second publication would show
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                    .until(() -> readAll().get("ingest-it-watch-later").size() == 1);
        } finally {
            stop(watcher);
        }
        Map<String, List<ConsumerRecord<String, byte[]>>> all = readAll();
        assertEquals(1, all.get("ingest-it-watch-later").size());
        assertEquals(1, all.get("ingest-it-watch-araji").size());
    }

    @Test
    void shouldRunTheLocalPipelineOnAFolder() throws IOException {
        Path folder = articlesFolder();
        Path table = dir.resolve("t.json");

        Run run = local(dir.resolve("data"), "--articles", folder.toString(), "--table-json", table.toString());

        assertEquals(0, run.exit(), run.out());
        long[] summary = summary(run.out());
        assertEquals(4, summary[0], run.out());
        assertEquals(summary[0], summary[1] + summary[3], "every article is processed or dead-lettered: " + run.out());
        assertTrue(places(table).contains("ain-al-asad"), run.out());
    }

    @Test
    void shouldRunTheLocalPipelineOnAFeedUrl() throws IOException {
        feed.set(rss(FEED_ARAJI, FEED_TAJI, FOLLOW_ADVISERS));
        Path table = dir.resolve("t.json");

        Run run = local(dir.resolve("data"), "--allow-private", "--articles", feedUrl(), "--table-json", table.toString());

        assertEquals(0, run.exit(), run.out());
        long[] summary = summary(run.out());
        assertEquals(3, summary[0], run.out());
        assertEquals(summary[0], summary[1] + summary[3], "every article is processed or dead-lettered: " + run.out());
        assertTrue(places(table).contains("ain-al-asad"), run.out());
        assertEquals(1, feedRequests.get());
    }

    private Path articlesFolder() throws IOException {
        Path folder = dir.resolve("inbox");
        Files.createDirectories(folder.resolve("wire"));
        Files.createDirectories(folder.resolve("pages"));
        Files.writeString(folder.resolve("wire").resolve("nahrain.jsonl"), JSONL);
        Files.writeString(folder.resolve("pages").resolve("ain-al-asad-committee.html"), PAGE);
        Files.writeString(folder.resolve("anbar-note.txt"), NOTE);
        return folder;
    }

    private Thread follow(Path state) {
        Thread t = new Thread(() -> Main.commandLine().execute("ingest", "--bootstrap-servers", cluster.bootstrapServers(),
                "--allow-private", "--follow", "--interval", "1", "--state-file", state.toString(), feedUrl()), "ingest-follow-under-test");
        t.start();
        return t;
    }

    private static void stop(Thread follower) throws InterruptedException {
        follower.interrupt();
        follower.join(30_000);
        assertFalse(follower.isAlive(), "ingest --follow ends when interrupted");
    }

    private static int seenCount(Path state) {
        try {
            return Files.exists(state) ? SeenItems.load(state).size() : 0;
        } catch (IOException e) {
            return -1;
        }
    }

    private record Run(int exit, String out) {
    }

    private static Run local(Path dataDir, String... extra) throws IOException {
        List<String> args = new ArrayList<>(List.of("local", "--until-idle", "--data-dir", dataDir.toString(),
                "--port", String.valueOf(freePort()), "--controller-port", String.valueOf(freePort())));
        args.addAll(List.of(extra));
        CommandLine cmd = Main.commandLine();
        StringWriter out = new StringWriter();
        cmd.setOut(new PrintWriter(out, true));
        int exit = cmd.execute(args.toArray(String[]::new));
        return new Run(exit, out.toString());
    }

    private static long[] summary(String out) {
        Matcher m = SUMMARY.matcher(out);
        assertTrue(m.find(), "summary line missing: " + out);
        return new long[]{Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)), Long.parseLong(m.group(4))};
    }

    private static List<String> places(Path tableJson) throws IOException {
        List<String> places = new ArrayList<>();
        for (JsonNode row : Json.MAPPER.readTree(tableJson.toFile())) {
            places.add(row.get("place").asText());
        }
        return places;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** The records of {@code keys} on {@code articles}, waiting until every one has arrived. */
    private static Map<String, ConsumerRecord<String, byte[]>> readArticles(List<String> keys) {
        Map<String, ConsumerRecord<String, byte[]>> found = new HashMap<>();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            readAll().forEach((key, records) -> {
                if (keys.contains(key)) {
                    found.put(key, records.get(records.size() - 1));
                }
            });
            return found.keySet().containsAll(keys);
        });
        return found;
    }

    /** Every record on {@code articles} by key, read committed from the start. */
    private static Map<String, List<ConsumerRecord<String, byte[]>>> readAll() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "ingest-it-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        Map<String, List<ConsumerRecord<String, byte[]>>> byKey = new HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            var partitions = consumer.partitionsFor(Topics.ARTICLES).stream()
                    .map(i -> new org.apache.kafka.common.TopicPartition(i.topic(), i.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<org.apache.kafka.common.TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp)) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    byKey.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r);
                }
            }
        }
        return byKey;
    }

    private static Article article(ConsumerRecord<String, byte[]> record) {
        assertNotNull(record);
        return Json.read(record.value(), Article.class);
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static final String FEED_ARAJI = item("https://dijla.example/news/araji-end-of-combat-mission",
            "الأعرجي يعلن انتهاء المهمة القتالية للتحالف", "Thu, 09 Dec 2021 17:00:00 +0300",
            "أعلن مستشار الأمن الوطني قاسم الأعرجي انتهاء المهمة القتالية لقوات التحالف الدولي في العراق، وبقاء المستشارين لأغراض التدريب والمشورة.");
    private static final String FEED_TAJI = item("https://dijla.example/news/taji-handover",
            "تسليم معسكر التاجي إلى القوات العراقية", "Sun, 23 Aug 2020 10:15:00 +0300",
            "سلمت قوات التحالف الدولي معسكر التاجي شمال بغداد إلى القوات الأمنية العراقية، بعد تسليم قواعد القائم والقيارة وكي وان في آذار الماضي.");
    private static final String FOLLOW_JOINT_STATEMENT = item("https://dijla.example/news/joint-statement-2025",
            "بيان عراقي أمريكي مشترك بشأن العلاقات الأمنية", "Thu, 06 Nov 2025 20:00:00 +0300",
            "صدر بيان مشترك عن الحكومتين العراقية والأمريكية بشأن مستقبل العلاقات الأمنية بين البلدين بعد انتهاء مهمة التحالف الدولي العسكرية.");
    private static final String FOLLOW_ADVISERS = item("https://dijla.example/news/last-advisers-2026",
            "مغادرة آخر مستشاري التحالف قاعدة عين الأسد", "Mon, 19 Jan 2026 12:30:00 +0300",
            "غادر آخر مستشاري التحالف الدولي قاعدة عين الأسد الجوية ومقر قيادة العمليات المشتركة، وأصبحت جميع القواعد في المناطق الاتحادية تحت سيطرة القوات العراقية.");

    private static String rss(String... items) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0">
                  <channel>
                    <title>وكالة دجلة</title>
                    <link>https://dijla.example/</link>
                    <language>ar</language>
                """ + String.join("\n", items) + """
                  </channel>
                </rss>
                """;
    }

    private static String item(String link, String title, String pubDate, String text) {
        return "<item><title>" + title + "</title><link>" + link + "</link><pubDate>" + pubDate
                + "</pubDate><description><![CDATA[<p>" + text + "</p>]]></description></item>";
    }
}
