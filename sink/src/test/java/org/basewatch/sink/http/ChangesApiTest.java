package org.basewatch.sink.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.basewatch.contracts.Evidence;
import org.basewatch.contracts.Json;
import org.basewatch.contracts.Modality;
import org.basewatch.contracts.Status;
import org.basewatch.contracts.StatusChange;
import org.basewatch.sink.db.StatusTableStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code /api/changes} at scale over real HTTP and SQLite: filters, pages with next links, refused parameters, gzip, ETag. */
class ChangesApiTest {
    private static final List<String> PLACES = List.of("ain-al-asad", "harir", "taji");
    private static final int CHANGES_PER_PLACE = 7;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @TempDir
    static Path dir;
    private static StatusTableStore store;
    private static StatusServer server;

    @BeforeAll
    static void start() {
        store = StatusTableStore.open("jdbc:sqlite:" + dir.resolve("changes.db"), null, null);
        List<StatusChange> changes = new ArrayList<>();
        Status[] cycle = {Status.PRESENT, Status.ADVISORY_ONLY, Status.WITHDRAWN};
        for (String place : PLACES) {
            for (int i = 0; i < CHANGES_PER_PLACE; i++) {
                changes.add(change(place, cycle[i % cycle.length], cycle[(i + 1) % cycle.length], "2021-0" + (i + 1) + "-15"));
            }
        }
        changes.add(change("harir", Status.WITHDRAWN, Status.PRESENT, "2019-12-05"));
        changes.add(change("harir", Status.PRESENT, Status.WITHDRAWN, "2020"));
        changes.add(change("harir", Status.WITHDRAWN, Status.ADVISORY_ONLY, null));
        store.recordChanges(changes);
        server = StatusServer.start(store, null, 0);
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    @Test
    void shouldGiveEveryChangeOncePageByPageFollowingTheNextLinks() throws Exception {
        List<StatusChange> seen = new ArrayList<>();
        String next = "/api/changes?limit=4";
        int pages = 0;
        while (next != null) {
            HttpResponse<String> page = get(next);
            assertEquals(200, page.statusCode(), page.body());
            List<StatusChange> items = List.of(Json.read(page.body(), StatusChange[].class));
            assertTrue(items.size() <= 4, next);
            seen.addAll(items);
            next = page.headers().firstValue("Link").map(ChangesApiTest::nextOf).orElse(null);
            pages++;
        }
        assertEquals(store.changes(), seen);
        assertEquals((store.changes().size() + 3) / 4, pages, "no empty last page");
    }

    @Test
    void shouldGiveOnePlacesChanges() throws Exception {
        HttpResponse<String> response = get("/api/changes?place=taji");
        List<StatusChange> changes = List.of(Json.read(response.body(), StatusChange[].class));
        assertEquals(CHANGES_PER_PLACE, changes.size());
        assertTrue(changes.stream().allMatch(c -> c.place().equals("taji")), response.body());
        assertEquals(store.changes().stream().filter(c -> c.place().equals("taji")).toList(), changes);
    }

    @Test
    void shouldCountAYearOnlyChangeFromTheEndOfItsYearAndLeaveUndatedOnesOutOfSince() throws Exception {
        List<StatusChange> changes = List.of(Json.read(get("/api/changes?place=harir&since=2020-06-01").body(), StatusChange[].class));
        List<String> dates = changes.stream().map(StatusChange::effectiveDate).toList();
        assertTrue(dates.contains("2020"), dates.toString());
        assertFalse(dates.contains("2019-12-05"), dates.toString());
        assertFalse(dates.contains(null), dates.toString());
        assertEquals(1 + CHANGES_PER_PLACE, changes.size(), dates.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/changes?plcae=harir", "/api/changes?limit=0", "/api/changes?limit=ten",
            "/api/changes?since=last-week", "/api/changes?offset=-1", "/api/places?foo=1", "/api/places/harir/history?asOf=2020-01-01",
            "/api/changes?place=harir&place=taji"})
    void shouldRefuseUnknownOrMalformedParametersWithJson400(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertEquals(400, response.statusCode(), response.body());
        JsonNode error = Json.MAPPER.readTree(response.body());
        assertEquals(400, error.get("status").asInt());
    }

    @Test
    void shouldGzipForAClientThatTakesIt() throws Exception {
        HttpResponse<String> plain = get("/api/changes");
        HttpResponse<byte[]> zipped = CLIENT.send(request("/api/changes").header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse(null));
        assertFalse(plain.headers().firstValue("Content-Encoding").isPresent());
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            assertEquals(plain.body(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertTrue(zipped.body().length < plain.body().getBytes(StandardCharsets.UTF_8).length, "smaller");
    }

    @Test
    void shouldAnswer304WhileTheChangesAreTheSameAnd200OnceTheyAreNot() throws Exception {
        String path = "/api/changes?place=ain-al-asad";
        String etag = get(path).headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = CLIENT.send(request(path).header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());

        store.recordChange(change("ain-al-asad", Status.WITHDRAWN, Status.PRESENT, "2026-02-01"));
        HttpResponse<String> changed = CLIENT.send(request(path).header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, changed.statusCode());
        assertNotEquals(etag, changed.headers().firstValue("ETag").orElseThrow());
    }

    /** {@code </api/changes?limit=4&offset=4>; rel="next"} → {@code /api/changes?limit=4&offset=4}. */
    private static String nextOf(String link) {
        assertTrue(link.endsWith("; rel=\"next\""), link);
        return link.substring(link.indexOf('<') + 1, link.indexOf('>'));
    }

    private static StatusChange change(String place, Status from, Status to, String date) {
        Evidence evidence = new Evidence("article-" + place + "-" + date, "story", "outlet", "2021-01-01", to, Modality.ASSERTED,
                date, "evidence of a change of " + place + " reported at some length to make the list worth compressing", 0, 10, 0.9);
        return new StatusChange(place, from, to, date, "2026-12-07T00:00:00Z", evidence);
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return CLIENT.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
    }
}
