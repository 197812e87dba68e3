package org.basewatch.sink.http;

import org.basewatch.contracts.Article;
import org.basewatch.contracts.Claim;
import org.basewatch.contracts.DatePrecision;
import org.basewatch.contracts.Modality;
import org.basewatch.contracts.Status;
import org.basewatch.sink.db.StatusTableStore;
import org.basewatch.sink.status.DatedClaim;
import org.basewatch.sink.status.StatusDecider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Drives the web page in a real headless Chromium against the real HTTP server over a real SQLite status table:
 * the tables, filters and sorting, deep links, a row written while the page is open, the evidence an analyst
 * checks and the timeline, and article text carrying markup shown as text. Leaves screenshots in
 * {@code target/screenshots/}. Needs Debian's {@code chromium} and {@code chromium-driver} (other paths with
 * {@code -Dbasewatch.chromium=... -Dbasewatch.chromedriver=...}); skipped without them.
 */
class WebPageIT {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String SENTENCE_BEFORE = "وقال المتحدث باسم قيادة العمليات المشتركة إنه ";
    private static final String SENTENCE_AFTER = " بعد أكثر من عشرين عاما.";
    private static final String AIN_URL = "https://news.example/iraq/ain-al-asad-handover";
    private static final String AIN_TITLE = "آخر المستشارين يغادرون عين الأسد";
    /** A base whose only claim is dated to a year: its row's since is "2026". */
    private static final Claim BALAD_WITHDRAWN = new Claim("t-501", "balad", Status.WITHDRAWN, Modality.ASSERTED, "2026",
            DatePrecision.YEAR, "أصبحت قاعدة بلد الجوية خالية من أي وجود أجنبي هذا العام", 10, 62, 0.9, null, "story-t-501",
            "Outlet E", 1, "2026-11-30T08:00:00Z");
    /** The Ain al-Asad advisers' claim again, syndicated by another outlet. */
    private static final Claim AIN_ADVISORY_COPY = new Claim("t-106", "ain-al-asad", Status.ADVISORY_ONLY, Modality.ASSERTED,
            StatusFixture.AIN_ADVISORY.eventDate(), DatePrecision.DAY, StatusFixture.AIN_ADVISORY.evidence(), 300,
            300 + StatusFixture.AIN_ADVISORY.evidence().length(), 0.9, null, "story-t-106", "Outlet F", 1, "2021-12-21T08:00:00Z");

    @TempDir
    Path dir;

    private StatusTableStore store;
    private StatusServer server;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openPage() throws Exception {
        assumeTrue(HeadlessChromium.isInstalled(), HeadlessChromium.ABSENT);
        store = StatusFixture.seed(dir);
        store.recordClaim(BALAD_WITHDRAWN);
        store.upsert(StatusDecider.decide("balad", List.of(DatedClaim.of(BALAD_WITHDRAWN, null)), 1));
        store.recordClaim(AIN_ADVISORY_COPY);
        ArticleShelf shelf = new ArticleShelf();
        shelf.put("t-104", ainArticle());
        server = StatusServer.start(store, shelf, null, 0);
        browser = HeadlessChromium.start(Files.createDirectory(dir.resolve("chrome-profile")));
        wait = new WebDriverWait(browser, WAIT);
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
    void shouldShowTheCountryAndRegionsApartFromTheBasesByNameWithCountsAndYearOnlyDates() throws Exception {
        open("");

        assertEquals(List.of("iq-federal"), placesIn("scopes"));
        assertEquals(List.of("ain-al-asad", "joc-hq", "taji", "balad", "harir"), placesIn("bases"),
                "bases in the gazetteer's order");
        assertTrue(row("joc-hq").getText().contains("via Federal Iraq"), row("joc-hq").getText());
        assertEquals("2026", row("balad").findElement(By.cssSelector("td.date")).getText());
        assertEquals("15 Jan 2026", row("ain-al-asad").findElement(By.cssSelector("td.date")).getText());
        assertEquals("5", filter("WITHDRAWN").findElement(By.cssSelector(".count")).getText());
        assertEquals("1", filter("ADVISORY_ONLY").findElement(By.cssSelector(".count")).getText());
        assertEquals("6", filter("").findElement(By.cssSelector(".count")).getText());
        assertFalse(row("harir").findElement(By.cssSelector("td.why")).getText().isBlank(), "each row says why");
        assertTrue(browser.findElement(By.id("updated")).getText().startsWith("Last change "));

        browser.findElement(By.cssSelector("#bases th[data-column='since']")).click();
        wait.until(ExpectedConditions.urlContains("sort=since"));
        assertEquals(List.of("taji", "harir", "ain-al-asad", "joc-hq", "balad"), placesIn("bases"),
                "a year-only 2026 counts to its last day, after January 2026");
        screenshot("table-sorted.png");
    }

    @Test
    void shouldHideRowsOfOtherStatusesWhenFiltered() {
        open("");

        assertEquals(5, mapPlaces().size(), "a dot per base");
        filter("ADVISORY_ONLY").click();

        wait.until(ExpectedConditions.urlContains("status=ADVISORY_ONLY"));
        assertEquals(List.of("harir"), placesIn("bases"));
        assertEquals(List.of(), placesIn("scopes"));
        assertEquals(List.of("harir"), mapPlaces(), "the map shows what the table shows");
        filter("ADVISORY_ONLY").click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#bases tbody tr"), 5));
    }

    @Test
    void shouldOpenThePlaceAndDayALinkNames() {
        open("?place=ain-al-asad&asOf=2022-01-01");

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("evidence-title"), "(ain-al-asad)"));
        assertEquals("2022-01-01", browser.findElement(By.id("as-of")).getDomProperty("value"));
        assertTrue(badgeClass(row("ain-al-asad")).contains("status-ADVISORY_ONLY"), "as of 2022 it had advisers only");
        assertTrue(row("ain-al-asad").getDomAttribute("class").contains("selected"));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#evidence-list .evidence-item"), 4));
        assertEquals(List.of("Reported: withdrawn"), browser.findElements(By.cssSelector("#evidence-list .evidence-item.later .claim-words"))
                .stream().map(WebElement::getText).toList(), "the 2026 evidence is marked as later than the day shown");

