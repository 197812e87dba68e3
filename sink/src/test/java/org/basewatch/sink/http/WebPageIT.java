package org.basewatch.sink.http;

import org.basewatch.sink.db.StatusTableStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Drives the web page in a real headless Chromium: the table, the evidence panel a click opens,
 * and article text carrying markup shown as text. Leaves a screenshot in
 * {@code target/screenshots/table.png}. Needs Debian's {@code chromium} and {@code chromium-driver}
 * (other paths with {@code -Dbasewatch.chromium=... -Dbasewatch.chromedriver=...}); skipped without them.
 */
class WebPageIT {
    private static final Path CHROMIUM = Path.of(System.getProperty("basewatch.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("basewatch.chromedriver", "/usr/bin/chromedriver"));
    private static final Duration WAIT = Duration.ofSeconds(15);

    @TempDir
    Path dir;

    private StatusTableStore store;
    private StatusServer server;
    private ChromeDriver browser;

    @BeforeEach
    void openPage() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "chromium absent (" + CHROMIUM + ", " + CHROMEDRIVER + "): skipping the browser test;"
                        + " install with: apt-get install -y chromium chromium-driver fonts-dejavu-core");
        store = StatusFixture.seed(dir);
        server = StatusServer.start(store, null, 0);
        browser = startBrowser(Files.createDirectory(dir.resolve("chrome-profile")));
        browser.get("http://127.0.0.1:" + server.port() + "/");
    }

    @AfterEach
    void closeAll() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    @Test
    void shouldShowRowsOpenEvidenceWithInertArticleMarkupAndGoBackInTime() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        String title = browser.getTitle();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#places tbody tr"), 5));

        List<String> places = browser.findElements(By.cssSelector("#places tbody tr")).stream()
                .map(tr -> tr.getDomAttribute("data-place")).toList();
        assertEquals(List.of("ain-al-asad", "harir", "iq-federal", "joc-hq", "taji"), places);
        WebElement ain = row("ain-al-asad");
        assertTrue(ain.findElement(By.cssSelector(".badge")).getDomAttribute("class").contains("status-WITHDRAWN"));
        assertEquals(1, row("harir").findElements(By.cssSelector(".expected .overdue")).size());
        assertEquals(1, row("taji").findElements(By.cssSelector("td .mark[title='approximate date']")).size());
        assertTrue(row("joc-hq").getText().contains("via iq-federal"));

        row("harir").click();
        WebElement panel = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("evidence")));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#timeline .timeline-item"), 4));

        WebElement payload = panel.findElements(By.cssSelector("#evidence-list .quote")).stream()
                .filter(q -> q.getText().contains("<script>")).findFirst()
                .orElseThrow(() -> new AssertionError("article markup was not shown as text; payload flag = "
                        + ((JavascriptExecutor) browser).executeScript("return window.__xssFired;")));
        assertEquals("rtl", payload.getDomAttribute("dir"));
        assertEquals("ar", payload.getDomAttribute("lang"));
        assertEquals(StatusFixture.XSS_EVIDENCE, payload.findElement(By.cssSelector("mark")).getText());
        assertTrue(panel.getText().contains(StatusFixture.XSS_SOURCE), "a source carrying markup is shown as text");
        assertTrue(panel.findElements(By.cssSelector("img, script:not([src])")).isEmpty(),
                "article markup must not become elements");
        assertNull(((JavascriptExecutor) browser).executeScript("return window.__xssFired;"));
        assertEquals(title, browser.getTitle());
        screenshot("evidence-markup.png");

        row("ain-al-asad").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("evidence-title"), "ain-al-asad"));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#timeline .timeline-item"), 4));
        List<String> dates = browser.findElements(By.cssSelector("#timeline .timeline-date")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("2020-01-08", "2021-12-18", "2021-12-31", "2026-01-15"), dates);
        WebElement quote = panel.findElement(By.cssSelector("#evidence-list .quote mark"));
        assertFalse(quote.getText().isBlank());
        screenshot("table.png");

        ((JavascriptExecutor) browser).executeScript("document.getElementById('as-of').value = '2022-01-01';");
        browser.findElement(By.cssSelector("#as-of-form button[type=submit]")).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#places tbody tr"), 3));
        assertTrue(row("ain-al-asad").findElement(By.cssSelector(".badge")).getDomAttribute("class")
                .contains("status-ADVISORY_ONLY"), "as of 2022 ain-al-asad had advisers only");
    }

    private WebElement row(String place) {
        return browser.findElement(By.cssSelector("#places tbody tr[data-place='" + place + "']"));
    }

    private void screenshot(String name) throws Exception {
        Path out = Path.of(System.getProperty("basedir", ".")).resolve("target/screenshots").resolve(name);
        Files.createDirectories(out.getParent());
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), out, StandardCopyOption.REPLACE_EXISTING);
        assertTrue(Files.size(out) > 0);
    }

    private static ChromeDriver startBrowser(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1400,900", "--user-data-dir=" + profile);
        // An explicit driver and binary keep Selenium Manager from looking for (or downloading) either.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }
}
