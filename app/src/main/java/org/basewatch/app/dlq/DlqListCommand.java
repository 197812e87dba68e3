package org.basewatch.app.dlq;

import org.basewatch.app.BrokerCheck;
import org.basewatch.app.KafkaOptions;
import org.basewatch.contracts.Settings;
import org.basewatch.contracts.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;

/** {@code basewatch dlq list}: every dead letter counted by reason, with examples. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Count the records of articles-dlq by reason, with the first few of each (partition/offset key: detail).")
final class DlqListCommand implements Callable<Integer> {
    @Mixin
    KafkaOptions kafka;

    @Override
    public Integer call() {
        Properties client = Settings.kafkaClient(kafka.settings());
        BrokerCheck.reachable(client);
        List<DeadLetter> letters = CommittedTopic.read(client, Topics.ARTICLES_DLQ).stream()
                .map(DeadLetterRecords::of).toList();
        System.out.print(DeadLetterSummary.format(DeadLetterSummary.byReason(letters)));
        return 0;
    }
}
