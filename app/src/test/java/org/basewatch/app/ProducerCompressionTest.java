package org.basewatch.app;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.basewatch.processor.ProcessorTopology;
import org.basewatch.sink.StatusTopology;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Properties;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The processor's and the sink's producers compress with lz4 unless the user's settings say otherwise. */
class ProducerCompressionTest {

    private static UnaryOperator<Properties> config(String app) {
        return app.equals("processor") ? ProcessorTopology::config : StatusTopology::config;
    }

    private static Object producerCompression(String app, Properties overrides) {
        Properties props = config(app).apply(overrides);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        return new StreamsConfig(props).getProducerConfigs("c").get(ProducerConfig.COMPRESSION_TYPE_CONFIG);
    }

    @ParameterizedTest
    @ValueSource(strings = {"processor", "sink"})
    void shouldCompressWhatItWritesUnlessTheUserChoosesOtherwise(String app) {
        assertEquals("lz4", producerCompression(app, new Properties()));
        Properties user = new Properties();
        user.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        assertEquals("zstd", producerCompression(app, user), "a plain client setting wins");
        Properties producerOnly = new Properties();
        producerOnly.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "none");
        assertEquals("none", producerCompression(app, producerOnly), "so does a producer-only one");
    }
}
