package org.basewatch.processor.dedup;

import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.CompressionType;
import org.rocksdb.Options;

import java.util.Locale;
import java.util.Map;

/**
 * RocksDB settings of the processor's stores (all of them dedup stores): block compression, which Kafka Streams
 * leaves off. {@value #CONFIG} picks it ({@code lz4}, {@code zstd} or {@code none}; default {@value #DEFAULT}).
 */
public final class DedupRocksDbConfig implements RocksDBConfigSetter {
    public static final String CONFIG = "basewatch.dedup.compression";
    public static final String DEFAULT = "zstd";

    @Override
    public void setConfig(String storeName, Options options, Map<String, Object> configs) {
        options.setCompressionType(compression(configs.get(CONFIG)));
    }

    static CompressionType compression(Object setting) {
        String name = setting == null ? DEFAULT : setting.toString().trim().toLowerCase(Locale.ROOT);
        return switch (name) {
            case "lz4" -> CompressionType.LZ4_COMPRESSION;
            case "zstd" -> CompressionType.ZSTD_COMPRESSION;
            case "none" -> CompressionType.NO_COMPRESSION;
            default -> throw new IllegalArgumentException(CONFIG + " must be lz4, zstd or none, not '" + setting + "'");
        };
    }

    @Override
    public void close(String storeName, Options options) {
        // nothing was allocated
    }
}
