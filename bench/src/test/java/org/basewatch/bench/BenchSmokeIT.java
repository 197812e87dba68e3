package org.basewatch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import org.basewatch.contracts.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code basewatch bench} runs end to end on a small load and reports every headline figure; no target is asserted. */
class BenchSmokeIT {
    private static final List<String> FIELDS = List.of("articles", "pipeline_aps", "passthrough_aps", "ratio",
            "p50_ms", "p99_ms", "max_ms", "state_bytes_per_article", "rss_mb", "cost_growth_10k_100k");

    @Test
    void shouldReportEveryFigureAsAPositiveNumberOnItsLastLine(@TempDir Path dir) throws Exception {
        StringWriter out = new StringWriter();
        CommandLine cmd = new CommandLine(new BenchCommand());
        cmd.setOut(new PrintWriter(out, true));
        int exit = cmd.execute("--articles", "200", "--latency-seconds", "3", "--rate", "20",
                "--cost-articles", "2000", "--data-dir", dir.resolve("data").toString());

        assertEquals(0, exit, out.toString());
        String[] lines = out.toString().strip().split("\\R");
        JsonNode figures = Json.MAPPER.readTree(lines[lines.length - 1]);
        for (String field : FIELDS) {
            JsonNode value = figures.get(field);
            assertTrue(value != null && value.isNumber() && value.asDouble() > 0,
                    field + " should be a positive number in " + lines[lines.length - 1]);
        }
        assertEquals(200, figures.get("articles").asInt());
    }
}
