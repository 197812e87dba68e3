package org.basewatch.broker;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import static org.basewatch.broker.BrokerClients.createTopic;
import static org.basewatch.broker.BrokerClients.freePort;
import static org.basewatch.broker.BrokerClients.producer;
import static org.basewatch.broker.BrokerClients.readAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** An exactly-once Kafka Streams application runs to completion on the embedded broker. */
class ExactlyOnceStreamsIT {
    @TempDir
    Path dataDir;

    @TempDir
    Path stateDir;

    @Test
    void shouldProcessExactlyOnceOnEmbeddedBroker() throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start(dataDir, freePort(), freePort())) {
            String bootstrap = broker.bootstrapServers();
            createTopic(bootstrap, "words", 3);
            createTopic(bootstrap, "shouted", 3);
            try (KafkaProducer<String, String> producer = producer(bootstrap, Map.of())) {
                producer.send(new ProducerRecord<>("words", "k1", "present")).get();
                producer.send(new ProducerRecord<>("words", "k2", "withdrawn")).get();
            }

            try (KafkaStreams streams = new KafkaStreams(upperCase(), streamsConfig(bootstrap))) {
                streams.start();
                List<String> out = readAll(bootstrap, "shouted", 2).stream().map(ConsumerRecord::value).sorted().toList();
                assertEquals(List.of("PRESENT", "WITHDRAWN"), out);
                streams.close(Duration.ofSeconds(30));
            }
        }
    }

    private static Topology upperCase() {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream("words", Consumed.with(Serdes.String(), Serdes.String()).withName("read-words"))
                .mapValues(v -> v.toUpperCase(Locale.ROOT), Named.as("shout"))
                .to("shouted", Produced.with(Serdes.String(), Serdes.String()).withName("write-shouted"));
        return builder.build();
    }

    private Properties streamsConfig(String bootstrap) {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, "broker-eos-it");
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
        return p;
    }
}
