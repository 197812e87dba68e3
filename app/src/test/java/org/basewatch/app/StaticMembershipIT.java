package org.basewatch.app;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.basewatch.broker.TestClusters;
import org.basewatch.contracts.Article;
import org.basewatch.contracts.Membership;
import org.basewatch.contracts.Settings;
import org.basewatch.contracts.TopicSetup;
import org.basewatch.contracts.Topics;
import org.basewatch.processor.ProcessorTopology;
import org.basewatch.sink.StatusTopology;
import org.basewatch.sink.TableWriter;
import org.basewatch.sink.db.StatusTableStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Static membership and the extraction repartition on a real broker: a sink killed with SIGKILL and started again
 * on its folder takes its old members' places under the same {@code group.instance.id} (the killed members are gone
 * the moment the new ones are in, instead of lingering until their session times out), and the processor's
 * {@code stories-for-extraction} gets as many partitions as {@code articles} (an existing one keeps its own).
 */
class StaticMembershipIT {
    private static final String STREAMS_GROUP = StatusTopology.APPLICATION_ID;

    @Test
    void shouldRejoinAsTheSameStaticMembersWhenAKilledSinkRestarts(@TempDir(cleanup = CleanupMode.ON_SUCCESS) Path dir) throws Exception {
        try (KafkaClusterTestKit cluster = TestClusters.startSingleNode();
             Admin admin = Admin.create(Map.of("bootstrap.servers", cluster.bootstrapServers()))) {
            Path data = dir.resolve("sink");
            // the writer's group is named after its database: name the database the sink will open first
            String writerGroup;
            try (StatusTableStore db = StatusTableStore.open("jdbc:sqlite:" + data.resolve("basewatch.db").toAbsolutePath(), null, null)) {
                writerGroup = TableWriter.groupFor(db);
            }
            String[] args = {"sink", "--bootstrap-servers", cluster.bootstrapServers(), "--data-dir", data.toString(),
                    "--http-port", "-1", "--metrics-port", "-1"};
            // as documented: <group>-<host>-<hash of the state folder>, Streams adding the thread index
            String instance = Membership.instance(null, Membership.hostName(), data.resolve("state").resolve("sink"));
            String streamsMember = STREAMS_GROUP + "-" + instance + "-1";
            String writerMember = writerGroup + "-" + instance;

            ChildJvm first = ChildJvm.start("sink-1", dir.resolve("sink-1.log"), args);
            ChildJvm second = null;
            try {
                Map<String, MemberDescription> before = awaitMembers(admin, writerGroup, Map.of(), first);
                assertEquals(Optional.of(streamsMember), before.get(STREAMS_GROUP).groupInstanceId(), before.toString());
                assertEquals(Optional.of(writerMember), before.get(writerGroup).groupInstanceId(), before.toString());

                assertEquals(ChildJvm.SIGKILL_EXIT, first.kill(), "the sink ended by SIGKILL");
                second = ChildJvm.start("sink-2", dir.resolve("sink-2.log"), args);
                // the restarted sink's members, as soon as each group shows one that is not the killed one
                Map<String, MemberDescription> after = awaitMembers(admin, writerGroup, before, second);
                assertEquals(Optional.of(streamsMember), after.get(STREAMS_GROUP).groupInstanceId(), after.toString());
                assertEquals(Optional.of(writerMember), after.get(writerGroup).groupInstanceId(), after.toString());
                second.stop();
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError(e.getMessage() + "\n" + first.tail(40) + (second == null ? "" : "\n" + second.tail(40)), e);
            } finally {
                for (ChildJvm c : second == null ? List.of(first) : List.of(first, second)) {
                    if (c.isAlive()) {
                        c.kill();
                    }
                }
            }
        }
    }

