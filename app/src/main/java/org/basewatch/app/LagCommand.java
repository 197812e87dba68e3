package org.basewatch.app;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.basewatch.contracts.Settings;
import org.basewatch.contracts.Topics;
import org.basewatch.sink.db.Position;
import org.basewatch.sink.db.StatusTableStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code basewatch lag}: how far every consumer group and the database's table writer are behind their topics. */
@Command(name = "lag", mixinStandardHelpOptions = true,
        description = {"Print committed vs end offsets and the lag of every consumer group per topic, and of the "
                + "database's table writer (its position is kept in the database).",
                "Ends are read_committed (the last stable offset), so a reader that has read everything committed shows 0."})
final class LagCommand implements Callable<Integer> {
    static final List<String> WRITER_TOPICS = List.of(Topics.CLAIMS, Topics.BASE_STATUS, Topics.BASE_STATUS_CHANGES);

    @Mixin
    KafkaOptions kafka;

    @Option(names = "--data-dir", description = "Folder of the sink's SQLite database (default: ./data).")
    Path dataDir;

    @Option(names = "--jdbc-url", description = "The sink's database, when not SQLite in --data-dir.")
    String jdbcUrl;

    @Override
    public Integer call() throws Exception {
        Properties settings = kafka.settings();
        BrokerCheck.reachable(Settings.kafkaClient(settings));
        Path data = dataDir != null ? dataDir : Path.of(settings.getProperty(Settings.DATA_DIR));
        String url = Databases.url(jdbcUrl, settings, data);
        List<LagTable.PartitionLag> partitions = new ArrayList<>();
        try (Admin admin = Admin.create(Settings.kafkaClient(settings))) {
            Map<String, Map<TopicPartition, OffsetAndMetadata>> groups = new HashMap<>();
            Set<String> topics = new HashSet<>(WRITER_TOPICS);
            for (GroupListing group : admin.listGroups(ListGroupsOptions.forConsumerGroups()).all().get()) {
                Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group.groupId())
                        .partitionsToOffsetAndMetadata().get();
                groups.put(group.groupId(), offsets);
                offsets.keySet().forEach(tp -> topics.add(tp.topic()));
            }
            Map<TopicPartition, Long> ends = EndOffsets.of(admin, existing(admin, topics));
            groups.forEach((group, offsets) -> offsets.forEach((tp, at) -> partitions.add(
                    new LagTable.PartitionLag(group, tp.topic(), tp.partition(), at == null ? null : at.offset(), ends.getOrDefault(tp, 0L)))));
            if (databaseExists(url)) {
                partitions.addAll(writerLag(url, ends));
            } else {
                System.out.println("no database at " + url + " (give --data-dir or --jdbc-url)");
            }
        }
        System.out.print(LagTable.format(LagTable.lines(partitions)));
        return 0;
    }

    /** The table writer's positions from the database against the ends of every partition of its topics. */
    static List<LagTable.PartitionLag> writerLag(String url, Map<TopicPartition, Long> ends) {
        Map<TopicPartition, Long> stored = new HashMap<>();
        try (StatusTableStore store = StatusTableStore.open(url, null, null)) {
            for (Position p : store.positions()) {
                stored.put(new TopicPartition(p.topic(), p.partition()), p.nextOffset());
            }
        }
        String reader = "table-writer@" + withoutParameters(url);
        List<LagTable.PartitionLag> out = new ArrayList<>();
        ends.forEach((tp, end) -> {
            if (WRITER_TOPICS.contains(tp.topic())) {
                out.add(new LagTable.PartitionLag(reader, tp.topic(), tp.partition(), stored.get(tp), end));
            }
        });
        return out;
    }

    private static Set<String> existing(Admin admin, Set<String> topics) throws Exception {
        Set<String> names = admin.listTopics().names().get();
        Set<String> out = new HashSet<>(topics);
        out.retainAll(names);
        return out;
    }

    /** Never creates a SQLite file just to say it is empty. */
    private static boolean databaseExists(String url) {
        String sqlite = "jdbc:sqlite:";
        return !url.startsWith(sqlite) || Files.exists(Path.of(withoutParameters(url.substring(sqlite.length()))));
    }

    private static String withoutParameters(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }
}
