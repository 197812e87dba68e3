package org.basewatch.app.dlq;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.basewatch.app.BrokerCheck;
import org.basewatch.app.KafkaOptions;
import org.basewatch.contracts.DeadLetters;
import org.basewatch.contracts.Settings;
import org.basewatch.contracts.Topics;
import org.basewatch.processor.validate.ArticleValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code basewatch dlq replay}: re-publishes to {@code articles} the dead letters that today's validation accepts, in
 * one transaction, each with a {@code basewatch.replay.of} header naming its dead letter. The replayed copies already
 * in {@code articles} say which were done, so a second replay, or one after a crash (its transaction aborted), never
 * publishes a dead letter twice. One replay at a time: the fixed transactional id fences a concurrent one.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Re-publish to articles the dead letters that today's validation accepts (never one twice), "
                + "with header " + DeadLetters.REPLAY_OF + "=articles-dlq/PARTITION/OFFSET.")
final class DlqReplayCommand implements Callable<Integer> {
    static final String TRANSACTIONAL_ID = "basewatch-dlq-replay";

    @Mixin
    KafkaOptions kafka;

    @Option(names = "--reason", paramLabel = "R", description = "Only dead letters of this reason (e.g. unsupported-language).")
    String reason;

    @Option(names = "--dry-run", description = "Say what would be replayed without publishing.")
    boolean dryRun;

    @Override
    public Integer call() {
        Properties client = Settings.kafkaClient(kafka.settings());
        BrokerCheck.reachable(client);
        List<ConsumerRecord<String, byte[]>> records = CommittedTopic.read(client, Topics.ARTICLES_DLQ);
        ArticleValidator validator = new ArticleValidator();
        ReplayPlan plan = ReplayPlan.of(records.stream().map(DeadLetterRecords::of).toList(), Topics.ARTICLES_DLQ, reason,
                replayedBefore(client), d -> validator.validate(d.value(), Instant.ofEpochMilli(d.timestamp())).isValid());
        if (!dryRun && !plan.replay().isEmpty()) {
            publish(client, records, plan);
        }
        System.out.println((dryRun ? "dry run: would have " : "") + plan.summary());
        return 0;
    }

    /** The dead letters whose replayed copies are already in {@code articles}. */
    private static Set<String> replayedBefore(Properties client) {
        Set<String> done = new HashSet<>();
        for (ConsumerRecord<String, byte[]> r : CommittedTopic.read(client, Topics.ARTICLES)) {
            String of = DeadLetterRecords.header(r, DeadLetters.REPLAY_OF);
            if (of != null) {
                done.add(of);
            }
        }
        return done;
    }

    private static void publish(Properties client, List<ConsumerRecord<String, byte[]>> records, ReplayPlan plan) {
        Properties p = new Properties();
        p.putAll(client);
        p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, TRANSACTIONAL_ID);
        Set<String> chosen = new HashSet<>();
        plan.replay().forEach(d -> chosen.add(d.coordinates(Topics.ARTICLES_DLQ)));
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            for (ConsumerRecord<String, byte[]> r : records) {
                String coordinates = Topics.ARTICLES_DLQ + "/" + r.partition() + "/" + r.offset();
                if (chosen.contains(coordinates)) {
                    producer.send(replayOf(r, coordinates));
                }
            }
            producer.commitTransaction();
        }
    }

    /** The original record again: its key, value, timestamp and own headers, without the rejection's. */
    private static ProducerRecord<String, byte[]> replayOf(ConsumerRecord<String, byte[]> r, String coordinates) {
        ProducerRecord<String, byte[]> out = new ProducerRecord<>(Topics.ARTICLES, null, r.timestamp(), r.key(), r.value());
        for (Header h : r.headers()) {
            if (!h.key().startsWith(DeadLetters.ERROR_PREFIX)) {
                out.headers().add(h);
            }
        }
        out.headers().add(DeadLetters.REPLAY_OF, coordinates.getBytes(StandardCharsets.UTF_8));
        return out;
    }
}
