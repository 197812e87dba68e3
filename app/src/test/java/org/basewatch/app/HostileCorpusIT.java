package org.basewatch.app;

import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.basewatch.broker.TestClusters;
import org.basewatch.contracts.Evidence;
import org.basewatch.contracts.PlaceStatus;
import org.basewatch.contracts.Settings;
import org.basewatch.contracts.TopicSetup;
import org.basewatch.contracts.Topics;
import org.basewatch.ingest.publish.ArticlePublisher;
import org.basewatch.ingest.read.ArticleSources;
import org.basewatch.ingest.publish.IngestSummary;
import org.basewatch.ingest.read.ReadOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14: a hostile JSONL file through the whole pipeline (ingest, processor, sink) on a real broker. Every line sent
 * is accounted for as processed, dead-lettered or rejected, and the table is the table of the good articles alone:
 * every good article's claims are in it and nothing in it is garbled.
 */
class HostileCorpusIT {
    /** Verbatim repeats of one line: a feed re-sent in a loop, which ingest must skip without cost to the rest. */
    private static final int REPEATS = 100_000;
    private static final int TWENTY_MB = 20 * 1024 * 1024;
    private static final int NESTING = 100_000;
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final Duration IDLE = Duration.ofMinutes(3);

    /** What an analyst reads of a row, evidence quotes included (garbled text would show there). */
    record Row(String status, String since, int sources, int stories, List<String> quotes) {
        static Row of(PlaceStatus p) {
            return new Row(String.valueOf(p.status()), p.since(), p.sources(), p.stories(),
                    p.evidence() == null ? List.of() : p.evidence().stream().map(Evidence::evidence).sorted().toList());
        }
    }

    /** What a run did with the lines it was given. */
    record Outcome(IngestSummary ingest, long processed, long deadLettered, Map<String, Row> table) {
    }

    @Test
    void shouldAccountForEveryLineAndBuildTheTableOfTheGoodArticlesAlone(@TempDir Path dir) throws Exception {
        List<String> good = goodLines();
        List<byte[]> hostile = hostileLines();
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.write(BOM);
        int sent = 0;
        for (int i = 0; i < Math.max(good.size(), hostile.size()); i++) {
            if (i < good.size()) {
                // CRLF on every other good line, as a file edited on Windows has
                file.write((good.get(i) + (i % 2 == 0 ? "\r\n" : "\n")).getBytes(StandardCharsets.UTF_8));
                sent++;
            }
            if (i < hostile.size()) {
                file.write(hostile.get(i));
                file.write('\n');
                sent++;
            }
        }
        byte[] repeated = (good.get(1) + "\n").getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < REPEATS; i++) {
            file.write(repeated);
        }
        sent += REPEATS;

        Outcome hostileRun = run(file.toByteArray(), dir.resolve("hostile"));
        ByteArrayOutputStream clean = new ByteArrayOutputStream();
        for (String line : good) {
            clean.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        }
        Outcome cleanRun = run(clean.toByteArray(), dir.resolve("clean"));

