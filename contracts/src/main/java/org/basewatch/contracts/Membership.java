package org.basewatch.contracts;

import org.apache.kafka.clients.consumer.ConsumerConfig;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * Static group membership: every consumer group member of a basewatch process carries a
 * {@code group.instance.id} that stays the same when the process restarts and differs between processes.
 * A process killed and started again then takes its old member's place in the group at once, with the old
 * assignment, instead of waiting out the session timeout of the member it left behind (45 s by default) and
 * then rebalancing twice.
 *
 * <p>The instance name is {@value #CONFIG} when set, otherwise the host name and a hash of the instance's
 * state folder ({@code <host>-<8 hex digits>}): stable across restarts on the same host and folder, and
 * different for two instances on one host (which need different state folders anyway) or on two hosts. A
 * member's {@code group.instance.id} is {@code <group id>-<instance name>}; Kafka Streams appends
 * {@code -<thread index>} for each stream thread ({@code basewatch-sink-myhost-1a2b3c4d-1}).
 *
 * <p>Static membership applies to the classic rebalance protocol (the default of the 4.x clients): Kafka
 * Streams rejects {@code group.instance.id} with {@code group.protocol=streams}, and under
 * {@code group.protocol=consumer} a new member cannot take an instance id its killed predecessor never
 * released, so no id is derived for either. An explicit {@code group.instance.id} in the client settings
 * wins; {@value #CONFIG}{@code =none} turns static membership off.
 */
public final class Membership {
    /** This process's instance name; see the class comment. */
    public static final String CONFIG = "basewatch.instance.id";
    /** {@value #CONFIG} that turns static membership off. */
    public static final String NONE = "none";
    /**
     * The session timeout of every member (the clients' default, made explicit): a restarted instance rejoins as its
     * old member within it, and a dead instance's partitions move to the others after it. A longer one makes
     * slow restarts cheaper and real failures slower to fail over.
     */
    public static final int SESSION_TIMEOUT_MS = 45_000;

    private static final String[] INSTANCE_ID_KEYS = {ConsumerConfig.GROUP_INSTANCE_ID_CONFIG,
            "consumer." + ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, "main.consumer." + ConsumerConfig.GROUP_INSTANCE_ID_CONFIG};
    /** What Kafka accepts in a group instance id (as in topic names), and its length limit. */
    private static final int MAX_LENGTH = 249;

    private Membership() {
    }

    /** The instance name: {@code setting} when given, else {@code <host>-<hash of the state folder>}. */
    public static String instance(String setting, String host, Path stateDir) {
        if (setting != null && !setting.isBlank()) {
            return legal(setting.trim());
        }
        String folder = stateDir.toAbsolutePath().normalize().toString();
        String hash;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(folder.getBytes(StandardCharsets.UTF_8));
            hash = HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        String h = legal(host == null || host.isBlank() ? "localhost" : host.trim().toLowerCase(Locale.ROOT));
        return (h.length() > 64 ? h.substring(0, 64) : h) + "-" + hash;
    }

    /**
     * The {@code group.instance.id} of this process's member of {@code group}, or null when static membership is off:
     * {@value #CONFIG}{@code =none}, or a rebalance protocol other than classic in {@code props}.
     */
    public static String groupInstanceId(String group, Properties props, Path stateDir) {
        String setting = props.getProperty(CONFIG);
        String protocol = props.getProperty(ConsumerConfig.GROUP_PROTOCOL_CONFIG, "classic").trim();
        if (NONE.equalsIgnoreCase(setting == null ? "" : setting.trim()) || !protocol.equalsIgnoreCase("classic")) {
            return null;
        }
        String id = group + "-" + instance(setting, hostName(), stateDir);
        // room for Streams' "-<thread index>"
        return id.length() > MAX_LENGTH - 8 ? id.substring(0, MAX_LENGTH - 8) : id;
    }

    /**
     * Sets {@code group.instance.id} in {@code props} for a member of {@code group} (a Streams application id, or a
     * consumer's group id) unless the settings already name one or static membership is off, and the session
     * timeout unless set. Returns {@code props}.
     */
    public static Properties apply(Properties props, String group, Path stateDir) {
        props.putIfAbsent(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, SESSION_TIMEOUT_MS);
        for (String key : INSTANCE_ID_KEYS) {
            if (props.get(key) != null) {
                return props;
            }
        }
        String id = groupInstanceId(group, props, stateDir);
        if (id != null) {
            props.put(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, id);
        }
        return props;
    }

    /**
     * {@link #apply} for a Kafka Streams application: its group is its {@code application.id}, and its state folder
     * {@code state.dir} (Streams' default when unset). Call after the user's settings are in {@code streamsProps}.
     */
    public static Properties applyToStreams(Properties streamsProps) {
        Object stateDir = streamsProps.get("state.dir");
        Path state = stateDir != null ? Path.of(stateDir.toString())
                : Path.of(System.getProperty("java.io.tmpdir"), "kafka-streams");
        return apply(streamsProps, String.valueOf(streamsProps.get("application.id")), state);
    }

    /** The host name: {@code HOSTNAME} (a container's name) when set, else the local host's name. */
    public static String hostName() {
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) {
            return env;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "localhost";
        }
    }

    /** Characters Kafka does not accept in an instance id ([a-zA-Z0-9._-] only) become '_'. */
    private static String legal(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> b.append(c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-') ? (char) c : '_'));
        return b.toString();
    }
}
