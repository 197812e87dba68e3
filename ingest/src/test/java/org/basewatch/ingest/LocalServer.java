package org.basewatch.ingest;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** A throwaway HTTP server on the loopback interface for fetch tests. */
public final class LocalServer implements AutoCloseable {
    private final HttpServer server;
    public final AtomicInteger requests = new AtomicInteger();
    /** The Host header of each request to a {@link #serve} path. */
    public final List<String> hosts = new CopyOnWriteArrayList<>();

    public LocalServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public LocalServer serve(String path, String contentType, byte[] body) {
        server.createContext(path, exchange -> {
            requests.incrementAndGet();
            hosts.add(exchange.getRequestHeaders().getFirst("Host"));
            exchange.getResponseHeaders().add("Content-Type", contentType);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        return this;
    }

    /** Serves whatever {@code body} holds at the time of each request, for feeds that change between polls. */
    public LocalServer serveCurrent(String path, String contentType, Supplier<byte[]> body) {
        server.createContext(path, exchange -> {
            requests.incrementAndGet();
            byte[] bytes = body.get();
            exchange.getResponseHeaders().add("Content-Type", contentType);
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        return this;
    }

    /** {@code path/N} redirects to {@code path/N+1}, forever. */
    public LocalServer redirectChain(String path) {
        server.createContext(path, exchange -> {
            requests.incrementAndGet();
            String p = exchange.getRequestURI().getPath();
            int n = Integer.parseInt(p.substring(p.lastIndexOf('/') + 1));
            exchange.getResponseHeaders().add("Location", path + "/" + (n + 1));
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        return this;
    }

    public LocalServer redirect(String path, String location) {
        server.createContext(path, exchange -> {
            requests.incrementAndGet();
            exchange.getResponseHeaders().add("Location", location);
            exchange.sendResponseHeaders(301, -1);
            exchange.close();
        });
        return this;
    }

    /** Streams {@code size} bytes without a Content-Length, so only the read loop can stop it. */
    public LocalServer serveChunked(String path, int size) {
        server.createContext(path, exchange -> {
            requests.incrementAndGet();
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, 0);
            byte[] chunk = "<p>حشو حشو حشو</p>\n".repeat(100).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int sent = 0; sent < size; sent += chunk.length) {
                    out.write(chunk);
                }
            } catch (IOException e) {
                // the client hung up at its size cap, as it should
            }
        });
        return this;
    }

    /** Accepts the request and never answers until {@code release} counts down. */
    public LocalServer hang(String path, CountDownLatch release) {
        server.createContext(path, exchange -> {
            requests.incrementAndGet();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        return this;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
