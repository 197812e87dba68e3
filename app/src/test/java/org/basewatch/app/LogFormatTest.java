package org.basewatch.app;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.ContextInitializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.basewatch.contracts.Topics;
import org.basewatch.processor.ProcessorTopology;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped logging configuration: every dead letter is logged with where it came from, as text or as JSON. */
class LogFormatTest {
    private final PrintStream err = System.err;

    @BeforeAll
    static void initialiseLogging() {
        // the test run's own logging starts before any capture (it warns about two logback-test.xml files)
        LoggerFactory.getILoggerFactory();
    }

    @AfterEach
    void restore() throws Exception {
        System.setErr(err);
        System.clearProperty("BASEWATCH_LOG_FORMAT");
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(LogFormatTest.class.getClassLoader().getResource("logback-test.xml"));
    }

    /** Configures logback from {@code resource} the way a starting process does (auto-configuration, status printing included). */
    private static void configure(String resource) throws Exception {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        context.getStatusManager().clear();
        System.setProperty("logback.configurationFile", resource);
        try {
            new ContextInitializer(context).autoConfig();
        } finally {
            System.clearProperty("logback.configurationFile");
        }
    }

    /** Sends an empty article record through the processor topology: one dead letter. */
    private static void deadLetterLog() {
        Properties props = ProcessorTopology.config(new Properties());
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        // a state folder of its own: the shared default under /tmp is left half-written by a killed run or taken by a parallel one
        props.put(StreamsConfig.STATE_DIR_CONFIG, System.getProperty("java.io.tmpdir") + "/basewatch-test-" + java.util.UUID.randomUUID());
        try (TopologyTestDriver driver = new TopologyTestDriver(ProcessorTopology.buildTopology(props), props)) {
            TestInputTopic<String, byte[]> in = driver.createInputTopic(Topics.ARTICLES, new StringSerializer(), new ByteArraySerializer());
            in.pipeInput("empty-one", new byte[0]);
        }
    }

    /** Starts logging with the shipped configuration, dead-letters one record, and returns what was printed. */
    private static String startAndDeadLetter() {
        return capture(() -> {
            try {
                configure("logback.xml");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            deadLetterLog();
        });
    }

    /** What {@code r} printed to stdout and stderr. */
    private static String capture(Runnable r) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        PrintStream both = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        System.setErr(both);
        System.setOut(both);
        try {
            r.run();
        } finally {
            System.setOut(stdout);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void shouldLogEachDeadLetterAsOneJsonObjectWithTopicPartitionAndOffset() throws Exception {
        System.setProperty("BASEWATCH_LOG_FORMAT", "json");
        String out = startAndDeadLetter();
        ObjectMapper mapper = new ObjectMapper();
        JsonNode event = null;
        for (String line : out.lines().toList()) {
            assertTrue(line.startsWith("{"), "every line is a JSON object, logback's own status is not printed: " + out);
            JsonNode node = mapper.readTree(line);
            assertTrue(node.isObject(), "every line is a JSON object: " + line);
            if (node.path("loggerName").asText().endsWith("ValidateArticles")) {
                event = node;
            }
        }
        assertTrue(event != null, "the dead letter is logged: " + out);
        assertEquals("WARN", event.path("level").asText());
        assertTrue(event.path("formattedMessage").asText().contains("empty-record"), event.toString());
        java.util.Map<String, String> pairs = new java.util.HashMap<>();
        event.path("kvpList").forEach(kv -> kv.fields().forEachRemaining(f -> pairs.put(f.getKey(), f.getValue().asText())));
        assertEquals(Topics.ARTICLES, pairs.get("topic"), event.toString());
        assertEquals("0", pairs.get("partition"));
        assertEquals("0", pairs.get("offset"));
        assertEquals("empty-record", pairs.get("reason"));
    }

    @Test
    void shouldPrintTheSamePairsAfterTheMessageInText() throws Exception {
        String out = startAndDeadLetter();
        assertTrue(out.lines().noneMatch(l -> l.contains("|-")), "logback's own status is not printed: " + out);
        String line = out.lines().filter(l -> l.contains("dead-lettering")).findFirst().orElseThrow(() -> new AssertionError(out));
        assertTrue(line.contains("topic=\"articles\"") && line.contains("partition=\"0\"") && line.contains("offset=\"0\"")
                && line.contains("reason=\"empty-record\""), line);
    }
}
