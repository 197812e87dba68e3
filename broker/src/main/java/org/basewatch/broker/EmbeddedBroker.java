package org.basewatch.broker;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real single-node Kafka (combined KRaft broker and controller) running inside this JVM on a data
 * folder that survives restarts; the default mode of basewatch needs nothing else installed.
 *
 * <p>Layout: {@code dataDir/kafka} holds the logs and {@code meta.properties} (with the cluster id);
 * {@code dataDir/kafka-server.properties} is the configuration of the last start, usable with
 * {@code kafka-storage.sh info -c}; {@code dataDir/broker.lock} keeps a second broker off the folder.
 */
public final class EmbeddedBroker implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedBroker.class);
    static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final String HOST = "localhost";

    private final KafkaRaftServer server;
    private final FolderLock folderLock;
    private final String bootstrapServers;
    private boolean closed;

    private EmbeddedBroker(KafkaRaftServer server, FolderLock folderLock, String bootstrapServers) {
        this.server = server;
        this.folderLock = folderLock;
        this.bootstrapServers = bootstrapServers;
    }

    /** Starts the broker with the built-in single-node settings and waits until it answers. */
    public static EmbeddedBroker start(Path dataDir, int port, int controllerPort) {
        return start(dataDir, port, controllerPort, Map.of());
    }

    /**
     * As {@link #start(Path, int, int)}, with broker properties that replace the built-in ones
     * (for example {@code log.retention.ms}).
     *
     * @throws IllegalStateException when a port is taken, the folder is used by another running
     *                               broker or cannot be formatted, or the broker does not answer
     *                               within {@link #READY_TIMEOUT}
     */
    public static EmbeddedBroker start(Path dataDir, int port, int controllerPort, Map<String, String> overrides) {
        if (port == controllerPort) {
            throw new IllegalStateException("port " + port + " cannot serve both clients and the controller; choose two ports");
        }
        ensureFree(port, "client");
        ensureFree(controllerPort, "controller");

        long started = System.nanoTime();
        Path folder = dataDir.toAbsolutePath();
        Path logDir = folder.resolve("kafka");
        String bootstrap = HOST + ":" + port;
        FolderLock folderLock = FolderLock.acquire(folder);
        EmbeddedBroker broker;
        try {
            Properties properties = BrokerProperties.of(logDir, port, controllerPort, overrides);
            KraftStorage.formatIfNeeded(logDir, folder.resolve("kafka-server.properties"), properties);
            // What kafka-server-start.sh runs (kafka.Kafka#main), without its System.exit on failure.
            KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(properties, false), Time.SYSTEM);
            broker = new EmbeddedBroker(server, folderLock, bootstrap);
        } catch (RuntimeException e) {
            folderLock.close();
            throw e;
        }
        try {
            broker.server.startup();
            awaitReady(bootstrap, READY_TIMEOUT);
        } catch (RuntimeException e) {
            IllegalStateException failure = new IllegalStateException(
                    "embedded Kafka on " + dataDir + " did not start: " + e.getMessage(), e);
            try {
                broker.close();
            } catch (RuntimeException closing) {
                failure.addSuppressed(closing);
            }
            throw failure;
        }
        log.info("embedded Kafka ready on {} (data in {}) after {} ms",
                bootstrap, logDir, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        return broker;
    }

    /** The {@code bootstrap.servers} value for clients of this broker. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /**
     * Shuts the broker down and waits until its logs are flushed and closed. Safe to call more than
     * once and from a shutdown hook; a second caller waits for the first to finish.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        long started = System.nanoTime();
        try {
            server.shutdown();
            server.awaitShutdown();
        } finally {
            folderLock.close();
        }
        log.info("embedded Kafka on {} stopped after {} ms",
                bootstrapServers, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    /** Fails fast and plainly instead of letting Kafka hang or exit on a bind error. */
    static void ensureFree(int port, String purpose) {
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getByName(HOST))) {
            // bound and released at once: nothing accepted, so no TIME_WAIT keeps the port from Kafka
        } catch (IOException e) {
            throw new IllegalStateException("port " + port + " is already in use (wanted for the embedded Kafka "
                    + purpose + " listener); stop whatever listens there or choose another port", e);
        }
    }

    private static boolean allPartitionsLed(Admin admin, Duration timeout) throws InterruptedException, ExecutionException, TimeoutException {
        Set<String> topics = admin.listTopics(new org.apache.kafka.clients.admin.ListTopicsOptions().listInternal(true))
                .names().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (topics.isEmpty()) {
            return true;
        }
        return admin.describeTopics(topics).allTopicNames().get(timeout.toMillis(), TimeUnit.MILLISECONDS).values().stream()
                .flatMap(t -> t.partitions().stream())
                .allMatch(p -> p.leader() != null && !p.leader().isEmpty());
    }

    private static void awaitReady(String bootstrap, Duration timeout) {
        Properties props = new Properties();
        props.setProperty(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.setProperty(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, String.valueOf(timeout.toMillis()));
        try (Admin admin = Admin.create(props)) {
            long deadline = System.nanoTime() + timeout.toNanos();
            int nodes = admin.describeCluster().nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS).size();
            if (nodes == 0) {
                throw new IllegalStateException("the cluster reports no broker");
            }
            // after a restart, a producer that starts before every partition has its leader back can
            // have its first batch refused for good (seen in BrokerRestartIT): ready means led
            while (!allPartitionsLed(admin, timeout)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("partitions still without a leader after " + timeout);
                }
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the broker", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("broker not answering on " + bootstrap + ": " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("broker not answering on " + bootstrap + " after " + timeout.toSeconds() + " s", e);
        }
    }
}
