package org.basewatch.ingest.publish;

import org.basewatch.ingest.read.ArticleId;
import org.basewatch.ingest.read.ReadResult;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.basewatch.contracts.Article;
import org.basewatch.contracts.Json;
import org.basewatch.contracts.Topics;

import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Publishes read articles to the {@code articles} topic with an idempotent producer: key the
 * {@link ArticleId}, value the article JSON, headers {@value #SOURCE_HEADER} (where the article was
 * read from: {@code file:line} or URL) and {@value #CONTENT_TYPE_HEADER}. The same article (id and
 * content) again in this run is skipped and counted, the same id with other content is a correction and sent; rejections are counted and listed, never sent.
 */
public final class ArticlePublisher implements AutoCloseable {
    public static final String SOURCE_HEADER = "basewatch.source";
    public static final String CONTENT_TYPE_HEADER = "basewatch.content-type";
    public static final String CONTENT_TYPE = "application/json";

    private final Producer<String, byte[]> producer;
    private final String topic;

    /** A publisher with its own Kafka producer built from {@code kafkaClient} (see {@link #producerConfig}). */
    public ArticlePublisher(Properties kafkaClient) {
        this(new KafkaProducer<>(producerConfig(kafkaClient)), Topics.ARTICLES);
    }

    /** A publisher over a given producer (tests pass a {@code MockProducer}); the caller's producer is closed by {@link #close()}. */
    public ArticlePublisher(Producer<String, byte[]> producer, String topic) {
        this.producer = producer;
        this.topic = topic;
    }

    /** {@code base} with the settings publishing relies on: all acks, idempotence, string keys, byte values. */
    public static Properties producerConfig(Properties base) {
        Properties p = new Properties();
        p.putAll(base);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        p.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "basewatch-ingest");
        p.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        return p;
    }

    /**
     * Sends every article of {@code results}, reporting after each item, and waits for every
     * acknowledgement. A record the broker refuses is counted as rejected; an error that no record
     * could get past (broker unreachable within {@code max.block.ms}, not authorised) is thrown.
     */
    public IngestSummary publish(Stream<ReadResult> results, Consumer<Progress> progress) {
        return publish(results, -1, progress);
    }

    /** As {@link #publish(Stream, Consumer)}, with the number of items expected, for an ETA. */
    public IngestSummary publish(Stream<ReadResult> results, long total, Consumer<Progress> progress) {
        RunTally tally = new RunTally(total);
        results.forEach(r -> {
            if (r.isRejected()) {
                tally.reject(r.origin(), r.rejection());
            } else {
                send(r, tally);
            }
            progress.accept(tally.progress());
        });
        producer.flush();
        progress.accept(tally.progress());
        return tally.summary();
    }

    private void send(ReadResult r, RunTally tally) {
        Article article = ArticleId.assign(r.article());
        String key = article.id();
        if (!tally.isNew(article)) {
            return;
        }
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, Json.bytes(article));
        record.headers()
                .add(SOURCE_HEADER, r.origin().getBytes(StandardCharsets.UTF_8))
                .add(CONTENT_TYPE_HEADER, CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        try {
            producer.send(record, (metadata, error) -> {
                if (error == null) {
                    tally.published();
                } else {
                    tally.failed(r.origin(), "not published: " + error.getMessage());
                }
            });
        } catch (RecordTooLargeException | SerializationException e) {
            // a fault of this record alone: it is listed and the run goes on; any other send error
            // (no broker, no permission) would fail every record, so it ends the run instead
            tally.failed(r.origin(), "not published: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
