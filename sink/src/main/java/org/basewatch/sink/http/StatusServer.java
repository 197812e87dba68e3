package org.basewatch.sink.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.basewatch.contracts.Json;
import org.basewatch.sink.db.StatusTableStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sink's embedded HTTP server: the JSON API over the status table ({@code /api/...}, described
 * at {@code /api/openapi.json}), a health check at {@code /health} and the web page at {@code /}.
 * The JDK's own server: Kafka's jars bring Jetty 12, so an embedded Jetty of another major version
 * cannot share the process.
 */
public final class StatusServer implements AutoCloseable {
    public static final String DEFAULT_HOST = "127.0.0.1";
    private static final Logger LOG = LoggerFactory.getLogger(StatusServer.class);
    private static final Pattern PLACE = Pattern.compile("/api/places/([^/]+)");
    private static final Pattern HISTORY = Pattern.compile("/api/places/([^/]+)/history");
    private static final Map<String, String> STATIC = Map.of(
            "/", "index.html", "/index.html", "index.html", "/app.js", "app.js", "/style.css", "style.css",
            "/openapi.json", "openapi.json", "/api/openapi.json", "openapi.json");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8", "json", "application/json");

    private final HttpServer server;
    private final ExecutorService workers;

    private StatusServer(HttpServer server, ExecutorService workers) {
        this.server = server;
        this.workers = workers;
    }

    /** Serves {@code store} on {@code host} (null for {@value #DEFAULT_HOST}) and {@code port} (0 for any free port). */
    public static StatusServer start(StatusTableStore store, String host, int port) {
        String bind = host == null ? DEFAULT_HOST : host;
        StatusApi api = new StatusApi(store);
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(bind, port), 0);
            ExecutorService workers = Executors.newFixedThreadPool(4, r -> {
                Thread t = new Thread(r, "basewatch-http");
                t.setDaemon(true);
                return t;
            });
            server.setExecutor(workers);
            server.createContext("/", exchange -> handle(exchange, api));
            server.start();
            LOG.info("status API and web page on http://{}:{}/", bind, server.getAddress().getPort());
            return new StatusServer(server, workers);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve HTTP on " + bind + ":" + port + ": " + e.getMessage(), e);
        }
    }

    private static void handle(HttpExchange ex, StatusApi api) throws IOException {
        String path = ex.getRequestURI().getPath();
        try {
            if (!"GET".equals(ex.getRequestMethod()) && !"HEAD".equals(ex.getRequestMethod())) {
                throw new ApiException(405, "only GET is served");
            }
            String asOf = query(ex, "asOf");
            Matcher m;
            if (STATIC.containsKey(path)) {
                String file = STATIC.get(path);
                send(ex, 200, TYPES.get(file.substring(file.lastIndexOf('.') + 1)), resource("/web/" + file));
            } else if (path.equals("/health")) {
                json(ex, 200, Map.of("status", "UP"));
            } else if (path.equals("/api/places")) {
                json(ex, 200, api.places(asOf));
            } else if (path.equals("/api/changes")) {
                json(ex, 200, api.changes());
            } else if ((m = HISTORY.matcher(path)).matches()) {
                json(ex, 200, api.history(decode(m.group(1))));
            } else if ((m = PLACE.matcher(path)).matches()) {
                json(ex, 200, api.place(decode(m.group(1)), asOf));
            } else {
                throw new ApiException(404, "no such " + (path.startsWith("/api/") ? "endpoint" : "page") + ": " + path);
            }
        } catch (ApiException e) {
            json(ex, e.status(), new ApiError(e.status(), e.getMessage()));
        } catch (RuntimeException e) {
            LOG.error("{} {} failed", ex.getRequestMethod(), path, e);
            json(ex, 500, new ApiError(500, "internal error"));
        } finally {
            ex.close();
        }
    }

    private static String query(HttpExchange ex, String name) {
        String q = ex.getRequestURI().getRawQuery();
        if (q == null) {
            return null;
        }
        for (String pair : q.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && decode(pair.substring(0, eq)).equals(name)) {
                return decode(pair.substring(eq + 1));
            }
        }
        return null;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static void json(HttpExchange ex, int status, Object body) throws IOException {
        send(ex, status, "application/json", Json.bytes(body));
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = "HEAD".equals(ex.getRequestMethod());
        ex.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** The port the server listens on, the chosen one when started with port 0. */
    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }

    private static byte[] resource(String path) {
        try (InputStream in = StatusServer.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new ApiException(404, "missing resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
