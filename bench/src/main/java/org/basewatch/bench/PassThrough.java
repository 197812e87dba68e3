package org.basewatch.bench;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.basewatch.contracts.Topics;
import org.basewatch.processor.ProcessorTopology;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The yardstick for the pipeline: a Kafka Streams app that copies {@code articles} unchanged to
 * {@code bench-passthrough} with the processor's guarantees (exactly-once, same commit interval),
 * so the ratio between the two shows what basewatch's own work costs over Kafka's.
 */
public final class PassThrough {
    public static final String TOPIC = "bench-passthrough";
    public static final String APPLICATION_ID = "basewatch-bench-passthrough";

    private PassThrough() {
    }

    /**
     * The processor's Streams settings ({@link ProcessorTopology#config}: exactly-once v2, 100 ms commits, large
     * fetches), as its yardstick: under its own application id, on one thread, and with Kafka's default compression,
     * so the yardstick is Kafka's own cost. {@code overrides} win.
     */
    public static Properties config(Properties overrides) {
        Properties own = new Properties();
        own.put(StreamsConfig.APPLICATION_ID_CONFIG, APPLICATION_ID);
        own.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 1);
        own.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "none");
        own.putAll(overrides);
        return ProcessorTopology.config(own);
    }

    public static Topology buildTopology(Properties props) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(Topics.ARTICLES, Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("articles-source"))
                .to(TOPIC, Produced.with(Serdes.String(), Serdes.ByteArray()).withName("passthrough-sink"));
        return builder.build(props);
    }

    /** Counts the records committed (read_committed) to {@link #TOPIC} since it was made. */
    static final class Counter implements AutoCloseable {
        private final KafkaConsumer<byte[], byte[]> consumer;
        private long count;

        Counter(Properties clientProps) {
            Properties p = new Properties();
            p.putAll(clientProps);
            p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
            p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
            p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 64 * 1024 * 1024);
            consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo info : consumer.partitionsFor(TOPIC)) {
                partitions.add(new TopicPartition(TOPIC, info.partition()));
            }
            consumer.assign(partitions);
            consumer.endOffsets(partitions).forEach(consumer::seek);
        }

        long poll() {
            count += consumer.poll(Duration.ofMillis(50)).count();
            return count;
        }

        @Override
        public void close() {
            consumer.close();
        }
    }
}
