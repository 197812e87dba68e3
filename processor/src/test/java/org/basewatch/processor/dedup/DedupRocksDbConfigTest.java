package org.basewatch.processor.dedup;

import org.junit.jupiter.api.Test;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.CompressionType;
import org.rocksdb.Options;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DedupRocksDbConfigTest {

    @Test
    void shouldCompressWithZstdInSixteenKilobyteBlocksUnlessToldOtherwise() {
        DedupRocksDbConfig setter = new DedupRocksDbConfig();
        try (Options options = new Options()) {
            options.setTableFormatConfig(new BlockBasedTableConfig());
            setter.setConfig("story-articles", options, Map.of());
            assertEquals(CompressionType.ZSTD_COMPRESSION, options.compressionType());
            assertEquals(16 * 1024, ((BlockBasedTableConfig) options.tableFormatConfig()).blockSize());
            setter.setConfig("story-articles", options, Map.of(DedupRocksDbConfig.CONFIG, " LZ4 "));
            assertEquals(CompressionType.LZ4_COMPRESSION, options.compressionType());
            assertThrows(IllegalArgumentException.class,
                    () -> setter.setConfig("story-articles", options, Map.of(DedupRocksDbConfig.CONFIG, "gzip")));
        }
    }
}
