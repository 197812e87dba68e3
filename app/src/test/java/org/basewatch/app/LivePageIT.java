package org.basewatch.app;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.basewatch.broker.TestClusters;
import org.basewatch.contracts.Article;
import org.basewatch.contracts.Json;
import org.basewatch.contracts.Settings;
import org.basewatch.contracts.TopicSetup;
import org.basewatch.contracts.Topics;
import org.basewatch.sink.http.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The page over the whole pipeline on a real broker: an article published while the page is open becomes a row
 * without a reload, and its evidence cites the article's title and link with the claim marked inside its sentence
 * (read by the sink's article feed from the {@code articles} topic). Skipped without Chromium, as WebPageIT.
 */
class LivePageIT {
    /** Extraction, the sink's decision and the table writer, then the page's next poll. */
    private static final Duration PIPELINE_WAIT = Duration.ofSeconds(90);
    private static KafkaClusterTestKit cluster;

    @BeforeAll
    static void startCluster() throws Exception {
        assumeTrue(HeadlessChromium.isInstalled(), HeadlessChromium.ABSENT);
        cluster = TestClusters.startSingleNode();
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void shouldShowAnArticlePublishedWhileThePageIsOpenWithItsTitleLinkAndSentence(@TempDir Path dir) throws Exception {
        Properties settings = Settings.defaults();
        settings.setProperty(Settings.BOOTSTRAP, cluster.bootstrapServers());
        Properties client = Settings.kafkaClient(settings);
        TopicSetup.ensure(client, 3, (short) 1);
        String line = firstSample();
        Article article = Json.read(line, Article.class);
        ChromeDriver browser = null;
        try (Pipeline pipeline = new Pipeline()
                .startProcessor(settings, dir.resolve("processor"))
                .startSink(settings, dir.resolve("sink"), "jdbc:sqlite:" + dir.resolve("basewatch.db"))
                .serveHttp(null, 0)) {
            browser = HeadlessChromium.start(Files.createDirectory(dir.resolve("chrome-profile")));
            WebDriverWait wait = new WebDriverWait(browser, PIPELINE_WAIT);
            browser.get("http://127.0.0.1:" + pipeline.httpPort() + "/");
            wait.until(ExpectedConditions.textToBe(By.id("message"), "0 places, latest evidence"));
            ((JavascriptExecutor) browser).executeScript("window.__samePage = true;");

            try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers",
                    cluster.bootstrapServers()), new StringSerializer(), new ByteArraySerializer())) {
                producer.send(new ProducerRecord<>(Topics.ARTICLES, article.id(), line.getBytes(StandardCharsets.UTF_8))).get();
            }

            WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#bases tr[data-place='al-qaim']")));
            assertEquals(Boolean.TRUE, ((JavascriptExecutor) browser).executeScript("return window.__samePage === true;"),
                    "the row came without a reload");
            row.click();
            WebElement link = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#evidence-list a.article-link")));
            assertEquals(article.url(), link.getDomAttribute("href"));
            assertEquals(article.title(), link.getText());
            WebElement quote = link.findElement(By.xpath("ancestor::li[1]")).findElement(By.cssSelector(".quote"));
            String span = quote.findElement(By.cssSelector("mark")).getText();
            assertTrue(article.text().contains(quote.getText()), "the sentence is the article's: " + quote.getText());
            assertTrue(quote.getText().contains(span) && quote.getText().length() > span.length(),
                    "the span is marked inside a longer sentence: " + span + " / " + quote.getText());
        } finally {
            if (browser != null) {
                browser.quit();
            }
        }
    }

    private static String firstSample() throws Exception {
        try (InputStream in = LivePageIT.class.getResourceAsStream(LocalCommand.SAMPLES);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.readLine();
        }
    }
}
