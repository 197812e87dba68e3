package org.basewatch.ingest.publish;

import org.basewatch.ingest.read.ArticleId;
import org.basewatch.ingest.read.ReadResult;

import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.basewatch.contracts.Article;
import org.basewatch.contracts.Json;
import org.basewatch.contracts.Topics;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticlePublisherTest {
    private static final Article TAJI = new Article(null, "https://www.dijla.example/news/taji/", "دجلة", "2020-08-23",
            "ar", "تسليم التاجي", "سلمت قوات التحالف معسكر التاجي إلى القوات العراقية.");
    private static final Article SAME_PAGE_AMP = new Article(null, "https://dijla.example/news/taji/amp", "دجلة", "2020-08-23",
            "ar", "تسليم التاجي", "سلمت قوات التحالف معسكر التاجي إلى القوات العراقية.");
    private static final Article BESMAYA = new Article("b-1", null, null, null, "ar", null, "تسلم الجيش العراقي معسكر بسماية.");

    private static Stream<ReadResult> input() {
        return Stream.of(
                ReadResult.ok(TAJI, "feed.xml#1"),
                ReadResult.rejected("dump.jsonl:2", "not JSON"),
                ReadResult.ok(SAME_PAGE_AMP, "feed.xml#2"),
                ReadResult.ok(BESMAYA, "dump.jsonl:3"));
    }

    private static MockProducer<String, byte[]> producer() {
        return new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
    }

    @Test
    void shouldPublishEachArticleOnceUnderItsStableIdAndCountTheRest() {
        MockProducer<String, byte[]> producer = producer();
        List<Progress> progress = new ArrayList<>();

        IngestSummary summary;
        try (ArticlePublisher publisher = new ArticlePublisher(producer, Topics.ARTICLES)) {
            summary = publisher.publish(input(), progress::add);
        }

        assertEquals(new IngestSummary(2, 1, 1, List.of("dump.jsonl:2: not JSON")), summary);
        List<ProducerRecord<String, byte[]>> sent = producer.history();
        assertEquals(List.of(ArticleId.of(TAJI), "b-1"), sent.stream().map(ProducerRecord::key).toList());
        assertEquals(Topics.ARTICLES, sent.get(0).topic());
        assertEquals(ArticleId.assign(TAJI), Json.read(sent.get(0).value(), Article.class));
        assertEquals(4, progress.get(progress.size() - 1).read());
    }

    @Test
    void shouldSendACorrectionOfAnArticleUnderItsIdButNotARepeat() {
        Article first = new Article("wire-1", null, "Agency", "2020-08-23", "ar", null, "سلمت قوات التحالف قاعدة القائم إلى القوات العراقية.");
        Article corrected = new Article("wire-1", null, "Agency", "2020-08-23", "ar", null, "سلمت قوات التحالف معسكر التاجي إلى القوات العراقية.");
        MockProducer<String, byte[]> producer = producer();

        IngestSummary summary = new ArticlePublisher(producer, Topics.ARTICLES).publish(Stream.of(
                ReadResult.ok(first, "wire.jsonl:1"), ReadResult.ok(first, "wire.jsonl:2"), ReadResult.ok(corrected, "wire.jsonl:3")), p -> { });

        assertEquals(new IngestSummary(2, 1, 0, List.of()), summary, "the repeat is skipped, the correction sent");
        assertEquals(List.of(first, corrected), producer.history().stream().map(r -> Json.read(r.value(), Article.class)).toList());
        assertEquals(List.of("wire-1", "wire-1"), producer.history().stream().map(ProducerRecord::key).toList());
    }

    @Test
    void shouldTagRecordsWithTheirOriginAndContentType() {
        MockProducer<String, byte[]> producer = producer();

        new ArticlePublisher(producer, Topics.ARTICLES).publish(input(), p -> { });

        ProducerRecord<String, byte[]> first = producer.history().get(0);
        assertEquals("feed.xml#1", new String(first.headers().lastHeader(ArticlePublisher.SOURCE_HEADER).value(), StandardCharsets.UTF_8));
        assertEquals("application/json", new String(first.headers().lastHeader(ArticlePublisher.CONTENT_TYPE_HEADER).value(), StandardCharsets.UTF_8));
    }

    @Test
    void shouldCountASendThatTheBrokerFailsAsRejected() {
        MockProducer<String, byte[]> producer = new MockProducer<>(false, null, new StringSerializer(), new ByteArraySerializer());
        ArticlePublisher publisher = new ArticlePublisher(producer, Topics.ARTICLES);

        // the progress callback runs right after each send, before the final flush: the broker answers there
        IngestSummary summary = publisher.publish(Stream.of(ReadResult.ok(BESMAYA, "x:1")),
                p -> producer.errorNext(new RuntimeException("broker down")));

        assertEquals(0, summary.published());
        assertEquals(1, summary.rejected());
        assertEquals(List.of("x:1: not published: broker down"), summary.rejections());
    }

    @Test
    void shouldCountASendThatThrowsAsRejectedAndGoOn() {
        MockProducer<String, byte[]> producer = producer();
        producer.sendException = new org.apache.kafka.common.errors.RecordTooLargeException("too large");
        ArticlePublisher publisher = new ArticlePublisher(producer, Topics.ARTICLES);

        IngestSummary summary = publisher.publish(input(), p -> { });

        assertEquals(0, summary.published());
        assertEquals(3, summary.rejected());
        assertTrue(summary.rejections().contains("feed.xml#1: not published: too large"), summary.rejections().toString());
    }

    @Test
    void shouldEndTheRunWhenNoRecordCanBeSent() {
        MockProducer<String, byte[]> producer = producer();
        producer.sendException = new org.apache.kafka.common.errors.TimeoutException("topic articles not present in metadata");
        ArticlePublisher publisher = new ArticlePublisher(producer, Topics.ARTICLES);

        assertThrows(org.apache.kafka.common.errors.TimeoutException.class, () -> publisher.publish(input(), p -> { }));
    }

    @Test
    void shouldConfigureAnIdempotentProducerThatWaitsForAllReplicas() {
        Properties base = new Properties();
        base.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "broker:9092");
        base.put(ProducerConfig.ACKS_CONFIG, "1");

        Properties p = ArticlePublisher.producerConfig(base);

        assertEquals("all", p.get(ProducerConfig.ACKS_CONFIG));
        assertEquals("true", p.get(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG));
        assertEquals("broker:9092", p.get(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG));
        assertEquals("lz4", p.get(ProducerConfig.COMPRESSION_TYPE_CONFIG), "articles are compressed by default");
        base.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        assertEquals("zstd", ArticlePublisher.producerConfig(base).get(ProducerConfig.COMPRESSION_TYPE_CONFIG), "the user's choice wins");
    }

    @Test
    void shouldPrintArticlesInADryRunWithTheSameSkipping() {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();

        IngestSummary summary = DryRun.print(input(), new java.io.PrintStream(bytes, true, StandardCharsets.UTF_8));

        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(2, lines.size());
        assertEquals(ArticleId.assign(TAJI), Json.read(lines.get(0), Article.class));
        assertEquals(new IngestSummary(2, 1, 1, List.of("dump.jsonl:2: not JSON")), summary);
    }
}
