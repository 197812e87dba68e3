package org.basewatch.sink.http;

import org.basewatch.sink.db.StatusTableStore;
import org.eclipse.jetty.server.CustomRequestLog;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.Slf4jRequestLogWriter;
import org.eclipse.jetty.server.handler.gzip.GzipHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The sink's embedded HTTP server: the JSON API over the status table ({@code /api/...}, described at
 * {@code /api/openapi.json}), a health check at {@code /health} and the web page at {@code /}; the paths are listed in
 * {@link StatusRoutes}. Jetty core, the Jetty that Kafka's own jars bring: it compresses, and logs one line per
 * request to the logger {@value #ACCESS_LOG}.
 */
public final class StatusServer implements AutoCloseable {
    public static final String DEFAULT_HOST = "127.0.0.1";
    /** The logger of the access log: one line per request, at INFO. */
    public static final String ACCESS_LOG = "org.basewatch.sink.http.access";
    /** Client, request line, status, body bytes sent, time taken: the logging framework adds the date. */
    static final String ACCESS_LOG_FORMAT = "%{client}a \"%r\" %s %O %{ms}Tms";
    /** A page load asks for seven files at once; a few more threads leave room for the page's polling. */
    private static final int MAX_THREADS = 16;
    private static final int MIN_THREADS = 2;
    private static final int ACCEPTORS = 1;
    private static final int SELECTORS = 1;
    private static final Logger LOG = LoggerFactory.getLogger(StatusServer.class);

    private final Server server;
    private final ServerConnector connector;

    private StatusServer(Server server, ServerConnector connector) {
        this.server = server;
        this.connector = connector;
    }

    /** Serves {@code store} on {@code host} (null for {@value #DEFAULT_HOST}) and {@code port} (0 for any free port). */
    public static StatusServer start(StatusTableStore store, String host, int port) {
        return start(store, new ArticleShelf(), host, port);
    }

    /** As {@link #start(StatusTableStore, String, int)}, citing the titles, URLs and sentences of {@code articles}. */
    public static StatusServer start(StatusTableStore store, ArticleShelf articles, String host, int port) {
        String bind = host == null ? DEFAULT_HOST : host;
        QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, MIN_THREADS);
        threads.setName("basewatch-http");
        threads.setDaemon(true);
        Server server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false); // the JDK server named none; a version only helps someone looking for its flaws
        ServerConnector connector = new ServerConnector(server, ACCEPTORS, SELECTORS, new HttpConnectionFactory(http));
        connector.setHost(bind);
        connector.setPort(port);
        server.addConnector(connector);

        GzipHandler gzip = new GzipHandler(new RouteHandler(StatusRoutes.table(new StatusApi(store, articles))));
        gzip.setMinGzipSize(HttpBodies.GZIP_MIN_BYTES);
        server.setHandler(gzip);
        server.setErrorHandler(new JsonErrors());
        Slf4jRequestLogWriter accessLog = new Slf4jRequestLogWriter();
        accessLog.setLoggerName(ACCESS_LOG);
        server.setRequestLog(new CustomRequestLog(accessLog, ACCESS_LOG_FORMAT));
        try {
            server.start();
        } catch (Exception e) {
            stopQuietly(server);
            throw new UncheckedIOException("cannot serve HTTP on " + bind + ":" + port + ": " + e.getMessage(),
                    e instanceof IOException io ? io : new IOException(e));
        }
        LOG.info("status API and web page on http://{}:{}/", bind, connector.getLocalPort());
        return new StatusServer(server, connector);
    }

    /** The port the server listens on, the chosen one when started with port 0. */
    public int port() {
        return connector.getLocalPort();
    }

    @Override
    public void close() {
        stopQuietly(server);
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (Exception e) {
            LOG.warn("HTTP server did not stop cleanly", e);
        }
    }
}
