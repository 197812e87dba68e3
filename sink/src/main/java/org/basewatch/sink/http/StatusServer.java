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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
    private static final Set<String> AS_OF = Set.of("asOf");
    private static final Pattern HISTORY = Pattern.compile("/api/places/([^/]+)/history");
    private static final Pattern EVIDENCE = Pattern.compile("/api/places/([^/]+)/evidence");
    private static final Map<String, String> STATIC = Map.of(
            "/", "index.html", "/index.html", "index.html", "/app.js", "app.js", "/dates.js", "dates.js",
            "/timeline.js", "timeline.js", "/map.js", "map.js", "/map.json", "map.json", "/style.css", "style.css",
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
        return start(store, new ArticleShelf(), host, port);
    }

    /** As {@link #start(StatusTableStore, String, int)}, citing the titles, URLs and sentences of {@code articles}. */
    public static StatusServer start(StatusTableStore store, ArticleShelf articles, String host, int port) {
        String bind = host == null ? DEFAULT_HOST : host;
        StatusApi api = new StatusApi(store, articles);
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
            Map<String, String> params = params(ex);
            Matcher m;
            if (STATIC.containsKey(path)) {
                String file = STATIC.get(path);
                send(ex, 200, TYPES.get(file.substring(file.lastIndexOf('.') + 1)), resource("/web/" + file));
            } else if (path.equals("/health")) {
                json(ex, 200, Map.of("status", "UP"));
            } else if (path.equals("/api/places")) {
                json(ex, 200, api.places(only(params, AS_OF).get("asOf")));
            } else if (path.equals("/api/changes")) {
                ChangeQuery query = ChangeQuery.parse(only(params, ChangeQuery.PARAMETERS));
                ChangeQuery.Page page = api.changes(query);
                if (page.nextOffset() != null) {
                    ex.getResponseHeaders().set("Link", "<" + nextLink(ex, page.nextOffset()) + ">; rel=\"next\"");
                }
                json(ex, 200, page.items());
            } else if (path.equals("/api/gazetteer")) {
                only(params, Set.of());
                json(ex, 200, api.gazetteer());
            } else if ((m = EVIDENCE.matcher(path)).matches()) {
                only(params, Set.of());
                json(ex, 200, api.evidence(decode(m.group(1))));
            } else if ((m = HISTORY.matcher(path)).matches()) {
                only(params, Set.of());
                json(ex, 200, api.history(decode(m.group(1))));
            } else if ((m = PLACE.matcher(path)).matches()) {
                json(ex, 200, api.place(decode(m.group(1)), only(params, AS_OF).get("asOf")));
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

    /** The query's parameters; a name given twice is refused rather than one of its values picked. */
    private static Map<String, String> params(HttpExchange ex) {
        String q = ex.getRequestURI().getRawQuery();
        Map<String, String> params = new LinkedHashMap<>();
        if (q == null || q.isEmpty()) {
            return params;
        }
        for (String pair : q.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            if (params.put(name, eq < 0 ? "" : decode(pair.substring(eq + 1))) != null) {
                throw new ApiException(400, "parameter given twice: " + name);
            }
        }
        return params;
    }

    /** {@code params} when every name is one the endpoint knows: a misspelt filter must not quietly return everything. */
    private static Map<String, String> only(Map<String, String> params, Set<String> known) {
        for (String name : params.keySet()) {
            if (!known.contains(name)) {
                throw new ApiException(400, "unknown parameter: " + name + (known.isEmpty() ? " (this endpoint takes none)"
                        : " (known: " + String.join(", ", new TreeSet<>(known)) + ")"));
            }
        }
        return params;
    }

    /** This request's path and query with {@code offset} moved on to the next page. */
    private static String nextLink(HttpExchange ex, int nextOffset) {
        StringBuilder link = new StringBuilder(ex.getRequestURI().getRawPath()).append("?");
        String q = ex.getRequestURI().getRawQuery();
        if (q != null) {
            for (String pair : q.split("&")) {
                if (!pair.isEmpty() && !pair.startsWith("offset=")) {
                    link.append(pair).append('&');
                }
            }
        }
        return link.append("offset=").append(nextOffset).toString();
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static void json(HttpExchange ex, int status, Object body) throws IOException {
        send(ex, status, "application/json", Json.bytes(body));
    }

    /**
     * Sends {@code body}, with a strong ETag (a 304 without body when the client has it already) and gzip when the
     * client takes it and the body is big enough to gain.
     */
    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        ex.getResponseHeaders().set("Vary", "Accept-Encoding");
        String etag = HttpBodies.etag(body);
        ex.getResponseHeaders().set("ETag", etag);
        if (status == 200 && HttpBodies.matches(ex.getRequestHeaders().getFirst("If-None-Match"), etag)) {
            ex.sendResponseHeaders(304, -1);
            return;
        }
        byte[] sent = body;
        if (body.length >= HttpBodies.GZIP_MIN_BYTES && HttpBodies.acceptsGzip(ex.getRequestHeaders().getFirst("Accept-Encoding"))) {
            sent = HttpBodies.gzip(body);
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
        }
        boolean head = "HEAD".equals(ex.getRequestMethod());
        ex.sendResponseHeaders(status, head ? -1 : sent.length);
        if (!head) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(sent);
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
