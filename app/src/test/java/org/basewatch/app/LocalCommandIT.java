package org.basewatch.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.basewatch.contracts.Json;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code basewatch local --until-idle} as a user runs it: embedded broker on a data folder, the whole pipeline, the table out. */
class LocalCommandIT {
    private static final Pattern SUMMARY = Pattern.compile("articles: (\\d+) in, (\\d+) processed, (\\d+) duplicates, (\\d+) dead-lettered");
    private static final Path SEEDS = Path.of("..", "..", "shared", "corpus", "seeds.jsonl");

    private record Run(int exit, String out) {
    }

    private static Run local(Path dataDir, String... extra) throws IOException {
        String[] base = {"local", "--until-idle", "--data-dir", dataDir.toString(),
                "--port", String.valueOf(freePort()), "--controller-port", String.valueOf(freePort())};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        CommandLine cmd = Main.commandLine();
        StringWriter out = new StringWriter();
        cmd.setOut(new PrintWriter(out, true));
        int exit = cmd.execute(args);
        return new Run(exit, out.toString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static Map<String, JsonNode> rows(Path tableJson) throws IOException {
        Map<String, JsonNode> rows = new HashMap<>();
        for (JsonNode row : Json.MAPPER.readTree(tableJson.toFile())) {
            rows.put(row.get("place").asText(), row);
        }
        return rows;
    }

    @Test
    void shouldRunTheSamplesToATableAndStartAgainOnTheSameFolder(@TempDir Path dir) throws IOException {
        Path data = dir.resolve("data");
        Path table = dir.resolve("t.json");
        Run first = local(data, "--table-json", table.toString());
        assertEquals(0, first.exit(), first.out());
        Matcher m = SUMMARY.matcher(first.out());
        assertTrue(m.find(), "summary line missing: " + first.out());
        long in = Long.parseLong(m.group(1));
        assertTrue(in >= 12, first.out());
        assertEquals(in, Long.parseLong(m.group(2)) + Long.parseLong(m.group(4)), "every article is processed or dead-lettered");
        Map<String, JsonNode> rows = rows(table);
        assertEquals("WITHDRAWN", rows.get("ain-al-asad").get("status").asText());
        assertEquals("PRESENT", rows.get("harir").get("status").asText());
        for (String field : new String[]{"place", "status", "since", "asOf", "expected", "sources", "evidence"}) {
            assertTrue(rows.get("harir").has(field), "row field " + field);
        }
        assertTrue(Files.exists(data.resolve("kafka")) && Files.exists(data.resolve("basewatch.db")));

        Run second = local(data);
        assertEquals(0, second.exit(), second.out());
        assertTrue(second.out().contains("ain-al-asad"), second.out());
    }

    @Test
    void shouldBuildRowsForTheSeedArticles(@TempDir Path dir) throws IOException {
        Assumptions.assumeTrue(Files.exists(SEEDS), "../shared/corpus/seeds.jsonl absent: skipping the seed run");
        Path table = dir.resolve("t.json");
        Run run = local(dir.resolve("data"), "--articles", SEEDS.toString(), "--table-json", table.toString());
        assertEquals(0, run.exit(), run.out());
        Map<String, JsonNode> rows = rows(table);
        assertTrue(rows.keySet().containsAll(java.util.List.of("ain-al-asad", "harir", "iq")), rows.keySet().toString());
    }
}
