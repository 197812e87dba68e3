package org.basewatch.app;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.utils.Utils;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Asks the cluster for its brokers before a command starts, so that a broker that is not there is one clear line naming
 * the address within seconds, rather than the Kafka client's "Timed out waiting for a node assignment" after its
 * one-minute API timeout. An address where nothing even accepts a connection is said at once.
 */
public final class BrokerCheck {
    /** Long enough for a remote cluster with TLS and SASL to answer, short enough for a user waiting at a prompt. */
    static final Duration WAIT = Duration.ofSeconds(10);
    /** A listening port on a reachable host accepts in milliseconds; this only bounds a host that drops packets. */
    private static final Duration CONNECT_WAIT = Duration.ofSeconds(2);
    private static final String HOW_TO_FIX =
            "start one (./basewatch broker) or give the address with --bootstrap-servers or KAFKA_BOOTSTRAP_SERVERS";

    private BrokerCheck() {
    }

    /** Returns when a broker at the client settings' bootstrap servers answers within {@link #WAIT}; else throws naming them. */
    public static void reachable(Properties client) {
        reachable(client, WAIT);
    }

    /** Returns when a broker at the client settings' bootstrap servers answers; else throws naming them. */
    static void reachable(Properties client, Duration wait) {
        String bootstrap = client.getProperty(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG);
        if (bootstrap != null && !anyListening(bootstrap)) {
            throw new IllegalStateException("no Kafka broker answered at " + bootstrap + " (nothing accepts a connection there); "
                    + HOW_TO_FIX);
        }
        Properties p = new Properties();
        p.putAll(client);
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) wait.toMillis());
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) wait.toMillis());
        try (Admin admin = Admin.create(p)) {
            admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) wait.toMillis()))
                    .nodes().get(wait.toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("no Kafka broker answered at " + bootstrap + " within " + wait.toSeconds()
                    + " s; " + HOW_TO_FIX, e);
        } catch (KafkaException e) {
            // an address the client cannot even resolve fails at once, in the client's words
            throw new IllegalStateException("cannot reach a Kafka broker at " + bootstrap + ": " + e.getMessage() + "; " + HOW_TO_FIX, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while looking for a broker at " + bootstrap, e);
        }
    }

    /** Whether anything accepts a TCP connection at one of the bootstrap addresses: without that no client gets further. */
    private static boolean anyListening(String bootstrap) {
        for (String address : bootstrap.split(",")) {
            String hostPort = address.trim();
            String host = Utils.getHost(hostPort);
            Integer port = Utils.getPort(hostPort);
            if (host == null || port == null) {
                return true; // not host:port; let the Kafka client say what is wrong with it
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(host, port), (int) CONNECT_WAIT.toMillis());
                return true;
            } catch (IOException | IllegalArgumentException e) {
                // refused, unreachable or unresolvable: try the next address
            }
        }
        return false;
    }
}
