package org.basewatch.sink.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.basewatch.contracts.Claim;
import org.basewatch.contracts.Json;
import org.basewatch.contracts.Place;
import org.basewatch.contracts.PlaceStatus;
import org.basewatch.contracts.Places;
import org.basewatch.contracts.Status;
import org.basewatch.contracts.StatusChange;
import org.basewatch.sink.db.StatusTableStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs every endpoint of the status server over real HTTP against a real SQLite file. */
class StatusServerTest {
    @TempDir
    static Path dir;

    private static StatusTableStore store;
    private static StatusServer server;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void startServer() {
        store = StatusFixture.seed(dir);
        server = StatusServer.start(store, null, 0);
    }

    @AfterAll
    static void stopServer() {
        server.close();
        store.close();
    }

    @Test
    void shouldListEveryRowWithTheRecordFieldNames() throws Exception {
        HttpResponse<String> response = get("/api/places");

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode rows = Json.MAPPER.readTree(response.body());
        assertEquals(List.of("ain-al-asad", "harir", "iq-federal", "joc-hq", "taji"), texts(rows, "place"));
        for (JsonNode row : rows) {
            assertEquals(componentNames(PlaceStatus.class), fieldNames(row));
        }
    }

    @Test
    void shouldAnswerOnePlaceAsStored() throws Exception {
        HttpResponse<String> response = get("/api/places/ain-al-asad");

        assertEquals(200, response.statusCode());
        PlaceStatus row = Json.read(response.body(), PlaceStatus.class);
        assertEquals(store.place("ain-al-asad").orElseThrow(), row);
        assertEquals(Status.WITHDRAWN, row.status());
        assertEquals("2026-01-15", row.since());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/places/atlantis", "/api/places/atlantis/history", "/api/places/atlantis?asOf=2022-01-01",
            "/api/atlantis"})
    void shouldAnswerJson404ForUnknownPlaceOrEndpoint(String path) throws Exception {
        HttpResponse<String> response = get(path);

        assertEquals(404, response.statusCode());
        JsonNode error = Json.MAPPER.readTree(response.body());
        assertEquals(404, error.get("status").asInt());
        assertTrue(error.get("error").asText().contains("atlantis"), error.toString());
    }

    @Test
    void shouldListClaimsOfAPlaceOldestEventFirst() throws Exception {
        HttpResponse<String> response = get("/api/places/ain-al-asad/history");

        assertEquals(200, response.statusCode());
        JsonNode claims = Json.MAPPER.readTree(response.body());
        assertEquals(List.of("t-101", "t-103", "t-102", "t-104"), texts(claims, "articleId"));
        assertEquals(componentNames(Claim.class), fieldNames(claims.get(0)));
        assertEquals(StatusFixture.AIN_ADVISORY.evidence(), Json.read(claims.get(1).toString(), Claim.class).evidence());
    }

    @Test
    void shouldListStatusChanges() throws Exception {
        HttpResponse<String> response = get("/api/changes");

        assertEquals(200, response.statusCode());
        StatusChange[] changes = Json.read(response.body(), StatusChange[].class);
        assertEquals(store.changes(), List.of(changes));
        assertEquals(5, changes.length);
        assertNull(changes[0].from());
        assertEquals(Status.PRESENT, changes[0].to());
    }

    @Test
    void shouldAnswerTheTableAsItStoodOnAPastDay() throws Exception {
        HttpResponse<String> response = get("/api/places?asOf=2022-01-01");

        assertEquals(200, response.statusCode());
        PlaceStatus[] rows = Json.read(response.body(), PlaceStatus[].class);
        // iq-federal and joc-hq have no claim dated by then
        assertEquals(List.of("ain-al-asad", "harir", "taji"), Arrays.stream(rows).map(PlaceStatus::place).toList());
        assertEquals(Status.ADVISORY_ONLY, rows[0].status());
        assertEquals("2021-12-18", rows[0].since());
        assertEquals(Status.ADVISORY_ONLY, rows[1].status());
        assertEquals(Status.WITHDRAWN, rows[2].status());
        assertTrue(rows[2].approximate(), "taji is dated only by what its article mentions");
    }

    @Test
    void shouldMarkAPlanOverdueOnlyOnceItsDeadlineHasPassed() throws Exception {
        PlaceStatus before = Json.read(get("/api/places/harir?asOf=2025-01-01").body(), PlaceStatus.class);
        PlaceStatus now = Json.read(get("/api/places/harir").body(), PlaceStatus.class);

        assertEquals(Status.WITHDRAWN, before.expected().status());
        assertFalse(before.expected().overdue());
        assertTrue(now.expected().overdue());
    }

    @Test
    void shouldAnswerAPlaceWithdrawnIn2026AsAdvisoryOnlyIn2022() throws Exception {
        PlaceStatus now = Json.read(get("/api/places/ain-al-asad").body(), PlaceStatus.class);
        HttpResponse<String> response = get("/api/places/ain-al-asad?asOf=2022-01-01");

        assertEquals(200, response.statusCode());
        PlaceStatus then = Json.read(response.body(), PlaceStatus.class);
        assertEquals(Status.WITHDRAWN, now.status());
        assertEquals(Status.ADVISORY_ONLY, then.status());
        assertFalse(then.evidence().stream().anyMatch(e -> "t-104".equals(e.articleId())),
                "evidence from 2026 must not show in 2022: " + then.evidence());
    }

    @Test
    void shouldKnowAPlanFromItsPublicationBeforeItsDeadline() throws Exception {
        PlaceStatus then = Json.read(get("/api/places/ain-al-asad?asOf=2021-09-01").body(), PlaceStatus.class);

        assertEquals(Status.PRESENT, then.status());
        assertEquals(Status.ADVISORY_ONLY, then.expected().status());
        assertEquals("2021-12-31", then.expected().by());
    }

    @Test
    void shouldGiveABaseTheStatusOfItsRegionAsOfAPastDay() throws Exception {
        HttpResponse<String> before = get("/api/places/joc-hq?asOf=2025-01-01");
        HttpResponse<String> after = get("/api/places/joc-hq?asOf=2026-02-01");

        assertEquals(404, before.statusCode());
        assertEquals(200, after.statusCode());
        assertEquals(Status.WITHDRAWN, Json.read(after.body(), PlaceStatus.class).status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/places?asOf=2022-13-01", "/api/places?asOf=yesterday",
            "/api/places/ain-al-asad?asOf=2022-1-1", "/api/places/ain-al-asad?asOf=2022"})
    void shouldRefuseAMalformedAsOfWithJson400(String path) throws Exception {
        HttpResponse<String> response = get(path);

        assertEquals(400, response.statusCode());
        JsonNode error = Json.MAPPER.readTree(response.body());
        assertEquals(400, error.get("status").asInt());
        assertTrue(error.get("error").asText().contains("asOf"), error.toString());
    }

    @Test
    void shouldDescribeEveryEndpointInOpenApi() throws Exception {
        HttpResponse<String> response = get("/api/openapi.json");

        assertEquals(200, response.statusCode());
        JsonNode doc = Json.MAPPER.readTree(response.body());
        assertTrue(doc.get("openapi").asText().startsWith("3."));
        Set<String> paths = new TreeSet<>();
        doc.get("paths").fieldNames().forEachRemaining(paths::add);
        assertEquals(new TreeSet<>(List.of("/api/places", "/api/places/{id}", "/api/places/{id}/history",
                "/api/places/{id}/evidence", "/api/gazetteer", "/api/changes", "/api/openapi.json", "/health")), paths);
        JsonNode rowSchema = doc.at("/components/schemas/PlaceStatus/properties");
        Set<String> described = new TreeSet<>();
        rowSchema.fieldNames().forEachRemaining(described::add);
        assertEquals(new TreeSet<>(componentNames(PlaceStatus.class)), described);
        assertEquals(new TreeSet<>(componentNames(Quote.class)), new TreeSet<>(fieldNames(doc.at("/components/schemas/Quote/properties"))));
        assertEquals(new TreeSet<>(componentNames(GazetteerPlace.class)),
                new TreeSet<>(fieldNames(doc.at("/components/schemas/GazetteerPlace/properties"))));
    }

    @Test
    void shouldCiteEveryStatementBehindARowOnceIncludingItsScopes() throws Exception {
        HttpResponse<String> own = get("/api/places/ain-al-asad/evidence");
        HttpResponse<String> inherited = get("/api/places/joc-hq/evidence");

        assertEquals(200, own.statusCode());
        assertEquals(List.of("t-101", "t-103", "t-102", "t-104"), texts(Json.MAPPER.readTree(own.body()), "articleId"));
        assertEquals(List.of("t-301"), texts(Json.MAPPER.readTree(inherited.body()), "articleId"),
                "a place without claims of its own cites its region's");
        assertEquals(404, get("/api/places/nowhere/evidence").statusCode());
    }

    @Test
    void shouldNameThePlacesOfTheTable() throws Exception {
        JsonNode places = Json.MAPPER.readTree(get("/api/gazetteer").body());

        assertEquals("iq", places.get(0).get("id").asText());
        assertEquals("COUNTRY", places.get(0).get("kind").asText());
        assertTrue(texts(places, "name").contains("Federal Iraq"), places.toString());
        assertFalse(texts(places, "kind").contains("ELSEWHERE"));
    }

    @Test
    void shouldPlaceEveryBaseOfTheGazetteerOnTheMap() throws Exception {
        JsonNode points = Json.MAPPER.readTree(get("/map.json").body()).get("points");

        for (Place p : Places.all()) {
            assertTrue(points.has(p.id()), "no point on the map for " + p.id());
        }
    }

    @Test
    void shouldReportHealthUp() throws Exception {
        HttpResponse<String> response = get("/health");

        assertEquals(200, response.statusCode());
        assertEquals("UP", Json.MAPPER.readTree(response.body()).get("status").asText());
    }

    @Test
    void shouldServeTheWebPageAndItsScript() throws Exception {
        HttpResponse<String> page = get("/");
        HttpResponse<String> script = get("/app.js");

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<table id=\"bases\""), page.body());
        assertEquals(200, script.statusCode());
        assertTrue(script.headers().firstValue("Content-Type").orElse("").contains("javascript"));
        assertFalse(script.body().contains("innerHTML"), "the page must not parse data as HTML");
    }

    @Test
    void shouldListenOnTheChosenFreePort() {
        assertTrue(server.port() > 0);
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(node -> out.add(node.get(field).asText()));
        return out;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static List<String> componentNames(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
    }
}
