package org.basewatch.app;

import org.basewatch.broker.TestClusters;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.basewatch.contracts.Article;
import org.basewatch.contracts.DeadLetters;
import org.basewatch.contracts.Json;
import org.basewatch.contracts.PlaceStatus;
import org.basewatch.contracts.Settings;
import org.basewatch.contracts.StatusChange;
import org.basewatch.contracts.StoryMark;
import org.basewatch.contracts.TopicSetup;
import org.basewatch.contracts.Topics;
import org.basewatch.sink.db.StatusTableStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The processor and the sink, each in a JVM of its own, killed with SIGKILL mid-stream and restarted
 * on the same folders, must end with exactly what an uninterrupted run produces: the same table, the
 * same status changes and one story mark per article, nothing lost and nothing twice.
 */
class CrashIT {
    private static final int ARTICLES = 2000;
    private static final long SEED = 20_260_115L;
    // one stamp for every article of both runs; a stamp older than the topics' retention (7 days) would have the
    // broker delete the records it produced
    private static final long TIMESTAMP = Instant.now().toEpochMilli();
    private static final Duration STEP = Duration.ofMinutes(3);

    /** What a run left behind, in the form two runs can be compared in. */
    record Outcome(List<PlaceStatus> table, Map<String, List<String>> changesByPlace,
                   Map<String, List<StoryMark>> marksByArticle, Map<String, String> deadLetters, long routedClaims) {
    }

    @Test
    // the child JVMs' logs stay in the temporary folder when the test fails
    void shouldEndWithTheUninterruptedResultWhenProcessorAndSinkAreKilledMidStream(@TempDir(cleanup = CleanupMode.ON_SUCCESS) Path dir)
            throws Exception {
        List<Article> articles = VariedArticles.generate(ARTICLES, SEED);
        long started = System.nanoTime();
        Outcome reference;
        try (KafkaClusterTestKit cluster = TestClusters.startSingleNode()) {
            reference = referenceRun(cluster.bootstrapServers(), articles, dir.resolve("reference"));
        }
        long referenceDone = System.nanoTime();
        assertTrue(reference.routedClaims() > 0 && !reference.table().isEmpty(), "the articles must reach the status table");
        Outcome crashed;
        try (KafkaClusterTestKit cluster = TestClusters.startSingleNode()) {
            crashed = crashRun(cluster.bootstrapServers(), articles, reference, dir.resolve("crash"));
        }
        System.out.printf("CrashIT: reference run %d s, crash run %d s; %d story marks, %d claims routed to places, %d places, %d changes%n",
                Duration.ofNanos(referenceDone - started).toSeconds(), Duration.ofNanos(System.nanoTime() - referenceDone).toSeconds(),
                reference.marksByArticle().size(), reference.routedClaims(), reference.table().size(),
                reference.changesByPlace().values().stream().mapToInt(List::size).sum());

        Set<String> ids = articles.stream().map(Article::id).collect(Collectors.toSet());
        assertOneMarkPerArticle(ids, reference, "reference run");
        assertOneMarkPerArticle(ids, crashed, "crash run");
        assertEquals(reference.marksByArticle(), crashed.marksByArticle(), "the same story for every article");
        // a place whose current status goes back to one it had announces that change again (issue 15), never twice in a row
        crashed.changesByPlace().forEach((place, changes) -> {
            for (int i = 1; i < changes.size(); i++) {
                assertNotEquals(changes.get(i - 1), changes.get(i), "a status change of " + place + " published twice: " + changes);
            }
        });
        assertEquals(reference.changesByPlace(), crashed.changesByPlace(), "the same status changes, in the same order");
        assertEquals(reference.routedClaims(), crashed.routedClaims(), "the same claims routed to places");
        // a row's version counts the claims routed to its place, so a claim decided twice would show here too
        assertEquals(reference.table(), crashed.table(), "the same table in the database");
    }

    private static void assertOneMarkPerArticle(Set<String> ids, Outcome run, String which) {
        assertEquals(Map.of(), run.deadLetters(), which + ": dead-lettered articles");
        Set<String> missing = new TreeSet<>(ids);
        missing.removeAll(run.marksByArticle().keySet());
        Map<String, List<StoryMark>> twice = run.marksByArticle().entrySet().stream().filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertEquals(Set.of(), missing, which + ": articles without a story mark (those marked more than once: " + twice + ")");
        run.marksByArticle().forEach((id, marks) -> assertEquals(1, marks.size(), which + ": story marks of " + id + ": " + marks));
    }

    private static Outcome referenceRun(String bootstrap, List<Article> articles, Path dir) throws Exception {
        Properties settings = settings(bootstrap);
        Properties client = Settings.kafkaClient(settings);
        createTopics(client);
        try (RunCounter counter = new RunCounter(client);
             Pipeline pipeline = new Pipeline()
                     .startProcessor(settings, dir.resolve("processor"))
                     .startSink(settings, dir.resolve("sink"), "jdbc:sqlite:" + dir.resolve("basewatch.db"))) {
            ArticleFeed.publish(client, articles, TIMESTAMP);
            assertTrue(counter.awaitIdle(articles.size(), pipeline.writer(), Duration.ofMinutes(3), () -> pipeline.failure() != null),
                    "the reference run did not finish");
            return collect(bootstrap, readersView(pipeline.store().places()), counter.tally().routedClaims());
        }
    }