        IngestSummary in = hostileRun.ingest();
        System.out.printf("HostileCorpusIT: sent %d lines; ingest published %d, skipped %d repeats, rejected %d; "
                        + "processor processed %d, dead-lettered %d; %d places%n", sent, in.published(), in.skippedDuplicateKeys(),
                in.rejected(), hostileRun.processed(), hostileRun.deadLettered(), hostileRun.table().size());
        assertEquals(sent, in.published() + in.skippedDuplicateKeys() + in.rejected(), "every line read: " + in.rejections());
        assertEquals(REPEATS, in.skippedDuplicateKeys(), "the verbatim repeats of a line already sent");
        assertEquals(in.published(), hostileRun.processed() + hostileRun.deadLettered(), "every published record processed or dead-lettered");
        assertEquals(good.size(), hostileRun.processed(), "the good articles, nothing else");
        assertTrue(!cleanRun.table().isEmpty(), "the good articles make a table");
        assertEquals(cleanRun.table(), hostileRun.table(), "the table of the good articles alone");
    }

    private static Outcome run(byte[] jsonl, Path dir) throws Exception {
        try (KafkaClusterTestKit cluster = TestClusters.startSingleNode()) {
            Properties settings = Settings.defaults();
            settings.setProperty(Settings.BOOTSTRAP, cluster.bootstrapServers());
            Properties client = Settings.kafkaClient(settings);
            // one partition: which copy of a syndicated story is its original follows arrival (FaithfulReplayIT)
            TopicSetup.ensure(client, 1, (short) 1);
            try (RunCounter counter = new RunCounter(client);
                 Pipeline pipeline = new Pipeline().startProcessor(settings, dir.resolve("processor"))
                         .startSink(settings, dir.resolve("sink"), "jdbc:sqlite:" + dir.resolve("basewatch.db"))) {
                IngestSummary summary;
                try (ArticlePublisher publisher = new ArticlePublisher(client);
                     InputStream in = new ByteArrayInputStream(jsonl)) {
                    summary = publisher.publish(ArticleSources.read(in, "hostile.jsonl", ReadOptions.defaults()), p -> { });
                }
                assertTrue(counter.awaitIdle(summary.published(), pipeline.writer(), IDLE, () -> pipeline.failure() != null),
                        dir.getFileName() + ": the run did not finish (" + pipeline.failure() + ")");
                Map<String, Row> table = pipeline.store().places().stream()
                        .collect(Collectors.toMap(PlaceStatus::place, Row::of, (a, b) -> b, TreeMap::new));
                return new Outcome(summary, counter.count(Topics.STORIES), counter.count(Topics.ARTICLES_DLQ), table);
            }
        }
    }

    /** The project's sample articles, the good lines. */
    private static List<String> goodLines() throws IOException {
        try (InputStream in = HostileCorpusIT.class.getResourceAsStream(LocalCommand.SAMPLES)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }

    /** One line of each kind of trouble; none of them is an article basewatch should read. */
    private static List<byte[]> hostileLines() {
        List<byte[]> lines = new ArrayList<>();
        for (String s : List.of(
                "{\"id\":\"h-truncated\",\"text\":\"انسحبت القوات",
                "{'id':'h-single-quotes','text':'انسحبت القوات الأمريكية من قاعدة عين الأسد اليوم'}",
                "{\"id\":\"h-trailing-comma\",\"text\":\"انسحبت القوات الأمريكية من قاعدة عين الأسد اليوم\",}",
                "{id:\"h-unquoted-key\",\"text\":\"انسحبت القوات الأمريكية من قاعدة عين الأسد اليوم\"}",
                "{\"id\":\"h-missing-colon\" \"text\":\"x\"}",
                "{\"id\":\"h-nan\",\"text\":NaN}",
                "{\"id\":\"h-two\",\"text\":\"a\"}{\"id\":\"h-three\",\"text\":\"b\"}",
                "}{",
                "[1,2,3]",
                "\"a bare string\"",
                "42",
                "null",
                "// a comment line",
                "{\"id\":\"h-text-number\",\"text\":12345}",
                "{\"id\":\"h-no-text\",\"title\":\"عنوان بلا نص\"}",
                "{\"id\":\"h-lone-surrogate\",\"text\":\"\\ud800\\ud800\\ud800\"}",
                "{\"id\":\"h-escaped-nuls\",\"text\":\"\\u0000\\u0000\\u0000\\u0000\\u0000\\u0000\"}",
                "{\"id\":\"h-persian\",\"text\":\"نیروهای آمریکایی امروز پایگاه عین الاسد را ترک کردند و ارتش عراق آن را تحویل گرفت\"}",
                "{\"id\":\"h-sorani\",\"text\":\"هێزەکانی هاوپەیمانی ئەمڕۆ بنکەی عەین ئەلئەسەدیان جێهێشت و سوپای عێراق بنکەکەی وەرگرت\"}",
                "{\"id\":\"h-mojibake\",\"text\":\"ط§ظ†ط³ط­ط¨طھ ط§ظ„ظ‚ظˆط§طھ ط§ظ„ط£ظ…ط±ظٹظƒظٹط© ظ…ظ† ظ‚ط§ط¹ط¯ط© ط¹ظٹظ† ط§ظ„ط£ط³ط¯ ط§ظ„ظٹظˆظ…\"}",
                "{\"id\":\"h-future\",\"publishedAt\":\"9999-01-01\",\"text\":\"انسحبت قوات التحالف الدولي من العراق بالكامل وغادرت كل القواعد\"}")) {
            lines.add(s.getBytes(StandardCharsets.UTF_8));
        }
        lines.add("{\"id\":\"h-raw-nul\",\"text\":\"a\u0000b\"}".getBytes(StandardCharsets.UTF_8));
        lines.add(new byte[]{0, 0, 0, 0, 0, 0, 0, 0});
        lines.add(new byte[]{'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xD9, (byte) 0x82, (byte) 0xFF, (byte) 0xFE, '"', '}'});
        lines.add(("{\"id\":\"h-deep\",\"text\":\"x\",\"extra\":" + "[".repeat(NESTING) + "]".repeat(NESTING) + "}").getBytes(StandardCharsets.UTF_8));
        lines.add(("[".repeat(NESTING)).getBytes(StandardCharsets.UTF_8));
        StringBuilder big = new StringBuilder(TWENTY_MB + 100).append("{\"id\":\"h-20mb\",\"text\":\"");
        while (big.length() < TWENTY_MB) {
            big.append("انسحبت القوات الأمريكية من قاعدة عين الأسد. ");
        }
        lines.add(big.append("\"}").toString().getBytes(StandardCharsets.UTF_8));
        return lines;
    }
}
