package org.basewatch.app;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.basewatch.contracts.Article;
import org.basewatch.contracts.Json;
import org.basewatch.contracts.Topics;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Publishes test articles keyed by id, all with one record timestamp, and waits until the broker has them. */
final class ArticleFeed {
    private ArticleFeed() {
    }

    /**
     * The sink dates an undated claim by its record's arrival day, so two runs compared row for row
     * must stamp their articles alike rather than with the wall clock.
     */
    static void publish(Properties client, List<Article> articles, long timestamp) {
        Properties p = new Properties();
        p.putAll(client);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 60_000);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (Article a : articles) {
                sent.add(producer.send(new ProducerRecord<>(Topics.ARTICLES, null, timestamp, a.id(), Json.bytes(a))));
            }
            producer.flush();
            // a send that failed is an article the test never fed: say so here rather than as a loss downstream
            for (Future<RecordMetadata> f : sent) {
                f.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("an article could not be published: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
