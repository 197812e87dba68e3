package org.basewatch.sink.http;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.basewatch.contracts.Article;
import org.basewatch.contracts.Json;
import org.basewatch.contracts.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.Properties;

/**
 * Reads the {@code articles} topic from its beginning onto an {@link ArticleShelf}, so the page can cite each claim's
 * article. No consumer group: every sink keeps its own shelf and commits nothing. A record that is not an article
 * (the processor dead-letters those) is skipped; an article without an id is shelved under its key, as the
 * processor names it.
 */
public final class ArticleFeed implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ArticleFeed.class);
    private static final Duration POLL = Duration.ofSeconds(1);
    /** How long to wait for the topic to exist before looking again. */
    private static final Duration TOPIC_RETRY = Duration.ofSeconds(5);

    private final KafkaConsumer<String, byte[]> consumer;
    private final Thread thread;
    private volatile boolean running = true;

    private ArticleFeed(KafkaConsumer<String, byte[]> consumer, ArticleShelf shelf) {
        this.consumer = consumer;
        this.thread = new Thread(() -> run(shelf), "basewatch-article-feed");
        this.thread.setDaemon(true);
    }

    /** Starts reading {@code articles} with the Kafka client settings {@code kafka} onto {@code shelf}. */
    public static ArticleFeed start(Properties kafka, ArticleShelf shelf) {
        Properties p = new Properties();
        p.putAll(kafka);
        p.remove(ConsumerConfig.GROUP_ID_CONFIG);
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "basewatch-article-feed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        ArticleFeed feed = new ArticleFeed(new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer()), shelf);
        feed.thread.start();
        return feed;
    }

    private void run(ArticleShelf shelf) {
        try {
            assignWholeTopic();
            while (running) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(POLL)) {
                    shelve(shelf, r);
                }
            }
        } catch (WakeupException e) {
            // closing
        } catch (RuntimeException e) {
            LOG.error("the article feed stopped; the page cites articles without title, link or sentence", e);
        } finally {
            consumer.close();
        }
    }

    private void assignWholeTopic() {
        while (running) {
            List<PartitionInfo> partitions = consumer.partitionsFor(Topics.ARTICLES);
            if (partitions != null && !partitions.isEmpty()) {
                List<TopicPartition> all = partitions.stream()
                        .map(pi -> new TopicPartition(pi.topic(), pi.partition())).toList();
                consumer.assign(all);
                consumer.seekToBeginning(all);
                return;
            }
            consumer.poll(TOPIC_RETRY);
        }
    }

    private static void shelve(ArticleShelf shelf, ConsumerRecord<String, byte[]> r) {
        Article article;
        try {
            article = r.value() == null ? null : Json.read(r.value(), Article.class);
        } catch (RuntimeException e) {
            return;
        }
        if (article != null) {
            shelf.put(article.id() == null || article.id().isBlank() ? r.key() : article.id(), article);
        }
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(Duration.ofSeconds(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
