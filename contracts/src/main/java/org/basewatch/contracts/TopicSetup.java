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
import java.util.concurrent.ExecutionException;

/** Creates basewatch's topics when missing, each with its cleanup policy. */
public final class TopicSetup {
    private TopicSetup() {
    }

    public static List<NewTopic> topics(int partitions, short replication) {
        Map<String, String> compact = Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
        Map<String, String> delete = Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE);
        List<NewTopic> out = new ArrayList<>();
        out.add(new NewTopic(Topics.ARTICLES, partitions, replication).configs(Map.of(
                TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE,
                TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(64 * 1024 * 1024))));
        out.add(new NewTopic(Topics.ARTICLES_DLQ, partitions, replication).configs(Map.of(
                TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE,
                TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(64 * 1024 * 1024))));
        out.add(new NewTopic(Topics.STORIES, partitions, replication).configs(delete));
        out.add(new NewTopic(Topics.CLAIMS, partitions, replication).configs(delete));
        out.add(new NewTopic(Topics.BASE_STATUS, partitions, replication).configs(compact));
        out.add(new NewTopic(Topics.BASE_STATUS_CHANGES, partitions, replication).configs(delete));
        out.add(new NewTopic(Topics.CLAIMS_DLQ, partitions, replication).configs(delete));
        return out;
    }

    /** Creates the missing topics and returns the names it created. */
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
            return Set.copyOf(missing.stream().map(NewTopic::name).toList());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot list topics: " + e.getCause().getMessage(), e.getCause());
        }
    }
}
