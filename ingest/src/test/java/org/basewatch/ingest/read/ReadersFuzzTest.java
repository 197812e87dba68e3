package org.basewatch.ingest.read;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Timeout;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Issue 14: every reader of the outside world takes any bytes without an exception escaping and without hanging. Without
 * {@code JAZZER_FUZZ=1} (CI) each test runs only its seeds in {@code ReadersFuzzTestInputs/} and an empty input, in
 * milliseconds; with it, Jazzer mutates them for {@link #FUZZ_FOR} each and adds what breaks a reader to the seeds.
 */
class ReadersFuzzTest {
    /** How long one reader is fuzzed under JAZZER_FUZZ=1. */
    private static final String FUZZ_FOR = "30s";
    /** Seconds one input may take: a reader that loops on an input fails here rather than stalling the build. */
    private static final int PER_INPUT_SECONDS = 10;

    @FuzzTest(maxDuration = FUZZ_FOR)
    @Timeout(PER_INPUT_SECONDS)
    void jsonl(byte[] input) {
        List<ReadResult> results = JsonlReader.read(input, "fuzz.jsonl", "fuzz");
        assertNotNull(results);
    }

    @FuzzTest(maxDuration = FUZZ_FOR)
    @Timeout(PER_INPUT_SECONDS)
    void html(byte[] input) {
        HtmlReader.read(new String(input, StandardCharsets.UTF_8), "https://example.org/fuzz", "fuzz");
    }

    @FuzzTest(maxDuration = FUZZ_FOR)
    @Timeout(PER_INPUT_SECONDS)
    void feed(byte[] input) {
        assertNotNull(FeedReader.read(new String(input, StandardCharsets.UTF_8), "https://example.org/feed", "fuzz"));
    }

    @FuzzTest(maxDuration = FUZZ_FOR)
    @Timeout(PER_INPUT_SECONDS)
    void frontMatter(byte[] input) {
        TextReader.read(new String(input, StandardCharsets.UTF_8), "fuzz");
    }
}
