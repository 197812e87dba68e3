package org.basewatch.app;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Asks the cluster for its brokers before a one-shot command starts, so that a broker that is not there is one clear
 * line naming the address within seconds, rather than the Kafka client's "Timed out waiting for a node assignment"
 * after its one-minute API timeout.
 */
final class BrokerCheck {
    /** Long enough for a remote cluster with TLS and SASL to answer, short enough for a user waiting at a prompt. */
    static final Duration WAIT = Duration.ofSeconds(10);

    private BrokerCheck() {
    }

    /** Returns when a broker at the client settings' bootstrap servers answers; else throws naming them. */
    static void reachable(Properties client, Duration wait) {
        String bootstrap = client.getProperty(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG);
        Properties p = new Properties();
        p.putAll(client);
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) wait.toMillis());
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) wait.toMillis());
        try (Admin admin = Admin.create(p)) {
            admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) wait.toMillis()))
                    .nodes().get(wait.toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("no Kafka broker answered at " + bootstrap + " within " + wait.toSeconds()
                    + " s; start one (./basewatch broker) or give the address with --bootstrap-servers or KAFKA_BOOTSTRAP_SERVERS", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while looking for a broker at " + bootstrap, e);
        }
    }
}
