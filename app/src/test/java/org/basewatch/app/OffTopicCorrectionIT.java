package org.basewatch.app;

import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.basewatch.broker.TestClusters;
import org.basewatch.contracts.Article;
import org.basewatch.contracts.Evidence;
import org.basewatch.contracts.Json;
import org.basewatch.contracts.PlaceStatus;
import org.basewatch.contracts.Settings;
import org.basewatch.contracts.Status;
import org.basewatch.contracts.TopicSetup;
import org.basewatch.ingest.publish.ArticlePublisher;
import org.basewatch.ingest.read.ArticleSources;
import org.basewatch.ingest.read.ReadOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Properties;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On a real broker, through both applications to the database: a correction whose new text names no tracked place
 * takes the old version's claims out of the status rows, also when it is sent right behind the old version (it must
 * not overtake it on its way to extraction), and the run is idle only once it has.
 */
class OffTopicCorrectionIT {
    private static final String QAIM_LEFT = "بغداد - أعلنت قيادة العمليات المشتركة اليوم الأحد انسحاب قوات التحالف الدولي بالكامل من قاعدة القائم "
            + "في محافظة الأنبار وتسليمها إلى القوات العراقية.\nوقال المتحدث باسم القيادة إن القاعدة باتت تحت السيطرة العراقية الكاملة.";
    private static final String OIL = "ارتفعت أسعار النفط في الأسواق العالمية اليوم بعد قرار منظمة أوبك خفض الإنتاج،"
            + " وقال محللون إن الطلب في آسيا سيبقى قوياً حتى نهاية العام.";
    private static final Duration IDLE = Duration.ofMinutes(2);

    @Test
    void shouldTakeTheOldVersionsClaimsOutOfTheTableWhenTheCorrectionIsOffTopic(@TempDir Path dir) throws Exception {
        try (KafkaClusterTestKit cluster = TestClusters.startSingleNode()) {
            Properties settings = Settings.defaults();
            settings.setProperty(Settings.BOOTSTRAP, cluster.bootstrapServers());
            Properties client = Settings.kafkaClient(settings);
            TopicSetup.ensure(client, 3, (short) 1);

            try (Pipeline pipeline = new Pipeline().startProcessor(settings, dir.resolve("p"))
                    .startSink(settings, dir.resolve("s"), "jdbc:sqlite:" + dir.resolve("basewatch.db"))) {
                publishAndAwaitIdle(client, pipeline, article("wire-1", QAIM_LEFT));
                PlaceStatus before = pipeline.store().place("al-qaim").orElseThrow();
                assertTrue(cites(before, "wire-1"), "precondition: the first version's claim is in the row " + before);
                assertEquals(Status.WITHDRAWN, before.status());

                // wire-1 is corrected into a story about oil; wire-2 comes and is corrected in one breath
                publishAndAwaitIdle(client, pipeline, article("wire-1", OIL), article("wire-2", QAIM_LEFT), article("wire-2", OIL));

                PlaceStatus after = pipeline.store().place("al-qaim").orElseThrow();
                assertFalse(cites(after, "wire-1"), "the row keeps nothing of wire-1's withdrawn version: " + after);
                assertFalse(cites(after, "wire-2"), "the row keeps nothing of wire-2's withdrawn version: " + after);
                assertNotEquals(Status.WITHDRAWN, after.status());
            }
        }
    }

    private static void publishAndAwaitIdle(Properties client, Pipeline pipeline, Article... articles) throws Exception {
        String jsonl = Arrays.stream(articles).map(Json::write).collect(Collectors.joining("\n", "", "\n"));
        try (RunCounter counter = new RunCounter(client); ArticlePublisher publisher = new ArticlePublisher(client)) {
            long published = publisher.publish(ArticleSources.read(new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)),
                    "corrections", ReadOptions.defaults()), p -> { }).published();
            assertEquals(articles.length, published, "a correction within one run is sent");
            assertTrue(counter.awaitIdle(published, pipeline.writer(), IDLE, () -> pipeline.failure() != null), "idle");
        }
    }

    private static Article article(String id, String text) {
        return new Article(id, null, "Outlet A", "2020-08-23", "ar", null, text);
    }

    private static boolean cites(PlaceStatus row, String articleId) {
        return row.evidence().stream().map(Evidence::articleId).anyMatch(articleId::equals);
    }
}
