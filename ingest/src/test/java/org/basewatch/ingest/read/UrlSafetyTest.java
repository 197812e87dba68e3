package org.basewatch.ingest.read;

import org.basewatch.ingest.LocalServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UrlSafetyTest {
    private static final byte[] PAGE = ("<html lang=ar><body><p>أعلنت الحكومة العراقية تسلم معسكر بسماية من قوات التحالف الدولي بشكل كامل.</p></body></html>")
            .getBytes(StandardCharsets.UTF_8);

    private final CountDownLatch release = new CountDownLatch(1);
    private LocalServer server;

    @BeforeEach
    void start() throws IOException {
        server = new LocalServer()
                .serve("/page.html", "text/html; charset=utf-8", PAGE)
                .redirectChain("/hop")
                .redirect("/to-file", "file:///etc/passwd")
                .serveChunked("/huge", 6 * 1024 * 1024)
                .hang("/slow", release);
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.close();
    }

    private static ReadResult only(String input, ReadOptions opts) {
        List<ReadResult> results = ArticleSources.read(input, opts).toList();
        assertEquals(1, results.size(), results.toString());
        return results.get(0);
    }

    @Test
    void shouldRefuseLoopbackWithoutTheFlagAndNeverConnect() {
        ReadResult r = only(server.url("/page.html"), ReadOptions.defaults());

        assertTrue(r.isRejected());
        assertTrue(r.rejection().contains("private or loopback"), r.rejection());
        assertTrue(r.rejection().contains("--allow-private"), "names the flag that allows it: " + r.rejection());
        assertEquals(0, server.requests.get());
    }

    @Test
    void shouldFetchLoopbackWhenAllowed() {
        ReadResult r = only(server.url("/page.html"), ReadOptions.defaults().withAllowPrivate(true));

        assertFalse(r.isRejected(), r.rejection());
        assertTrue(r.article().text().contains("معسكر بسماية"));
        assertEquals(server.url("/page.html"), r.article().url());
    }

    @Test
    void shouldRefuseFileAndOtherSchemes() {
        assertTrue(only("file:///etc/passwd", ReadOptions.defaults()).rejection().contains("only http and https"));
        assertTrue(only("ftp://example.iq/a.txt", ReadOptions.defaults()).rejection().contains("only http and https"));
    }

    @Test
    void shouldRefuseARedirectToAFileUrl() {
        ReadResult r = only(server.url("/to-file"), ReadOptions.defaults().withAllowPrivate(true));

        assertTrue(r.rejection().contains("only http and https"), r.rejection());
    }

    @Test
    void shouldStopAfterFiveRedirects() {
        ReadResult r = only(server.url("/hop/0"), ReadOptions.defaults().withAllowPrivate(true));

        assertTrue(r.rejection().contains("more than 5 redirects"), r.rejection());
        assertEquals(6, server.requests.get());
    }

    @Test
    void shouldStopReadingAtTheSizeCap() {
        ReadResult r = only(server.url("/huge"), ReadOptions.defaults().withAllowPrivate(true));

        assertTrue(r.rejection().contains("larger than " + ReadOptions.FIVE_MB), r.rejection());
    }

    @Test
    void shouldRefuseADeclaredLengthOverTheCap() {
        ReadResult r = only(server.url("/page.html"), ReadOptions.defaults().withAllowPrivate(true).withMaxBytes(10));

        assertTrue(r.rejection().contains("Content-Length"), r.rejection());
    }

    @Test
    void shouldGiveUpOnAServerThatDoesNotAnswerWithinTheTimeout() {
        long start = System.nanoTime();

        ReadResult r = only(server.url("/slow"), ReadOptions.defaults().withAllowPrivate(true).withTimeout(Duration.ofMillis(300)));

        assertTrue(r.rejection().contains("timed out"), r.rejection());
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(5).toNanos());
    }

    @Test
    void shouldCountPrivateLinkLocalAndUniqueLocalAddressesAsPrivate() throws IOException {
        for (String address : List.of("127.0.0.1", "10.1.2.3", "172.16.0.9", "192.168.1.1", "169.254.169.254",
                "0.0.0.0", "100.64.0.1", "::1", "fe80::1", "fd00::1", "::ffff:127.0.0.1")) {
            assertTrue(UrlFetcher.isPrivate(InetAddress.getByName(address)), address);
        }
        for (String address : List.of("8.8.8.8", "185.60.216.35", "2001:4860:4860::8888")) {
            assertFalse(UrlFetcher.isPrivate(InetAddress.getByName(address)), address);
        }
    }

    @Test
    void shouldRefuseTheCloudMetadataAddress() {
        ReadResult r = only("http://169.254.169.254/latest/meta-data/", ReadOptions.defaults());

        assertTrue(r.rejection().contains("private or loopback"), r.rejection());
    }
}
