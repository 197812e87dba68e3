package org.basewatch.sink.http;

import org.basewatch.contracts.Json;

import java.util.LinkedHashMap;
import java.util.Map;

/** What an endpoint answers: a status, the body's media type and bytes, and any headers of its own. */
record Reply(int status, String contentType, byte[] body, Map<String, String> headers) {
    static final String JSON = "application/json";

    static Reply json(Object body) {
        return json(200, body);
    }

    static Reply json(int status, Object body) {
        return new Reply(status, JSON, Json.bytes(body), Map.of());
    }

    /** This reply with the header {@code name} set to {@code value}. */
    Reply with(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Reply(status, contentType, body, Map.copyOf(more));
    }
}