        row("harir").click();
        wait.until(ExpectedConditions.urlContains("place=harir"));
        assertTrue(browser.getCurrentUrl().contains("asOf=2022-01-01"), browser.getCurrentUrl());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("evidence-title"), "(harir)"));
        browser.navigate().back();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("evidence-title"), "(ain-al-asad)"));
    }

    @Test
    void shouldOpenABaseFromItsDotOnTheMap() throws Exception {
        open("");
        WebElement dot = browser.findElement(By.cssSelector("#map .map-place[data-place='harir']"));
        assertTrue(dot.findElement(By.cssSelector("circle")).getDomAttribute("class").contains("dot-ADVISORY_ONLY"));

        ((JavascriptExecutor) browser).executeScript("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}));", dot);

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("evidence-title"), "(harir)"));
        assertTrue(browser.getCurrentUrl().contains("place=harir"), browser.getCurrentUrl());
        screenshot("map.png");
    }

    @Test
    void shouldShowARowWrittenWhileThePageIsOpenWithoutReloading() throws Exception {
        open("?place=harir");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("evidence-title"), "(harir)"));
        ((JavascriptExecutor) browser).executeScript("window.__samePage = true;");
        assertTrue(browser.findElements(By.cssSelector("tr[data-place='victory']")).isEmpty());

        Claim victory = new Claim("t-601", "victory", Status.WITHDRAWN, Modality.ASSERTED, "2026-02-01", DatePrecision.DAY,
                "سلمت قوات التحالف معسكر فكتوريا في مطار بغداد إلى القوات العراقية", 0, 62, 0.9, null, "story-t-601",
                "Outlet G", 1, "2026-02-02T08:00:00Z");
        store.recordClaim(victory);
        store.upsert(StatusDecider.decide("victory", List.of(DatedClaim.of(victory, null)), 1));

        WebElement added = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#bases tr[data-place='victory']")));
        assertTrue(badgeClass(added).contains("status-WITHDRAWN"));
        assertEquals(Boolean.TRUE, ((JavascriptExecutor) browser).executeScript("return window.__samePage === true;"),
                "the row came without a reload");
        assertEquals("6", filter("WITHDRAWN").findElement(By.cssSelector(".count")).getText());
    }

    @Test
    void shouldShowTheClaimsSpanInsideItsSentenceWithOutletTitleLinkAndBothDates() throws Exception {
        open("?place=ain-al-asad");
        WebElement item = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//ol[@id='evidence-list']/li[.//a[@class='article-link']]")));

        WebElement link = item.findElement(By.cssSelector("a.article-link"));
        assertEquals(AIN_URL, link.getDomAttribute("href"));
        assertEquals(AIN_TITLE, link.getText());
        assertEquals("Outlet C", item.findElement(By.cssSelector(".outlet")).getText());
        assertEquals("event 15 Jan 2026", item.findElement(By.cssSelector(".event-date")).getText());
        assertEquals("published 16 Jan 2026", item.findElement(By.cssSelector(".published")).getText());
        assertEquals("Reported: withdrawn", item.findElement(By.cssSelector(".claim-words")).getText());
        WebElement quote = item.findElement(By.cssSelector(".quote"));
        assertEquals(StatusFixture.AIN_WITHDRAWN.evidence(), quote.findElement(By.cssSelector("mark")).getText(),
                "the claim's span is what is highlighted");
        assertEquals((SENTENCE_BEFORE + StatusFixture.AIN_WITHDRAWN.evidence() + SENTENCE_AFTER).strip(), quote.getText(),
                "inside its whole sentence, and no more");

        List<WebElement> items = browser.findElements(By.cssSelector("#evidence-list .evidence-item"));
        Set<String> statements = new HashSet<>();
        items.forEach(li -> statements.add(li.findElement(By.cssSelector(".claim-words")).getText() + "|"
                + li.findElement(By.cssSelector(".quote")).getText()));
        assertEquals(items.size(), statements.size(), "each statement once");
        assertEquals(4, items.size(), "the four claims, the row's citations and the syndicated copy are four statements");
        assertTrue(browser.findElement(By.id("evidence-list")).getText().contains("also in Outlet F"));
        screenshot("evidence.png");
    }

    @Test
    void shouldDrawTheTimelineAndShowAMarksEvidenceOnClick() throws Exception {
        open("?place=harir");
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#timeline .tl-mark"), 4));

        assertFalse(browser.findElements(By.cssSelector("#timeline rect.band-ADVISORY_ONLY")).isEmpty(), "a status band");
        String deadline = browser.findElement(By.cssSelector("#timeline .deadline text")).getText();
        assertTrue(deadline.contains("Withdrawn by Sep 2025") && deadline.contains("overdue"), deadline);

        WebElement denial = browser.findElements(By.cssSelector("#timeline .tl-mark.modality-DENIED")).get(0);
        ((JavascriptExecutor) browser).executeScript(
                "arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}));", denial);

        WebElement focused = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#evidence-list .evidence-item.focused")));
        assertEquals("Denied: withdrawn", focused.findElement(By.cssSelector(".claim-words")).getText());
        assertEquals(StatusFixture.XSS_EVIDENCE, focused.findElement(By.cssSelector(".quote mark")).getText());
        screenshot("timeline.png");
    }

    @Test
    void shouldShowArticleMarkupAsText() throws Exception {
        open("");
        String title = browser.getTitle();

        row("harir").click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#evidence-list .evidence-item"), 4));

        WebElement panel = browser.findElement(By.id("evidence"));
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
        assertNotEquals("", title);
    }

    /** Opens the page at {@code query} and waits for the table. */
    private void open(String query) {
        browser.get("http://127.0.0.1:" + server.port() + "/" + query);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#bases tbody tr")));
    }

    private List<String> placesIn(String table) {
        return browser.findElements(By.cssSelector("#" + table + " tbody tr")).stream()
                .map(tr -> tr.getDomAttribute("data-place")).toList();
    }

    private List<String> mapPlaces() {
        return browser.findElements(By.cssSelector("#map .map-place")).stream()
                .map(g -> g.getDomAttribute("data-place")).toList();
    }

    private WebElement row(String place) {
        return browser.findElement(By.cssSelector("tr[data-place='" + place + "']"));
    }

    private WebElement filter(String status) {
        return browser.findElement(By.cssSelector("#filters button[data-status='" + status + "']"));
    }

    private static String badgeClass(WebElement row) {
        return row.findElement(By.cssSelector("td.status .badge")).getDomAttribute("class");
    }

    /** The article of {@code t-104}: the claim's span stands at its offset inside a longer sentence. */
    private static Article ainArticle() {
        Claim c = StatusFixture.AIN_WITHDRAWN;
        String opening = "عاد الهدوء إلى محافظة الأنبار.\n";
        String padding = "ـ".repeat(c.start() - opening.length() - SENTENCE_BEFORE.length());
        String text = padding + opening + SENTENCE_BEFORE + c.evidence() + SENTENCE_AFTER + "\nوفي سياق آخر، لم يحدث شيء.";
        assertEquals(c.evidence(), text.substring(c.start(), c.end()));
        return new Article("t-104", AIN_URL, "Outlet C", "2026-01-16T07:00:00Z", "ar", AIN_TITLE, text);
    }

    private void screenshot(String name) throws Exception {
        Path out = Path.of(System.getProperty("basedir", ".")).resolve("target/screenshots").resolve(name);
        Files.createDirectories(out.getParent());
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), out, StandardCopyOption.REPLACE_EXISTING);
        assertTrue(Files.size(out) > 0);
    }
}
