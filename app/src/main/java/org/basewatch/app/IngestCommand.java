package org.basewatch.app;

import org.basewatch.contracts.Settings;
import org.basewatch.contracts.TopicSetup;
import org.basewatch.ingest.publish.ArticlePublisher;
import org.basewatch.ingest.read.ArticleSources;
import org.basewatch.ingest.publish.DryRun;
import org.basewatch.ingest.follow.FeedFollower;
import org.basewatch.ingest.follow.FolderWatcher;
import org.basewatch.ingest.publish.IngestSummary;
import org.basewatch.ingest.follow.Poll;
import org.basewatch.ingest.follow.PollLoop;
import org.basewatch.ingest.publish.Progress;
import org.basewatch.ingest.publish.ProgressReporter;
import org.basewatch.ingest.publish.Publish;
import org.basewatch.ingest.read.ReadOptions;
import org.basewatch.ingest.read.ReadResult;
import org.basewatch.ingest.follow.SeenItems;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Publishes articles from files, folders, JSONL, HTML pages, URLs, feeds or stdin to {@code articles};
 * with {@code --follow} and {@code --watch} it keeps polling feeds and folders until Ctrl-C.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Publish articles to the articles topic: JSONL, text (optional front matter), HTML files, http(s) URLs, RSS/Atom feeds, folders (recursive), or - for stdin.",
                "--follow re-reads URLs and files every --interval and publishes only items not published before (remembered in --state-file across restarts); "
                        + "--watch re-scans folders every --interval and publishes new or modified files. Both run until Ctrl-C.",
                "Exit code: 0 when nothing was rejected, 2 when some input was rejected (each rejection is printed with its reason), 1 on an error that stops the run."})
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

    @Option(names = "--follow", description = "Keep polling the URL and file inputs (feeds) and publish only new items.")
    boolean follow;

    @Option(names = "--watch", description = "Keep polling the folder inputs and publish new or modified files.")
    boolean watch;

    @Option(names = "--interval", defaultValue = "PT5M", paramLabel = "DURATION",
            description = "Time between polls with --follow/--watch: ISO-8601 (PT30S, PT5M) or seconds (default: ${DEFAULT-VALUE}).")
    String interval;

    @Option(names = "--state-file", defaultValue = "data/ingest-seen.json", paramLabel = "FILE",
            description = "Where --follow remembers the items already published; not written by --dry-run (default: ${DEFAULT-VALUE}).")
    Path stateFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ReadOptions opts = ReadOptions.defaults().withAllowPrivate(allowPrivate).withSource(source);
        Duration every = pollInterval();
        if (dryRun) {
            PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
            return run(opts, every, (results, progress) -> DryRun.print(results, out, progress));
        }
        Properties settings = kafka.settings();
        BrokerCheck.reachable(Settings.kafkaClient(settings), BrokerCheck.WAIT);
        TopicSetup.ensure(Settings.kafkaClient(settings), KafkaOptions.partitions(settings), KafkaOptions.replication(settings));
        try (ArticlePublisher publisher = new ArticlePublisher(Settings.kafkaClient(settings))) {
            return run(opts, every, publisher::publish);
        }
    }

    private Duration pollInterval() {
        try {
            return PollLoop.parseInterval(interval);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--interval: " + e.getMessage());
        }
    }

    private int run(ReadOptions opts, Duration every,
                    BiFunction<Stream<ReadResult>, Consumer<Progress>, IngestSummary> sink) throws IOException {
        Publish publish = results -> {
            ProgressReporter progress = ProgressReporter.forConsole(System.err);
            // a poll that found nothing new stays silent, so a follower's log shows only what happened
            IngestSummary summary = sink.apply(results, p -> {
                if (p.read() > 0) {
                    progress.accept(p);
                }
            });
            report(progress, summary);
            return summary;
        };
        if (!follow && !watch) {
            return exitCode(publish.apply(inputs.stream().flatMap(in -> ArticleSources.read(in, opts))));
        }
        List<Poll> polls = polls(opts);
        PollLoop loop = new PollLoop(every);
        Shutdown shutdown = new Shutdown();
        Thread stopper = new Thread(() -> {
            try {
                shutdown.await();
                loop.stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "ingest-stopper");
        stopper.setDaemon(true);
        stopper.start();
        long[] rejected = {0};
        try {
            System.err.println("ingest: polling every " + every + "; Ctrl-C to stop");
            loop.run(() -> polls.forEach(poll -> {
                try {
                    rejected[0] += poll.poll(publish).rejected();
                } catch (RuntimeException e) {
                    // a broker or network outage must not end a follower meant to run for days; items not
                    // remembered as published are offered again at the next poll
                    rejected[0]++;
                    System.err.println("ingest: poll failed, trying again in " + every + ": " + e.getMessage());
                }
            }));
            // an interrupt is this command's stop signal, as Ctrl-C is; cleared so the producer still closes cleanly
            Thread.interrupted();
        } finally {
            stopper.interrupt();
            shutdown.done();
        }
        return rejected[0] > 0 ? 2 : 0;
    }

    /** One poll per kind of input: followed feeds together, each watched folder, and the rest read once. */
    private List<Poll> polls(ReadOptions opts) throws IOException {
        List<String> followed = new ArrayList<>();
        List<String> once = new ArrayList<>();
        List<Poll> polls = new ArrayList<>();
        for (String in : inputs) {
            boolean folder = !in.equals("-") && !in.matches("(?i)^https?://.*") && Files.isDirectory(Path.of(in));
            if (watch && folder) {
                polls.add(new FolderWatcher(Path.of(in), opts)::poll);
            } else if (follow && !folder && !in.equals("-")) {
                followed.add(in);
            } else {
                once.add(in);
            }
        }
        if (!followed.isEmpty()) {
            polls.add(0, new FeedFollower(followed, opts, dryRun ? SeenItems.inMemory() : SeenItems.load(stateFile))::poll);
        }
        if (!once.isEmpty()) {
            boolean[] done = {false};
            polls.add(0, publish -> {
                if (done[0]) {
                    return new IngestSummary(0, 0, 0, List.of());
                }
                done[0] = true;
                return publish.apply(once.stream().flatMap(in -> ArticleSources.read(in, opts)));
            });
        }
        return polls;
    }

    private void report(ProgressReporter progress, IngestSummary summary) {
        boolean quiet = (follow || watch) && summary.published() + summary.skippedDuplicateKeys() + summary.rejected() == 0;
        if (!quiet) {
            progress.finish(summary);
        }
        summary.rejections().forEach(r -> System.err.println("rejected: " + r));
    }

    private static int exitCode(IngestSummary summary) {
        return summary.rejected() > 0 ? 2 : 0;
    }
}
