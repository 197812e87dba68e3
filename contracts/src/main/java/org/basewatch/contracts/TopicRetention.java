package org.basewatch.contracts;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * How long each topic keeps its records ({@code docs/operations.md}, Retention and backup). The topics the table is
 * rebuilt from are the record of what was read and decided, so they are kept for ever, whatever the broker's default
 * (Kafka's is 7 days); {@code base-status} is compacted instead (the latest row per place); dead letters are kept
 * long enough to be looked at and replayed after a fix.
 */
public final class TopicRetention {
    /** Kafka's "no time limit". */
    public static final String FOREVER = "-1";
    /** A quarter: time to notice a rise in dead letters, fix the reader and replay them. */
    public static final Duration DEAD_LETTERS = Duration.ofDays(90);
    private static final Logger LOG = LoggerFactory.getLogger(TopicRetention.class);
    private static final Map<String, String> RETENTION_MS = Map.of(
            Topics.ARTICLES, FOREVER,
            Topics.STORIES, FOREVER,
            Topics.CLAIMS, FOREVER,
            Topics.BASE_STATUS_CHANGES, FOREVER,
            Topics.ARTICLES_DLQ, String.valueOf(DEAD_LETTERS.toMillis()),
            Topics.CLAIMS_DLQ, String.valueOf(DEAD_LETTERS.toMillis()));

    private TopicRetention() {
    }

    /** The {@code retention.ms} basewatch gives the topic, or none for a compacted topic, which keeps its latest records by key. */
    public static Map<String, String> of(String topic) {
        String ms = RETENTION_MS.get(topic);
        return ms == null ? Map.of() : Map.of(TopicConfig.RETENTION_MS_CONFIG, ms);
    }

    /**
     * Gives existing {@code topics} basewatch's retention where the topic has none of its own (it runs on the broker's
     * default, as topics created by earlier releases do), and leaves alone a retention set on the topic by an operator.
     * Returns the topics it changed; one it may not change (no permission) is logged and left as it is.
     */
    static List<String> alignUnset(Admin admin, Collection<String> topics) throws InterruptedException {
        List<String> changed = new ArrayList<>();
        for (String topic : topics) {
            Map<String, String> wanted = of(topic);
            if (wanted.isEmpty()) {
                continue;
            }
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            try {
                Config config = admin.describeConfigs(List.of(resource)).all().get().get(resource);
                ConfigEntry current = config.get(TopicConfig.RETENTION_MS_CONFIG);
                if (current != null && current.source() == ConfigEntry.ConfigSource.DYNAMIC_TOPIC_CONFIG) {
                    continue;
                }
                List<AlterConfigOp> ops = wanted.entrySet().stream()
                        .map(e -> new AlterConfigOp(new ConfigEntry(e.getKey(), e.getValue()), AlterConfigOp.OpType.SET)).toList();
                admin.incrementalAlterConfigs(Map.of(resource, ops)).all().get();
                LOG.atInfo().addKeyValue("topic", topic).addKeyValue("retention.ms", wanted.get(TopicConfig.RETENTION_MS_CONFIG))
                        .log("topic {} ran on the broker's default retention ({}); set basewatch's", topic,
                                current == null ? "?" : current.value());
                changed.add(topic);
            } catch (ExecutionException e) {
                LOG.atWarn().addKeyValue("topic", topic)
                        .log("cannot read or set the retention of {}: {}; set retention.ms={} on it by hand (docs/operations.md)",
                                topic, e.getCause().getMessage(), wanted.get(TopicConfig.RETENTION_MS_CONFIG));
            }
        }
        return changed;
    }
}
