package org.basewatch.app;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.basewatch.broker.TestClusters;
import org.basewatch.contracts.TopicRetention;
import org.basewatch.contracts.TopicSetup;
import org.basewatch.contracts.Topics;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Topics keep what {@link TopicRetention} says on a real broker whose default is Kafka's 7 days (as in Compose): new
 * topics get it at creation, topics an earlier release created on the broker's default get it at the next start, and a
 * retention an operator set on a topic stays.
 */
class TopicRetentionIT {
    private static final String SEVEN_DAYS = String.valueOf(Duration.ofDays(7).toMillis());
    private static final String ONE_DAY = String.valueOf(Duration.ofDays(1).toMillis());

    @Test
    void shouldKeepTheRecordForEverDeadLettersAQuarterAndAnOperatorsOwnSetting() throws Exception {
        try (KafkaClusterTestKit cluster = TestClusters.startSingleNode();
             Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers()))) {
            // as an earlier release left them: claims on the broker's default, articles with an operator's own day
            admin.createTopics(List.of(
                    new NewTopic(Topics.CLAIMS, 1, (short) 1),
                    new NewTopic(Topics.ARTICLES, 1, (short) 1).configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, ONE_DAY)))).all().get();
            assertEquals(SEVEN_DAYS, retention(admin, Topics.CLAIMS), "the broker's default, as in Compose");

            Properties client = new Properties();
            client.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers());
            Set<String> created = TopicSetup.ensure(client, 1, (short) 1);

            assertEquals(Set.of(Topics.ARTICLES_DLQ, Topics.STORIES, Topics.BASE_STATUS, Topics.BASE_STATUS_CHANGES,
                    Topics.BASE_STATUS_PROGRESS, Topics.CLAIMS_DLQ), created);
            assertEquals(TopicRetention.FOREVER, retention(admin, Topics.CLAIMS), "an earlier release's topic is aligned");
            assertEquals(ONE_DAY, retention(admin, Topics.ARTICLES), "an operator's own retention stays");
            assertEquals(TopicRetention.FOREVER, retention(admin, Topics.STORIES));
            assertEquals(TopicRetention.FOREVER, retention(admin, Topics.BASE_STATUS_CHANGES));
            String quarter = String.valueOf(TopicRetention.DEAD_LETTERS.toMillis());
            assertEquals(quarter, retention(admin, Topics.ARTICLES_DLQ));
            assertEquals(quarter, retention(admin, Topics.CLAIMS_DLQ));
            assertEquals(TopicConfig.CLEANUP_POLICY_COMPACT, config(admin, Topics.BASE_STATUS).get(TopicConfig.CLEANUP_POLICY_CONFIG).value());
            assertEquals(TopicConfig.CLEANUP_POLICY_COMPACT, config(admin, Topics.BASE_STATUS_PROGRESS).get(TopicConfig.CLEANUP_POLICY_CONFIG).value());
        }
    }

    private static String retention(Admin admin, String topic) throws Exception {
        return config(admin, topic).get(TopicConfig.RETENTION_MS_CONFIG).value();
    }

    private static Config config(Admin admin, String topic) throws Exception {
        ConfigResource r = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        return admin.describeConfigs(List.of(r)).all().get().get(r);
    }
}
