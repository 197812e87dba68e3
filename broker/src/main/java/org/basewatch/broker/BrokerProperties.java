package org.basewatch.broker;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * The server properties of the single combined KRaft node: what {@code server.properties} would hold
 * for a one-machine broker that keeps its data in one folder.
 */
final class BrokerProperties {
    static final int NODE_ID = 1;
    static final int MAX_MESSAGE_BYTES = 64 * 1024 * 1024;

    private BrokerProperties() {
    }

    static Properties of(Path logDir, int port, int controllerPort, Map<String, String> overrides) {
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", String.valueOf(NODE_ID));
        // A static voter (kraft.version 0) rather than --standalone: a dynamic quorum records the
        // controller endpoint in the metadata log, so a restart on another controller port would break.
        p.setProperty("controller.quorum.voters", NODE_ID + "@localhost:" + controllerPort);
        p.setProperty("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        p.setProperty("advertised.listeners", "PLAINTEXT://localhost:" + port);
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.setProperty("log.dirs", logDir.toAbsolutePath().toString());

        // With one node, internal topics default to replication 3 and never get created:
        // consumer groups, transactions (so exactly-once Streams) and share groups would hang.
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        // Nobody else will join the group, so waiting for more members only delays the first run.
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        p.setProperty("group.streams.initial.rebalance.delay.ms", "0");

        // Topics are created on purpose, with their cleanup policy; a typo must not create a new one.
        p.setProperty("auto.create.topics.enable", "false");
        p.setProperty("num.partitions", "3");
        // Article texts can be large.
        p.setProperty("message.max.bytes", String.valueOf(MAX_MESSAGE_BYTES));
        p.setProperty("replica.fetch.max.bytes", String.valueOf(MAX_MESSAGE_BYTES));
        // The folder is the local archive: records stamped with an old publication date must not be
        // deleted by the 7-day default retention. A topic's own retention.ms still wins.
        p.setProperty("log.retention.ms", "-1");

        p.putAll(overrides);
        return p;
    }
}