    /**
     * Waits until each group has a member whose member id is not {@code killed}'s, then checks it is the group's only
     * member: a static member takes the killed one's place, where a dynamic one would sit next to it until the
     * killed member's session expired.
     */
    private static Map<String, MemberDescription> awaitMembers(Admin admin, String writerGroup, Map<String, MemberDescription> killed, ChildJvm sink) {
        return await("the sink's members in " + STREAMS_GROUP + " and " + writerGroup).atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(100)).ignoreExceptionsMatching(e -> !(e instanceof AssertionError))
                .until(() -> {
                    assertTrue(sink.isAlive(), sink + " exited on its own");
                    Map<String, ConsumerGroupDescription> groups = admin.describeConsumerGroups(List.of(STREAMS_GROUP, writerGroup)).all().get();
                    Map<String, MemberDescription> fresh = new java.util.HashMap<>();
                    for (String group : List.of(STREAMS_GROUP, writerGroup)) {
                        MemberDescription old = killed.get(group);
                        List<MemberDescription> members = List.copyOf(groups.get(group).members());
                        List<MemberDescription> newOnes = members.stream()
                                .filter(m -> old == null || !m.consumerId().equals(old.consumerId())).toList();
                        if (newOnes.isEmpty()) {
                            return null;
                        }
                        assertEquals(1, members.size(), group + ": the killed member is still there next to its successor: "
                                + members.stream().map(m -> m.consumerId() + " " + m.groupInstanceId()).collect(Collectors.joining(", ")));
                        fresh.put(group, newOnes.get(0));
                    }
                    return fresh;
                }, m -> m != null);
    }

    @Test
    void shouldGiveExtractionAsManyPartitionsAsArticlesAndKeepAnExistingLayout(@TempDir Path dir) throws Exception {
        try (KafkaClusterTestKit cluster = TestClusters.startSingleNode()) {
            Properties settings = Settings.defaults();
            settings.setProperty(Settings.BOOTSTRAP, cluster.bootstrapServers());
            Properties client = Settings.kafkaClient(settings);
            try (Admin admin = Admin.create(client)) {
                // articles with other partitions than the setting the other topics are created with
                admin.createTopics(List.of(new NewTopic(Topics.ARTICLES, 2, (short) 1))).all().get();
                TopicSetup.ensure(client, 3, (short) 1);
                try (Pipeline pipeline = new Pipeline().startProcessor(settings, dir.resolve("processor"))) {
                    String extraction = ProcessorTopology.APPLICATION_ID + "-stories-for-extraction-repartition";
                    String dedup = ProcessorTopology.APPLICATION_ID + "-articles-for-dedup-repartition";
                    Map<String, Integer> partitions = await("the processor's repartition topics").atMost(Duration.ofMinutes(2))
                            .pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                            .until(() -> admin.describeTopics(List.of(extraction, dedup)).allTopicNames().get().entrySet().stream()
                                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().partitions().size())), m -> m.size() == 2);
                    assertEquals(2, partitions.get(extraction), "extraction follows articles");
                    assertEquals(1, partitions.get(dedup), "dedup stays on one partition");
                    assertFalse(pipeline.failure() != null, String.valueOf(pipeline.failure()));
                }

                // a deployment from before (its extraction topic at dedup's one partition) keeps its layout and runs
                Properties old = (Properties) settings.clone();
                old.setProperty("application.id", "it-old-layout");
                String oldExtraction = "it-old-layout-" + ProcessorTopology.EXTRACTION_REPARTITION + "-repartition";
                admin.createTopics(List.of(new NewTopic(oldExtraction, 1, (short) 1))).all().get();
                List<Article> articles = VariedArticles.generate(5, 3L);
                try (Pipeline pipeline = new Pipeline().startProcessor(old, dir.resolve("old-processor"))) {
                    ArticleFeed.publish(client, articles, System.currentTimeMillis());
                    await("the old layout's processor marks every article").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
                            .until(() -> pipeline.failure() != null
                                    || CommittedRecords.read(cluster.bootstrapServers(), Topics.STORIES).size() >= articles.size());
                    assertFalse(pipeline.failure() != null, String.valueOf(pipeline.failure()));
                    assertEquals(1, admin.describeTopics(List.of(oldExtraction)).allTopicNames().get().get(oldExtraction).partitions().size());
                }
            }
        }
    }
}
