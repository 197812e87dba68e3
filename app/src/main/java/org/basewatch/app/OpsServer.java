package org.basewatch.app;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.apache.kafka.streams.KafkaStreams;
import org.basewatch.contracts.Json;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Predicate;

/**
 * The operator's endpoints of one process: {@code /metrics} (Prometheus text: Kafka Streams,
 * producer and consumer metrics of every Streams app here, plus JVM metrics), {@code /health}
 * (200 while every Streams app is running or rebalancing) and {@code /ready} (200 once all are running).
 */
final class OpsServer implements AutoCloseable {
    private final HttpServer server;
    private final PrometheusMeterRegistry registry;
    private final List<KafkaStreams> streams;

    private OpsServer(HttpServer server, List<KafkaStreams> streams, PrometheusMeterRegistry registry) {
        this.server = server;
        this.streams = streams;
        this.registry = registry;
    }

    static OpsServer start(String host, int port, List<KafkaStreams> streams) {
        return start(host, port, streams, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
    }

    /** Serves {@code registry} (which may hold basewatch's own meters already) with the Streams and JVM metrics added. */
    static OpsServer start(String host, int port, List<KafkaStreams> streams, PrometheusMeterRegistry registry) {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(host, port), 0);
            OpsServer ops = new OpsServer(http, streams, registry);
            streams.forEach(s -> new KafkaStreamsMetrics(s).bindTo(ops.registry));
            new JvmMemoryMetrics().bindTo(ops.registry);
            new JvmThreadMetrics().bindTo(ops.registry);
            new ProcessorMetrics().bindTo(ops.registry);
            http.createContext("/metrics", ex -> ops.send(ex, 200, "text/plain; version=0.0.4", ops.registry.scrape()));
            http.createContext("/health", ex -> ops.state(ex, s -> s.state().isRunningOrRebalancing()));
            http.createContext("/ready", ex -> ops.state(ex, s -> s.state() == KafkaStreams.State.RUNNING));
            http.start();
            return ops;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve metrics on " + host + ":" + port + ": " + e.getMessage(), e);
        }
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** The body of /health and /ready: {@code {"status":"UP"|"DOWN","streams":["RUNNING",...]}}. */
    record Health(String status, List<String> streams) {
    }

    private void state(HttpExchange ex, Predicate<KafkaStreams> ok) throws IOException {
        boolean up = streams.stream().allMatch(ok);
        Health health = new Health(up ? "UP" : "DOWN", streams.stream().map(s -> s.state().name()).toList());
        send(ex, up ? 200 : 503, "application/json", Json.write(health));
    }

    private void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        registry.close();
    }
}