    private static Outcome crashRun(String bootstrap, List<Article> articles, Outcome reference, Path dir) throws Exception {
        Properties settings = settings(bootstrap);
        Properties client = Settings.kafkaClient(settings);
        createTopics(client);
        Files.createDirectories(dir);
        Path config = dir.resolve("client.properties");
        // a killed member is noticed after the session timeout; the default 45 s would dominate the test
        Files.writeString(config, "session.timeout.ms=6000\nheartbeat.interval.ms=1500\n");
        Path sinkData = dir.resolve("sink");
        Parts parts = new Parts(dir,
                new String[]{"processor", "--bootstrap-servers", bootstrap, "--config", config.toString(),
                        "--state-dir", dir.resolve("processor").toString()},
                new String[]{"sink", "--bootstrap-servers", bootstrap, "--config", config.toString(),
                        "--data-dir", sinkData.toString(), "--http-port", "-1"});
        int n = articles.size();
        RunCounter counter = new RunCounter(client);
        try {
            parts.startProcessor();
            parts.startSink();
            // the third quarter goes in only after the processor's first kill and the last only after its second,
            // so a fast processor cannot finish before either kill (its second mark, 60 %, lies in the third quarter)
            ArticleFeed.publish(client, articles.subList(0, n / 2), TIMESTAMP);
            List<Article> thirdQuarter = articles.subList(n / 2, n * 3 / 4);
            List<Article> lastQuarter = articles.subList(n * 3 / 4, n);
            // each part is killed as soon as its own progress passes a mark, and restarted at once
            List<Kill> kills = new ArrayList<>(List.of(
                    new Kill("processor", Kill.MARKS, n * 25L / 100, n),
                    new Kill("sink", Kill.DECIDED, reference.routedClaims() * 35 / 100, reference.routedClaims()),
                    new Kill("processor", Kill.MARKS, n * 60L / 100, n),
                    new Kill("sink", Kill.DECIDED, reference.routedClaims() * 70 / 100, reference.routedClaims())));
            int[] fedQuarters = {2};
            parts.until("every planned kill", () -> {
                counter.poll();
                kills.removeIf(k -> k.progress(counter) >= k.at() && parts.killAndRestart(k, counter));
                long processorKillsLeft = kills.stream().filter(k -> k.part().equals("processor")).count();
                if (fedQuarters[0] == 2 && processorKillsLeft < 2) {
                    ArticleFeed.publish(client, thirdQuarter, TIMESTAMP);
                    fedQuarters[0] = 3;
                }
                if (fedQuarters[0] == 3 && processorKillsLeft == 0) {
                    ArticleFeed.publish(client, lastQuarter, TIMESTAMP);
                    fedQuarters[0] = 4;
                }
                return kills.isEmpty();
            });

            parts.awaitCount(counter, Topics.STORIES, n);
            parts.until("every routed claim decided", () -> {
                counter.poll();
                return counter.tally().allDecided() && counter.tally().routedClaims() >= reference.routedClaims();
            });
            String db = "jdbc:sqlite:" + sinkData.toAbsolutePath().resolve("basewatch.db");
            parts.until("the database to hold the reference table", () -> reference.table().equals(table(db)));
            parts.stopAll();
            return collect(bootstrap, table(db), counter.tally().routedClaims());
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError(e.getMessage() + "\ncommitted: " + progress(counter) + "\n" + parts.tails(), e);
        } finally {
            parts.killAll();
            counter.close();
        }
    }

    private static String progress(RunCounter counter) {
        counter.poll();
        return Map.of(Topics.STORIES, counter.count(Topics.STORIES), Topics.ARTICLES_DLQ, counter.count(Topics.ARTICLES_DLQ),
                Topics.CLAIMS, counter.count(Topics.CLAIMS), Topics.BASE_STATUS, counter.count(Topics.BASE_STATUS)).toString();
    }

    private static List<PlaceStatus> table(String jdbcUrl) {
        try (StatusTableStore store = StatusTableStore.open(jdbcUrl, null, null)) {
            return readersView(store.places());
        }
    }

    /**
     * The rows without their versions: a row goes out only when what a reader sees of it changes, so its version is that
     * of the last such change, and a restarted sink publishes its places' rows once again with the versions of then.
     */
    private static List<PlaceStatus> readersView(List<PlaceStatus> rows) {
        return rows.stream().map(row -> row.withVersion(0)).toList();
    }

    /**
     * One partition for articles and claims: DecideStatus publishes each transition of a place's timeline the
     * first time a claim reveals it, so the changes depend on the order claims reach a place (not on how the
     * run is cut), and only runs that see the same order can be compared change for change. The other topics keep three partitions.
     */
    private static void createTopics(Properties client) throws Exception {
        try (Admin admin = Admin.create(client)) {
            admin.createTopics(TopicSetup.topics(1, (short) 1).stream()
                    .filter(t -> t.name().equals(Topics.ARTICLES) || t.name().equals(Topics.CLAIMS)).toList()).all().get();
        }
        TopicSetup.ensure(client, 3, (short) 1);
    }

