package org.basewatch.processor.dedup;

import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.processor.StateStore;
import org.basewatch.contracts.Article;
import org.basewatch.contracts.Json;
import org.basewatch.contracts.Topics;
import org.basewatch.processor.ProcessorTopology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The processor's whole topology over real RocksDB stores (TopologyTestDriver with a state folder): feeds articles,
 * then flushes every store and reads the size of its SST files, as {@code basewatch bench} does after a run.
 */
final class DedupStateProbe implements AutoCloseable {
    private final Path stateDir;
    private final TopologyTestDriver driver;
    private final TestInputTopic<String, byte[]> articles;
    private final List<TestOutputTopic<String, byte[]>> outputs = new ArrayList<>();
    private long deadLetters;
    private long claims;

    DedupStateProbe(Properties overrides) {
        try {
            stateDir = Files.createTempDirectory("dedup-state");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Properties props = ProcessorTopology.config(overrides);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(ProcessorTopology.buildTopology(props), props);
        articles = driver.createInputTopic(Topics.ARTICLES, new StringSerializer(), new ByteArraySerializer());
        for (String topic : List.of(Topics.ARTICLES_DLQ, Topics.CLAIMS, Topics.STORIES)) {
            outputs.add(driver.createOutputTopic(topic, new StringDeserializer(), new ByteArrayDeserializer()));
        }
    }

    void send(Article article, Instant timestamp) {
        articles.pipeInput(article.id(), Json.bytes(article), timestamp);
    }

    /** Reads away what the topology wrote (the driver keeps every output record otherwise), counting dead letters and claims. */
    void drain() {
        deadLetters += outputs.get(0).readRecordsToList().size();
        claims += outputs.get(1).readRecordsToList().size();
        outputs.get(2).readRecordsToList();
    }

    long deadLetters() {
        return deadLetters;
    }

    long claims() {
        return claims;
    }

    /** Bytes of SST files per store, after flushing every store's memtables to disk. */
    @SuppressWarnings("deprecation")
    Map<String, Long> sstBytes() {
        for (StateStore store : driver.getAllStateStores().values()) {
            store.flush();
        }
        Map<String, Long> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(stateDir)) {
            files.filter(f -> f.getFileName().toString().endsWith(".sst"))
                    .forEach(f -> out.merge(storeOf(f), size(f), Long::sum));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** How many entries each store holds, counted by iterating it. */
    Map<String, Long> entries() {
        Map<String, Long> out = new TreeMap<>();
        for (String name : driver.getAllStateStores().keySet()) {
            long n = 0;
            try (var it = driver.getKeyValueStore(name).all()) {
                while (it.hasNext()) {
                    it.next();
                    n++;
                }
            }
            out.put(name, n);
        }
        return out;
    }

    /** The store folder under {@code rocksdb/} that holds {@code sst}. */
    private static String storeOf(Path sst) {
        Path p = sst.getParent();
        while (p.getParent() != null && !p.getParent().getFileName().toString().equals("rocksdb")) {
            p = p.getParent();
        }
        return p.getFileName().toString();
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.close();
        try (Stream<Path> files = Files.walk(stateDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
