package org.basewatch.sink.http;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import org.basewatch.contracts.Json;
import org.basewatch.sink.db.StatusTableStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The sink's embedded HTTP server: the JSON API over the status table ({@code /api/...}, described
 * at {@code /api/openapi.json}), a health check at {@code /health} and the web page at {@code /}.
 */
public final class StatusServer implements AutoCloseable {
    public static final String DEFAULT_HOST = "127.0.0.1";
    private static final Logger LOG = LoggerFactory.getLogger(StatusServer.class);
    private static final String OPENAPI = "/web/openapi.json";

    private final Javalin app;

    private StatusServer(Javalin app) {
        this.app = app;
    }

    /** Serves {@code store} on {@code host} (null for {@value #DEFAULT_HOST}) and {@code port} (0 for any free port). */
    public static StatusServer start(StatusTableStore store, String host, int port) {
        StatusApi api = new StatusApi(store);
        byte[] openApi = resource(OPENAPI);
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
            config.staticFiles.add("/web", Location.CLASSPATH);
        });
        app.get("/health", ctx -> ctx.json(Map.of("status", "UP")));
        app.get("/api/places", api::places);
        app.get("/api/places/{id}", api::place);
        app.get("/api/places/{id}/history", api::history);
        app.get("/api/changes", api::changes);
        app.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
        // Added last, so it only catches what no endpoint above matched: API errors stay JSON.
        app.get("/api/*", ctx -> {
            throw new ApiException(404, "no such endpoint: " + ctx.path());
        });
        app.exception(ApiException.class, (e, ctx) -> ctx.status(e.status()).json(new ApiError(e.status(), e.getMessage())));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            ctx.status(500).json(new ApiError(500, "internal error"));
        });
        app.start(host == null ? DEFAULT_HOST : host, port);
        LOG.info("status API and web page on http://{}:{}/", host == null ? DEFAULT_HOST : host, app.port());
        return new StatusServer(app);
    }

    /** The port the server listens on, the chosen one when started with port 0. */
    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }

    private static byte[] resource(String path) {
        try (InputStream in = StatusServer.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
