package org.basewatch.sink.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One line of the routing table: a path pattern such as {@code /api/places/{id}/history}, the query parameters its
 * endpoint takes (null for any, as a page does), and the endpoint.
 */
record Route(String pattern, Set<String> parameters, Endpoint endpoint) {
    /** Answers a request that matched its route. */
    @FunctionalInterface
    interface Endpoint {
        Reply answer(Call call);
    }

    /** The values of the pattern's {@code {names}} when {@code rawPath} matches it, one whole segment each. */
    Optional<Map<String, String>> match(String rawPath) {
        List<String> want = segments(pattern);
        List<String> got = segments(rawPath);
        if (want.size() != got.size()) {
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < want.size(); i++) {
            String w = want.get(i);
            String g = got.get(i);
            if (w.startsWith("{") && w.endsWith("}") && !g.isEmpty()) {
                values.put(w.substring(1, w.length() - 1), URLDecoder.decode(g, StandardCharsets.UTF_8));
            } else if (!w.equals(g)) {
                return Optional.empty();
            }
        }
        return Optional.of(values);
    }

    /** {@code query} when every name is one the endpoint takes: a misspelt filter must not quietly return everything. */
    Map<String, String> check(Map<String, String> query) {
        if (parameters == null) {
            return query;
        }
        for (String name : query.keySet()) {
            if (!parameters.contains(name)) {
                throw new ApiException(400, "unknown parameter: " + name + (parameters.isEmpty() ? " (this endpoint takes none)"
                        : " (known: " + String.join(", ", new TreeSet<>(parameters)) + ")"));
            }
        }
        return query;
    }

    private static List<String> segments(String path) {
        return Arrays.asList(path.split("/", -1));
    }
}
