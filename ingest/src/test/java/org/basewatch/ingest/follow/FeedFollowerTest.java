package org.basewatch.ingest.follow;

import org.basewatch.ingest.LocalServer;
import org.basewatch.ingest.publish.ArticlePublisher;
import org.basewatch.ingest.publish.IngestSummary;
import org.basewatch.ingest.read.ReadOptions;
import org.basewatch.ingest.read.ReadResult;

import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.basewatch.contracts.Article;
import org.basewatch.contracts.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeedFollowerTest {
    private static final String ARAJI = item("https://rafidain.example/news/araji-combat-mission",
            "الأعرجي يعلن انتهاء المهمة القتالية للتحالف الدولي", "Thu, 09 Dec 2021 16:20:00 +0300",
            "أعلن مستشار الأمن الوطني قاسم الأعرجي انتهاء المهمة القتالية لقوات التحالف الدولي في العراق، مؤكداً أن المستشارين سيبقون لتقديم المشورة والتدريب.");
    private static final String KADHIMI = item("https://rafidain.example/news/kadhimi-combat-forces-left",
            "الكاظمي: جميع القوات القتالية للتحالف غادرت العراق", "Wed, 29 Dec 2021 19:05:00 +0300",
            "أعلن رئيس الوزراء مصطفى الكاظمي مغادرة جميع القوات القتالية للتحالف الدولي ومعداتها، فيما يبقى المستشارون في قاعدة عين الأسد وفي أربيل.");
    private static final String KADHIMI_EDITED = item("https://rafidain.example/news/kadhimi-combat-forces-left",
            "الكاظمي: جميع القوات القتالية للتحالف غادرت العراق (محدث)", "Wed, 29 Dec 2021 19:05:00 +0300",
            "أعلن رئيس الوزراء مصطفى الكاظمي مغادرة جميع القوات القتالية للتحالف الدولي ومعداتها. وأضاف مكتبه أن المستشارين يبقون في قاعدة عين الأسد الجوية وفي أربيل بطلب من الحكومة.");
    private static final String AIN_AL_ASAD = item("https://rafidain.example/news/ain-al-asad-last-advisers",
            "مغادرة آخر مستشاري التحالف قاعدة عين الأسد", "Sun, 18 Jan 2026 11:00:00 +0300",
            "غادر آخر مستشاري التحالف الدولي قاعدة عين الأسد الجوية في محافظة الأنبار، لتصبح جميع القواعد في المناطق الاتحادية تحت السيطرة العراقية الكاملة.");

    private final AtomicReference<String> feed = new AtomicReference<>(rss(ARAJI, KADHIMI));
    private LocalServer server;
    private MockProducer<String, byte[]> producer;
    private ArticlePublisher publisher;

    @TempDir
    Path dir;

    @BeforeEach
    void start() throws IOException {
        server = new LocalServer().serveCurrent("/feed.xml", "application/rss+xml; charset=utf-8",
                () -> feed.get().getBytes(StandardCharsets.UTF_8));
        producer = new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
        publisher = new ArticlePublisher(producer, "articles");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private FeedFollower follower(Path state) throws IOException {
        return new FeedFollower(List.of(server.url("/feed.xml")), ReadOptions.defaults().withAllowPrivate(true), SeenItems.load(state));
    }

    private IngestSummary poll(FeedFollower follower) {
        return follower.poll(results -> publisher.publish(results, p -> { }));
    }

    private List<String> publishedLinks() {
        return producer.history().stream().map(ProducerRecord::value)
                .map(v -> Json.read(v, Article.class).url()).toList();
    }

    @Test
    void shouldPublishOnlyItemsNewSinceTheLastPoll() throws IOException {
        FeedFollower follower = follower(dir.resolve("seen.json"));
        assertEquals(2, poll(follower).published());

        feed.set(rss(AIN_AL_ASAD, ARAJI, KADHIMI_EDITED));
        IngestSummary second = poll(follower);

        assertEquals(1, second.published());
        assertEquals(List.of("https://rafidain.example/news/araji-combat-mission",
                "https://rafidain.example/news/kadhimi-combat-forces-left",
                "https://rafidain.example/news/ain-al-asad-last-advisers"), publishedLinks());
        assertEquals(0, poll(follower).published());
        assertEquals(3, server.requests.get());
    }

    @Test
    void shouldPublishNothingOldAfterARestartWithTheSameStateFile() throws IOException {
        Path state = dir.resolve("state").resolve("ingest-seen.json");
        assertEquals(2, poll(follower(state)).published());
        assertTrue(Files.exists(state));

        FeedFollower restarted = follower(state);
        assertEquals(0, poll(restarted).published());
        feed.set(rss(AIN_AL_ASAD, ARAJI, KADHIMI));
        assertEquals(1, poll(restarted).published());

        assertEquals(3, SeenItems.load(state).size());
        try (Stream<Path> files = Files.list(state.getParent())) {
            assertEquals(List.of(state), files.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void shouldOfferAgainAnItemTheBrokerRefused() throws IOException {
        FeedFollower follower = follower(dir.resolve("seen.json"));
        List<String> offered = new ArrayList<>();
        follower.poll(results -> {
            List<ReadResult> all = results.toList();
            all.forEach(r -> offered.add(r.article().url()));
            String refused = all.get(0).origin();
            return new IngestSummary(all.size() - 1, 0, 1, List.of(refused + ": not published: record too large"));
        });

        IngestSummary retry = poll(follower);

        assertEquals(2, offered.size());
        assertEquals(1, retry.published());
        assertEquals(List.of(offered.get(0)), publishedLinks());
    }

    @Test
    void shouldReportAnUnreachableFeedAndRememberNothing() throws IOException {
        Path state = dir.resolve("seen.json");
        FeedFollower follower = new FeedFollower(List.of(server.url("/missing.xml")),
                ReadOptions.defaults().withAllowPrivate(true), SeenItems.load(state));

        IngestSummary summary = poll(follower);

        assertEquals(1, summary.rejected());
        assertTrue(summary.rejections().get(0).contains("HTTP 404"), summary.rejections().toString());
        assertFalse(Files.exists(state));
    }

    @Test
    void shouldKeepFollowingAtEachIntervalUntilStopped() throws Exception {
        FeedFollower follower = follower(dir.resolve("seen.json"));
        Semaphore ticks = new Semaphore(0);
        PollLoop loop = new PollLoop(Duration.ofMinutes(5), interval -> ticks.acquire());
        java.util.concurrent.atomic.AtomicInteger polls = new java.util.concurrent.atomic.AtomicInteger();
        Thread runner = new Thread(() -> loop.run(() -> {
            poll(follower);
            polls.incrementAndGet();
        }), "follower-under-test");
        runner.start();
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> producer.history().size() == 2);
            feed.set(rss(AIN_AL_ASAD, ARAJI, KADHIMI));
            ticks.release();
            await().atMost(Duration.ofSeconds(10)).until(() -> producer.history().size() == 3);
            ticks.release();
            await().atMost(Duration.ofSeconds(10)).until(() -> polls.get() == 3);
            assertEquals(3, producer.history().size());
        } finally {
            loop.stop();
            ticks.release();
            runner.join(10_000);
        }
        assertFalse(runner.isAlive(), "the loop ends once stopped");
    }

    private static String rss(String... items) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0">
                  <channel>
                    <title>شبكة الرافدين الإخبارية</title>
                    <link>https://rafidain.example/</link>
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