    private static Properties settings(String bootstrap) {
        Properties p = Settings.defaults();
        p.setProperty(Settings.BOOTSTRAP, bootstrap);
        return p;
    }

    private static Outcome collect(String bootstrap, List<PlaceStatus> table, long routedClaims) {
        Map<String, List<String>> changes = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> r : CommittedRecords.read(bootstrap, Topics.BASE_STATUS_CHANGES)) {
            StatusChange c = Json.read(r.value(), StatusChange.class);
            // detectedAt is the wall clock of the decision, the one field two runs cannot share
            String stable = Json.write(new StatusChange(c.place(), c.from(), c.to(), c.effectiveDate(), null, c.evidence()));
            changes.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(stable);
        }
        Map<String, List<StoryMark>> marks = CommittedRecords.read(bootstrap, Topics.STORIES).stream()
                .collect(Collectors.groupingBy(ConsumerRecord::key,
                        Collectors.mapping(r -> Json.read(r.value(), StoryMark.class), Collectors.toList())));
        Map<String, String> dead = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> r : CommittedRecords.read(bootstrap, Topics.ARTICLES_DLQ)) {
            var reason = r.headers().lastHeader(DeadLetters.REASON);
            dead.put(r.key(), reason == null ? String.valueOf(r.headers()) : new String(reason.value(), java.nio.charset.StandardCharsets.UTF_8));
        }
        return new Outcome(table, changes, marks, dead, routedClaims);
    }

    /** Kill {@code part} once its progress ({@link #MARKS} or {@link #DECIDED}) reaches {@code at}, out of {@code total}. */
    private record Kill(String part, String measure, long at, long total) {
        static final String MARKS = "story marks committed";
        static final String DECIDED = "routed claims decided";

        long progress(RunCounter counter) {
            return measure.equals(MARKS) ? counter.count(Topics.STORIES) : counter.tally().decidedClaims();
        }
    }

    /** The processor and sink JVMs of the crash run, started, killed and restarted on the same folders. */
    private static final class Parts {
        private final Path dir;
        private final String[] processorArgs;
        private final String[] sinkArgs;
        private final List<ChildJvm> all = new ArrayList<>();
        private ChildJvm processor;
        private ChildJvm sink;

        Parts(Path dir, String[] processorArgs, String[] sinkArgs) {
            this.dir = dir;
            this.processorArgs = processorArgs;
            this.sinkArgs = sinkArgs;
        }

        void startProcessor() {
            processor = start("processor", processorArgs);
        }

        void startSink() {
            sink = start("sink", sinkArgs);
        }

        private ChildJvm start(String part, String[] args) {
            int run = (int) all.stream().filter(c -> c.toString().startsWith(part)).count() + 1;
            ChildJvm child = ChildJvm.start(part + "-" + run, dir.resolve(part + "-" + run + ".log"), args);
            all.add(child);
            return child;
        }

        /** Kills the part with SIGKILL, checks it died with work left, and starts it again on the same folders. */
        boolean killAndRestart(Kill kill, RunCounter counter) {
            boolean isProcessor = kill.part().equals("processor");
            ChildJvm child = isProcessor ? processor : sink;
            assertTrue(child.isAlive(), child + " died before it was killed");
            int exit = child.kill();
            assertEquals(ChildJvm.SIGKILL_EXIT, exit, child + " was not ended by SIGKILL");
            counter.poll();
            long done = kill.progress(counter);
            System.out.printf("CrashIT: killed %s with %d of %d %s%n", child, done, kill.total(), kill.measure());
            assertTrue(done < kill.total(), child + " was killed after it had finished (" + done + " of " + kill.total() + " "
                    + kill.measure() + "): not mid-stream");
            if (isProcessor) {
                startProcessor();
            } else {
                startSink();
            }
            return true;
        }

        void awaitCount(RunCounter counter, String topic, long atLeast) {
            until("committed " + topic + " >= " + atLeast, () -> {
                counter.poll();
                return counter.count(topic) >= atLeast;
            });
        }

        void until(String what, Callable<Boolean> condition) {
            await(what).atMost(STEP).pollInterval(Duration.ofMillis(200)).ignoreExceptionsMatching(e -> !(e instanceof AssertionError))
                    .until(() -> {
                        for (ChildJvm c : List.of(processor, sink)) {
                            if (!c.isAlive()) {
                                throw new AssertionError(c + " exited on its own");
                            }
                        }
                        return condition.call();
                    });
        }

        void stopAll() {
            processor.stop();
            sink.stop();
        }

        void killAll() {
            all.stream().filter(ChildJvm::isAlive).forEach(ChildJvm::kill);
        }

        String tails() {
            return all.stream().map(c -> c.tail(40)).collect(Collectors.joining("\n"));
        }
    }
}
