package org.basewatch.app;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
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

    @AfterEach
    void restore() throws Exception {
        System.setErr(err);
        System.clearProperty("BASEWATCH_LOG_FORMAT");
        configure("logback-test.xml");
    }

    private static void configure(String resource) throws Exception {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(LogFormatTest.class.getClassLoader().getResource(resource));
    }

    /** Sends an empty article record through the processor topology: one dead letter. */
    private static void deadLetterLog() {
        Properties props = ProcessorTopology.config(new Properties());
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        try (TopologyTestDriver driver = new TopologyTestDriver(ProcessorTopology.buildTopology(props), props)) {
            TestInputTopic<String, byte[]> in = driver.createInputTopic(Topics.ARTICLES, new StringSerializer(), new ByteArraySerializer());
            in.pipeInput("empty-one", new byte[0]);
        }
    }

    private static String capture(Runnable r) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        r.run();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void shouldLogEachDeadLetterAsOneJsonObjectWithTopicPartitionAndOffset() throws Exception {
        System.setProperty("BASEWATCH_LOG_FORMAT", "json");
        String out = capture(() -> {
            try {
                configure("logback.xml");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            deadLetterLog();
        });
        ObjectMapper mapper = new ObjectMapper();
        JsonNode event = null;
        for (String line : out.lines().toList()) {
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
        String out = capture(() -> {
            try {
                configure("logback.xml");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            deadLetterLog();
        });
        String line = out.lines().filter(l -> l.contains("dead-lettering")).findFirst().orElseThrow(() -> new AssertionError(out));
        assertTrue(line.contains("topic=\"articles\"") && line.contains("partition=\"0\"") && line.contains("offset=\"0\"")
                && line.contains("reason=\"empty-record\""), line);
    }
}
