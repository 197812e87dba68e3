package org.basewatch.sink.http;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import org.basewatch.contracts.Json;
import org.basewatch.sink.db.StatusTableStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.GZIPInputStream;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The HTTP side of the status server over real sockets: access log, methods, HEAD, gzip with ETag, refusals in JSON. */
class HttpProtocolTest {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final Duration LOG_WAIT = Duration.ofSeconds(10);

    @TempDir
    static Path dir;
    private static StatusTableStore store;
    private static StatusServer server;

    @BeforeAll
    static void start() {
        store = StatusFixture.seed(dir);
        server = StatusServer.start(store, null, 0);
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    @Test
    void shouldWriteOneAccessLogLinePerRequestThroughTheProjectsLogging() throws Exception {
        Logger accessLog = (Logger) LoggerFactory.getLogger(StatusServer.ACCESS_LOG);
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        accessLog.addAppender(lines);
        try {
            get("/api/places/harir?asOf=2025-01-01");
            get("/api/no-such-thing");

            await().atMost(LOG_WAIT).until(() -> lines.list.size() >= 2);
            String ok = lines.list.stream().map(ILoggingEvent::getFormattedMessage)
                    .filter(l -> l.contains("GET /api/places/harir?asOf=2025-01-01 HTTP/1.1")).findFirst().orElseThrow();
            String missing = lines.list.stream().map(ILoggingEvent::getFormattedMessage)
                    .filter(l -> l.contains("GET /api/no-such-thing")).findFirst().orElseThrow();
            assertTrue(ok.startsWith("127.0.0.1 "), ok);
            assertTrue(ok.contains("\" 200 "), ok);
            assertTrue(missing.contains("\" 404 "), missing);
        } finally {
            accessLog.detachAppender(lines);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE"})
    void shouldRefuseAnythingButGetWithJson405(String method) throws Exception {
        HttpResponse<String> response = CLIENT.send(request("/api/places").method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(405, response.statusCode());
        assertEquals(405, Json.MAPPER.readTree(response.body()).get("status").asInt());
    }

    @Test
    void shouldAnswerHeadWithTheHeadersOfGetAndNoBody() throws Exception {
        HttpResponse<String> get = get("/api/places");
        HttpResponse<String> head = CLIENT.send(request("/api/places").method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        assertEquals(get.headers().firstValue("ETag"), head.headers().firstValue("ETag"));
        assertEquals(get.headers().firstValue("Content-Type"), head.headers().firstValue("Content-Type"));
    }

    @Test
    void shouldAnswer304ToTheETagOfAGzippedBody() throws Exception {
        HttpResponse<byte[]> zipped = CLIENT.send(request("/api/places").header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse(null));
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            assertEquals(get("/api/places").body(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }

        String etag = zipped.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = CLIENT.send(request("/api/places").header("Accept-Encoding", "gzip")
                .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(304, again.statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/places", "/api/places/atlantis", "/", "/app.js"})
    void shouldTellTheBrowserNotToGuessTheType(String path) throws Exception {
        assertEquals("nosniff", get(path).headers().firstValue("X-Content-Type-Options").orElse(null));
    }

    @Test
    void shouldNotNameTheServersSoftwareOrVersion() throws Exception {
        assertTrue(get("/health").headers().firstValue("Server").isEmpty());
    }

    @Test
    void shouldRefuseAMalformedQueryWithJson400() throws Exception {
        String answer = raw("GET /api/changes?place=%zz HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");

        assertTrue(answer.startsWith("HTTP/1.1 400 "), answer);
        assertEquals(400, body(answer).get("status").asInt());
    }

    @Test
    void shouldRefuseARequestJettyCannotParseWithJsonToo() throws Exception {
        String answer = raw("GET /api/places HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n");

        assertTrue(answer.startsWith("HTTP/1.1 400 "), answer);
        assertEquals(400, body(answer).get("status").asInt());
    }

    /** Sends {@code request} as typed, for what a well-behaved client would refuse to send, and reads the answer. */
    private static String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static JsonNode body(String answer) throws IOException {
        return Json.MAPPER.readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4));
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return CLIENT.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
    }
}
