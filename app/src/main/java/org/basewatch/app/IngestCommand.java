package org.basewatch.app;

import org.basewatch.contracts.Settings;
import org.basewatch.contracts.TopicSetup;
import org.basewatch.ingest.ArticlePublisher;
import org.basewatch.ingest.ArticleSources;
import org.basewatch.ingest.DryRun;
import org.basewatch.ingest.IngestSummary;
import org.basewatch.ingest.ProgressReporter;
import org.basewatch.ingest.ReadOptions;
import org.basewatch.ingest.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** Publishes articles from files, folders, JSONL, HTML pages, URLs, feeds or stdin to {@code articles}. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Publish articles to the articles topic: JSONL, text (optional front matter), HTML files, http(s) URLs, RSS/Atom feeds, folders (recursive), or - for stdin.",
                "Exit code: 0 when everything was published, 2 when some input was rejected (each rejection is printed with its reason)."})
final class IngestCommand implements Callable<Integer> {
    @Mixin
    KafkaOptions kafka;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files, folders, URLs, or - for stdin.")
    List<String> inputs;

    @Option(names = "--dry-run", description = "Print the article JSON lines that would be published instead of publishing.")
    boolean dryRun;

    @Option(names = "--source", description = "Outlet name for articles that carry none.")
    String source;

    @Option(names = "--allow-private", description = "Allow fetching from loopback and private network addresses.")
    boolean allowPrivate;

    @Override
    public Integer call() {
        ReadOptions opts = ReadOptions.defaults().withAllowPrivate(allowPrivate).withSource(source);
        Stream<ReadResult> results = inputs.stream().flatMap(in -> ArticleSources.read(in, opts));
        ProgressReporter progress = ProgressReporter.forConsole(System.err);
        IngestSummary summary;
        if (dryRun) {
            PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
            summary = DryRun.print(results, out, progress);
        } else {
            Properties settings = kafka.settings();
            TopicSetup.ensure(Settings.kafkaClient(settings), KafkaOptions.partitions(settings), KafkaOptions.replication(settings));
            try (ArticlePublisher publisher = new ArticlePublisher(Settings.kafkaClient(settings))) {
                summary = publisher.publish(results, progress);
            }
        }
        progress.finish(summary);
        return summary.rejected() > 0 ? 2 : 0;
    }
}
