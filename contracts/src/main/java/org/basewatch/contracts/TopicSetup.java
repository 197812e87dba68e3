package org.basewatch.contracts;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;

/** Creates basewatch's topics when missing, each with its cleanup policy and retention ({@link TopicRetention}). */
public final class TopicSetup {
    /** Articles up to this size are accepted on {@code articles} (and kept whole in its dead letters' topic). */
    private static final int LARGEST_ARTICLE = 64 * 1024 * 1024;

    private TopicSetup() {
    }

    public static List<NewTopic> topics(int partitions, short replication) {
        List<NewTopic> out = new ArrayList<>();
        out.add(topic(Topics.ARTICLES, partitions, replication, TopicConfig.CLEANUP_POLICY_DELETE, LARGEST_ARTICLE));
        out.add(topic(Topics.ARTICLES_DLQ, partitions, replication, TopicConfig.CLEANUP_POLICY_DELETE, LARGEST_ARTICLE));
        out.add(topic(Topics.STORIES, partitions, replication, TopicConfig.CLEANUP_POLICY_DELETE, null));
        out.add(topic(Topics.CLAIMS, partitions, replication, TopicConfig.CLEANUP_POLICY_DELETE, null));
        out.add(topic(Topics.BASE_STATUS, partitions, replication, TopicConfig.CLEANUP_POLICY_COMPACT, null));
        out.add(topic(Topics.BASE_STATUS_CHANGES, partitions, replication, TopicConfig.CLEANUP_POLICY_DELETE, null));
        out.add(topic(Topics.BASE_STATUS_PROGRESS, partitions, replication, TopicConfig.CLEANUP_POLICY_COMPACT, null));
        out.add(topic(Topics.CLAIMS_DLQ, partitions, replication, TopicConfig.CLEANUP_POLICY_DELETE, null));
        return out;
    }

    private static NewTopic topic(String name, int partitions, short replication, String cleanup, Integer maxMessageBytes) {
        Map<String, String> configs = new TreeMap<>(TopicRetention.of(name));
        configs.put(TopicConfig.CLEANUP_POLICY_CONFIG, cleanup);
        if (maxMessageBytes != null) {
            configs.put(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(maxMessageBytes));
        }
        return new NewTopic(name, partitions, replication).configs(configs);
    }

    /**
     * Creates the missing topics and returns the names it created; gives the existing ones basewatch's retention where
     * they have none of their own ({@link TopicRetention#alignUnset}).
     */
    public static Set<String> ensure(Properties clientProps, int partitions, short replication) {
        try (Admin admin = Admin.create(clientProps)) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = topics(partitions, replication).stream()
                    .filter(t -> !existing.contains(t.name())).toList();
            for (NewTopic t : missing) {
                try {
                    admin.createTopics(List.of(t)).all().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create topic " + t.name() + ": " + e.getCause().getMessage(), e.getCause());
                    }
                }
            }
            Set<String> created = Set.copyOf(missing.stream().map(NewTopic::name).toList());
            TopicRetention.alignUnset(admin, topics(partitions, replication).stream().map(NewTopic::name)
                    .filter(existing::contains).toList());
            return created;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot list topics: " + e.getCause().getMessage(), e.getCause());
        }
    }
}
