package org.basewatch.processor;

import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.basewatch.contracts.Article;
import org.basewatch.contracts.Json;
import org.basewatch.contracts.JsonSerde;
import org.basewatch.contracts.StoryMark;
import org.basewatch.contracts.Topics;
import org.basewatch.processor.dedup.StoryGrouper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The topology marks stories exactly as the offline {@code stories} command does. */
class StoriesTopologyTest {

    @ParameterizedTest
    @ValueSource(strings = {"../samples/articles.jsonl", "../../shared/corpus/dev.jsonl"})
    void shouldMarkTheSameStoriesAsTheOfflineCommand(String file, @TempDir Path state) throws IOException {
        Path path = Path.of(file);
        Assumptions.assumeTrue(Files.exists(path), file + " absent: skipping");
        String jsonl = Files.readString(path, StandardCharsets.UTF_8);

        ByteArrayOutputStream offline = new ByteArrayOutputStream();
        StoryGrouper.run(new BufferedReader(new StringReader(jsonl)), new PrintStream(offline, true, StandardCharsets.UTF_8), System.err);
        List<StoryMark> expected = offline.toString(StandardCharsets.UTF_8).lines().map(l -> Json.read(l, StoryMark.class)).toList();

        Properties props = ProcessorTopology.config(new Properties());
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, state.toString());
        try (TopologyTestDriver driver = new TopologyTestDriver(ProcessorTopology.buildTopology(props), props)) {
            TestInputTopic<String, byte[]> in = driver.createInputTopic(Topics.ARTICLES, new StringSerializer(), new ByteArraySerializer());
            jsonl.lines().filter(l -> !l.isBlank()).forEach(l -> in.pipeInput(Json.read(l, Article.class).id(), l.getBytes(StandardCharsets.UTF_8)));
            List<StoryMark> marks = driver.createOutputTopic(Topics.STORIES, new StringDeserializer(), JsonSerde.of(StoryMark.class).deserializer())
                    .readValuesToList();
            assertEquals(expected, marks);
            assertFalse(marks.stream().noneMatch(m -> m.duplicateOf() != null), "the file holds syndicated copies");
        }
    }
}
