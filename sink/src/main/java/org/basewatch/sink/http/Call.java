package org.basewatch.sink.http;

import java.util.Map;

/**
 * One request as an endpoint sees it: the decoded values of its route's {@code {names}}, its query parameters (each one
 * the route declares), and the raw path and query it came with, for links to other pages of the same answer.
 */
record Call(Map<String, String> pathValues, Map<String, String> query, String rawPath, String rawQuery) {
    /** The value of {@code {name}} in the route's path. */
    String path(String name) {
        return pathValues.get(name);
    }

    /** The query parameter {@code name}, or null when not given. */
    String query(String name) {
        return query.get(name);
    }
}
