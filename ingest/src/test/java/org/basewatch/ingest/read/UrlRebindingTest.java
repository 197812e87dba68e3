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
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A host name is resolved once per request and the connection goes to the address that was checked, the name going
 * out as the Host header: a name that rebinds to a private address after the check never reaches it.
 */
class UrlRebindingTest {
    private static final byte[] PAGE = "<html lang=ar><body><p>تسلم الجيش العراقي قاعدة عين الأسد.</p></body></html>".getBytes(StandardCharsets.UTF_8);
    /** TEST-NET-1 (RFC 5737): public as far as the check goes, and nothing answers there. */
    private static final String PUBLIC_LOOKING = "192.0.2.10";
    private static final String NAME = "news.example";

    private LocalServer server;
    private final List<String> lookups = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = new LocalServer().serve("/page.html", "text/html; charset=utf-8", PAGE);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Answers {@code first} to the first lookup and the loopback address to every later one, as a rebinding attacker's DNS does. */
    private HostResolver rebinding(String first) {
        return host -> {
            lookups.add(host);
            return new InetAddress[]{InetAddress.getByName(lookups.size() == 1 ? first : "127.0.0.1")};
        };
    }

    @Test
    void shouldConnectToTheCheckedAddressUnderTheName() throws IOException {
        UrlFetcher.Fetched page = UrlFetcher.fetch("http://" + NAME + ":" + server.port() + "/page.html",
                ReadOptions.defaults().withAllowPrivate(true), rebinding("127.0.0.1"));

        assertArrayEquals(PAGE, page.body());
        assertEquals(List.of(NAME), lookups, "the name is looked up once");
        assertEquals(List.of(NAME + ":" + server.port()), server.hosts, "the server is asked for the name, not the address");
    }

    @Test
    void shouldNeverReachThePrivateAddressANameRebindsTo() {
        ReadOptions opts = ReadOptions.defaults().withTimeout(Duration.ofMillis(500));

        assertThrows(IOException.class, () -> UrlFetcher.fetch("http://" + NAME + ":" + server.port() + "/page.html", opts, rebinding(PUBLIC_LOOKING)));

        assertEquals(List.of(NAME), lookups, "the checked lookup is the only one");
        assertEquals(0, server.requests.get(), "nothing reached the loopback server");
    }

    @Test
    void shouldRefuseANameThatResolvesToAPrivateAddressFirst() {
        IOException refused = assertThrows(IOException.class, () -> UrlFetcher.fetch("http://" + NAME + ":" + server.port() + "/page.html",
                ReadOptions.defaults(), rebinding("127.0.0.1")));

        assertTrue(refused.getMessage().contains("--allow-private"), refused.getMessage());
        assertEquals(0, server.requests.get());
    }
}
