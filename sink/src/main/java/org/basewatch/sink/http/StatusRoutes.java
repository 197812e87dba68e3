package org.basewatch.sink.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every path the sink's HTTP server answers, in one table: the JSON API over the status table (described at
 * {@code /api/openapi.json}), the health check, and the web page with its scripts. Each is a GET (HEAD too).
 */
final class StatusRoutes {
    private static final Set<String> NONE = Set.of();
    private static final Set<String> AS_OF = Set.of("asOf");
    /** Pages take any query: the page reads its own (a place, a day) from the address bar. */
    private static final Set<String> ANY = null;
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8", "json", Reply.JSON);

    private StatusRoutes() {
    }

    static List<Route> table(StatusApi api) {
        return List.of(
                new Route("/health", NONE, call -> Reply.json(Map.of("status", "UP"))),
                new Route("/api/places", AS_OF, call -> Reply.json(api.places(call.query("asOf")))),
                new Route("/api/places/{id}", AS_OF, call -> Reply.json(api.place(call.path("id"), call.query("asOf")))),
                new Route("/api/places/{id}/history", NONE, call -> Reply.json(api.history(call.path("id")))),
                new Route("/api/places/{id}/evidence", NONE, call -> Reply.json(api.evidence(call.path("id")))),
                new Route("/api/gazetteer", NONE, call -> Reply.json(api.gazetteer())),
                new Route("/api/changes", ChangeQuery.PARAMETERS, call -> changes(api, call)),
                new Route("/api/openapi.json", ANY, file("openapi.json")),
                new Route("/openapi.json", ANY, file("openapi.json")),
                new Route("/", ANY, file("index.html")),
                new Route("/index.html", ANY, file("index.html")),
                new Route("/app.js", ANY, file("app.js")),
                new Route("/dates.js", ANY, file("dates.js")),
                new Route("/svg.js", ANY, file("svg.js")),
                new Route("/timeline.js", ANY, file("timeline.js")),
                new Route("/map.js", ANY, file("map.js")),
                new Route("/map.json", ANY, file("map.json")),
                new Route("/style.css", ANY, file("style.css")));
    }

    /** A page of changes, with a {@code Link: <...>; rel="next"} to the next one unless it is the last. */
    private static Reply changes(StatusApi api, Call call) {
        ChangeQuery.Page page = api.changes(ChangeQuery.parse(call.query()));
        Reply reply = Reply.json(page.items());
        return page.nextOffset() == null ? reply : reply.with("Link", "<" + nextLink(call, page.nextOffset()) + ">; rel=\"next\"");
    }

    /** This request's path and query with {@code offset} moved on to the next page. */
    private static String nextLink(Call call, int nextOffset) {
        StringBuilder link = new StringBuilder(call.rawPath()).append("?");
        if (call.rawQuery() != null) {
            for (String pair : call.rawQuery().split("&")) {
                if (!pair.isEmpty() && !pair.startsWith("offset=")) {
                    link.append(pair).append('&');
                }
            }
        }
        return link.append("offset=").append(nextOffset).toString();
    }

    /** A file of the page, read from the classpath's {@code /web/} once per request (they are small and few). */
    private static Route.Endpoint file(String name) {
        String type = TYPES.get(name.substring(name.lastIndexOf('.') + 1));
        return call -> new Reply(200, type, resource("/web/" + name), Map.of());
    }

    private static byte[] resource(String path) {
        try (InputStream in = StatusRoutes.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new ApiException(404, "missing resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
