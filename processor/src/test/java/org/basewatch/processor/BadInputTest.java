package org.basewatch.processor;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.basewatch.contracts.Article;
import org.basewatch.contracts.DeadLetters;
import org.basewatch.contracts.Json;
import org.basewatch.contracts.JsonSerde;
import org.basewatch.contracts.StoryMark;
import org.basewatch.contracts.Topics;
import org.basewatch.processor.validate.ArticleValidator;
import org.basewatch.processor.validate.Validation;
import org.basewatch.processor.validate.ValidateArticles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.abort;

/**
 * Pipes the committed bad-input corpus ({@code testdata/bad-input}), a generated 50 MB value and a
 * null value, interleaved with good Arabic articles, through the production topology and checks that
 * each record ends where {@code expected.tsv} says, with nothing lost.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {
    static final Path CORPUS = Path.of("..", "testdata", "bad-input");
    static final String PROCESSED = "processed";
    private static final int FIFTY_MB = 50 * 1024 * 1024;

    /** One record sent: its key, its value, the outcome expected and the offset it got on {@code articles}. */
    record Sent(String key, byte[] value, String expected, String openBug, long offset) {
    }

    /** A line of {@code expected.tsv}: the outcome, and the open bug that gives another outcome today (or null). */
    record Expectation(String outcome, String openBug) {
    }

    private final List<Sent> sent = new ArrayList<>();
    private List<TestRecord<String, byte[]>> deadLetters;
    private List<TestRecord<String, StoryMark>> storyMarks;

    @BeforeAll
    void pipeEverything(@TempDir Path stateDir) throws IOException {
        Properties props = ProcessorTopology.config(new Properties());
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        try (TopologyTestDriver driver = new TopologyTestDriver(ProcessorTopology.buildTopology(props), props)) {
            TestInputTopic<String, byte[]> articles = driver.createInputTopic(Topics.ARTICLES, new StringSerializer(), new ByteArraySerializer());
            List<Sent> bad = new ArrayList<>();
            for (Map.Entry<String, Expectation> row : expected().entrySet()) {
                byte[] value = Files.readAllBytes(CORPUS.resolve(row.getKey()));
                bad.add(new Sent(row.getKey(), value, row.getValue().outcome(), row.getValue().openBug(), -1));
            }
            bad.add(new Sent("generated-50mb", fiftyMegabyteArticle(), ArticleValidator.TOO_LARGE, null, -1));
            bad.add(new Sent("generated-null-value", null, ArticleValidator.EMPTY_RECORD, null, -1));

            int good = 0;
            for (Sent b : bad) {
                send(articles, goodArticle(++good));
                send(articles, b);
            }
            // the last record is good: the topology must still be processing after the worst input
            send(articles, goodArticle(++good));

            deadLetters = driver.createOutputTopic(Topics.ARTICLES_DLQ, new StringDeserializer(), new ByteArrayDeserializer())
                    .readRecordsToList();
            storyMarks = driver.createOutputTopic(Topics.STORIES, new StringDeserializer(), JsonSerde.of(StoryMark.class).deserializer())
                    .readRecordsToList();
        }
    }

    private void send(TestInputTopic<String, byte[]> articles, Sent record) {
        // the driver's input topic is one partition whose offsets count from 0, one per record piped
        sent.add(new Sent(record.key(), record.value(), record.expected(), record.openBug(), sent.size()));
        articles.pipeInput(record.key(), record.value());
    }

    @Test
    void shouldAccountForEverySentRecordExactlyOnce() {
        assertEquals(sent.size(), storyMarks.size() + deadLetters.size(), "stories + dead letters = records sent");
        List<String> outKeys = new ArrayList<>();
        storyMarks.forEach(r -> outKeys.add(r.key()));
        deadLetters.forEach(r -> outKeys.add(r.key()));
        Map<String, Long> times = outKeys.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        for (Sent s : sent) {
            assertEquals(1L, times.getOrDefault(s.key(), 0L), s.key() + " must come out exactly once");
        }
    }

    @Test
    void shouldProcessEveryGoodArticleIncludingTheOneAfterAllBadInput() {
        Set<String> marked = storyMarks.stream().map(TestRecord::key).collect(Collectors.toSet());
        List<String> good = sent.stream().filter(s -> s.key().startsWith("good-")).map(Sent::key).toList();
        assertEquals(sent.get(sent.size() - 1).key(), good.get(good.size() - 1));
        assertTrue(marked.containsAll(good), "missing story marks: " + good.stream().filter(k -> !marked.contains(k)).toList());
    }

    @TestFactory
    Stream<DynamicTest> shouldRouteEachBadInputAsExpectedTsvSays() {
        return sent.stream().filter(s -> !s.key().startsWith("good-"))
                .map(s -> DynamicTest.dynamicTest(s.key() + " → " + s.expected(), () -> checkOutcome(s)));
    }

    private void checkOutcome(Sent s) throws Throwable {
        Executable check = PROCESSED.equals(s.expected()) ? () -> checkProcessed(s) : () -> checkDeadLettered(s);
        if (s.openBug() == null) {
            check.execute();
            return;
        }
        try {
            check.execute();
        } catch (AssertionError e) {
            abort("open bug in the validator: " + s.openBug() + " (" + e.getMessage() + ")");
        }
    }

    private void checkDeadLettered(Sent s) {
        List<TestRecord<String, byte[]>> dead = deadLetters.stream().filter(r -> s.key().equals(r.key())).toList();
        assertEquals(1, dead.size(), s.key() + " must be dead-lettered once");
        TestRecord<String, byte[]> d = dead.get(0);
        assertEquals(s.expected(), header(d, DeadLetters.REASON), "reason; detail: " + header(d, DeadLetters.DETAIL));
        assertFalse(header(d, DeadLetters.DETAIL).isBlank());
        assertEquals(Topics.ARTICLES, header(d, DeadLetters.TOPIC));
        assertEquals("0", header(d, DeadLetters.PARTITION));
        assertEquals(String.valueOf(s.offset()), header(d, DeadLetters.OFFSET));
        assertEquals("validate-articles", header(d, DeadLetters.STAGE));
        if (s.value() != null && s.value().length > ValidateArticles.DEAD_LETTER_MAX_BYTES) {
            assertEquals(String.valueOf(s.value().length), header(d, DeadLetters.TRUNCATED), "a cut dead letter says how big the original was");
            assertTrue(Arrays.equals(Arrays.copyOf(s.value(), ValidateArticles.DEAD_LETTER_MAX_BYTES), d.value()), "the dead letter carries the head of the original bytes");
        } else {
            assertTrue(Arrays.equals(s.value(), d.value()), "the dead letter carries the original bytes");
            assertEquals(null, header(d, DeadLetters.TRUNCATED));
        }
        assertTrue(storyMarks.stream().noneMatch(r -> s.key().equals(r.key())), s.key() + " must not also get a story mark");
    }

    private void checkProcessed(Sent s) {
        assertEquals(1, storyMarks.stream().filter(r -> s.key().equals(r.key())).count(), s.key() + " must get one story mark");
        assertTrue(deadLetters.stream().noneMatch(r -> s.key().equals(r.key())), s.key() + " must not also be dead-lettered");
        // the topology passes on the article the validator returns; its text must be clean
        Validation v = new ArticleValidator().validate(s.value());
        assertTrue(v.isValid());
        String text = v.article().text();
        String dirty = text.chars().filter(BadInputTest::isDirty).mapToObj(c -> String.format("U+%04X", c)).distinct()
                .collect(Collectors.joining(" "));
        assertEquals("", dirty, "control characters or bidi controls left in the text");
    }

    private static boolean isDirty(int c) {
        return (Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r')
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF;
    }

    @Test
    void shouldDescribeEveryCorpusFileInExpectedTsvAndReadme() throws IOException {
        Set<String> files;
        try (Stream<Path> list = Files.list(CORPUS)) {
            files = list.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals("README.md") && !n.equals("expected.tsv"))
                    .collect(Collectors.toSet());
        }
        assertEquals(files, expected().keySet());
        String readme = Files.readString(CORPUS.resolve("README.md"));
        List<String> undocumented = new ArrayList<>(files);
        undocumented.removeIf(f -> readme.contains("`" + f + "`"));
        assertEquals(List.of(), undocumented, "files missing from README.md");
    }

    /** File name → expectation, in the order of {@code expected.tsv}. */
    static Map<String, Expectation> expected() throws IOException {
        Map<String, Expectation> out = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (String line : Files.readAllLines(CORPUS.resolve("expected.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            assertTrue(cols.length >= 2 && seen.add(cols[0]), "bad or repeated line in expected.tsv: " + line);
            String bug = cols.length > 2 && !cols[2].isBlank() ? cols[2] : null;
            out.put(cols[0], new Expectation(cols[1], bug));
        }
        return out;
    }

    /** A well-formed article whose text is 50 MiB of Arabic: refused on size before it is decoded. */
    static byte[] fiftyMegabyteArticle() {
        byte[] sentence = "قالت مصادر عراقية إن قوات التحالف غادرت القاعدة. ".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(FIFTY_MB + 1024);
        out.writeBytes("{\"source\":\"generated\",\"text\":\"".getBytes(StandardCharsets.UTF_8));
        while (out.size() < FIFTY_MB) {
            out.writeBytes(sentence);
        }
        out.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** A distinct, ordinary Arabic report; its id is also its record key. */
    static Sent goodArticle(int n) {
        String[] bases = {"قاعدة عين الأسد الجوية", "قاعدة حرير الجوية", "معسكر التاجي", "قاعدة بلد الجوية", "قاعدة القيارة"};
        String id = String.format("good-%02d", n);
        String text = "بغداد - قال المتحدث باسم قيادة العمليات المشتركة في بيان رقم " + n + " إن لجنة فنية زارت "
                + bases[n % bases.length] + " للاطلاع على سير عمل القوات العراقية هناك، وإن الزيارة " + n
                + " شملت مراجعة خطط التدريب والصيانة مع الضباط المختصين.";
        Article a = new Article(id, null, "Outlet " + (char) ('A' + n % 5), "2021-12-" + String.format("%02d", 1 + n % 28), "ar", null, text);
        return new Sent(id, Json.bytes(a), PROCESSED, null, -1);
    }

    private static String header(TestRecord<String, byte[]> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
