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
    void shouldFailFastWithAClearMessageWhenThePortIsTaken(@TempDir Path dir) throws IOException {
        try (ServerSocket taken = new ServerSocket(0)) {
            CommandLine cmd = Main.commandLine();
            StringWriter err = new StringWriter();
            cmd.setErr(new PrintWriter(err, true));
            long started = System.nanoTime();
            int exit = cmd.execute("local", "--until-idle", "--data-dir", dir.toString(),
                    "--port", String.valueOf(taken.getLocalPort()), "--controller-port", String.valueOf(freePort()));
            assertEquals(1, exit);
            assertTrue(err.toString().contains("port " + taken.getLocalPort() + " is already in use"), err.toString());
            assertTrue(System.nanoTime() - started < 30_000_000_000L, "no hang");
        }
    }

    @Test
    void shouldServeTheTableOverHttpWhileRunning(@TempDir Path dir) throws Exception {
        int http = freePort();
        int metrics = freePort();
        Thread runner = new Thread(() -> Main.commandLine().execute("local", "--data-dir", dir.toString(),
                "--port", String.valueOf(freePortUnchecked()), "--controller-port", String.valueOf(freePortUnchecked()),
                "--http-port", String.valueOf(http), "--metrics-port", String.valueOf(metrics)), "local-under-test");
        runner.start();
        try {
            java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
            java.net.URI places = java.net.URI.create("http://127.0.0.1:" + http + "/api/places/harir");
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(120)).ignoreExceptions().untilAsserted(() -> {
                var response = client.send(java.net.http.HttpRequest.newBuilder(places).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                assertEquals(200, response.statusCode());
                assertEquals("PRESENT", Json.MAPPER.readTree(response.body()).get("status").asText());
            });
            var page = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + http + "/")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("<table") || page.body().contains("<html"), page.body());
            var scrape = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + metrics + "/metrics")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, scrape.statusCode());
            assertTrue(scrape.body().contains("kafka_stream_"), "Kafka Streams metrics are exposed");
            var health = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + metrics + "/health")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode(), health.body());
            assertEquals("UP", Json.MAPPER.readTree(health.body()).get("status").asText(), health.body());
        } finally {
            runner.interrupt();
            runner.join(60_000);
        }
    }

    private static int freePortUnchecked() {
        try {
            return freePort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void shouldBuildRowsForTheSeedArticles(@TempDir Path dir) throws IOException {
        Assumptions.assumeTrue(Files.exists(SEEDS), "../shared/corpus/seeds.jsonl absent: skipping the seed run");
        Path table = dir.resolve("t.json");
        Run run = local(dir.resolve("data"), "--articles", SEEDS.toString(), "--table-json", table.toString());
        assertEquals(0, run.exit(), run.out());
        Map<String, JsonNode> rows = rows(table);
        assertTrue(rows.keySet().containsAll(java.util.List.of("ain-al-asad", "harir", "iq")), rows.keySet().toString());
        // the present DOMAIN.md's timeline implies from the user's five articles
        assertEquals("WITHDRAWN", rows.get("ain-al-asad").get("status").asText());
        assertEquals("WITHDRAWN", rows.get("joc-hq").get("status").asText());
        assertEquals("WITHDRAWN", rows.get("iq-federal").get("status").asText());
        assertEquals("PRESENT", rows.get("harir").get("status").asText());
        JsonNode expected = rows.get("harir").get("expected");
        assertEquals("WITHDRAWN", expected.path("status").asText(), "harir is expected to be left: " + rows.get("harir"));
        assertEquals("2026-12-31", expected.path("by").asText(), "by the end of 2026: " + expected);
        assertEquals("ADVISORY_ONLY", rows.get("iq").get("status").asText());
    }
}
