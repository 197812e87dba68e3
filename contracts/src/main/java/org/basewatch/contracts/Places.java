package org.basewatch.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The gazetteer: the places basewatch follows, their scopes (country → region → governorate →
 * base) and the names the extractor finds them by, read once from {@code places.json} — the copy
 * in this module, or the file the {@value #PROPERTY} system property (set by the command line's
 * {@code --places FILE}) or the {@code BASEWATCH_PLACES} environment variable names, so that other bases
 * or another country need no code change.
 */
public final class Places {
    /** The system property naming a user's own gazetteer file. */
    public static final String PROPERTY = "basewatch.places";
    public static final String RESOURCE = "places.json";
    public static final String IRAQ = "iq";
    public static final String FEDERAL = "iq-federal";
    public static final String KURDISTAN = "iq-kurdistan";

    private static final Map<String, Place> BY_ID = load();

    private Places() {
    }

    /** The environment variable naming a user's own gazetteer file (the system property wins). */
    public static final String ENVIRONMENT = "BASEWATCH_PLACES";

    private static Map<String, Place> load() {
        String file = System.getProperty(PROPERTY, System.getenv(ENVIRONMENT));
        try (InputStream in = file != null && !file.isBlank() ? Files.newInputStream(Path.of(file))
                : Places.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new ObjectMapper().readTree(in), file == null ? RESOURCE : file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the gazetteer " + (file == null ? RESOURCE : file), e);
        }
    }

    /** The places of a gazetteer document; fails with the place's id when a field is wrong. */
    static Map<String, Place> parse(JsonNode root, String name) {
        Map<String, Place> out = new LinkedHashMap<>();
        for (JsonNode p : root.path("places")) {
            String id = p.path("id").asText(null);
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException(name + ": a place without an id");
            }
            Place.Kind kind = kind(p.path("kind").asText(""));
            if (kind == null) {
                throw new IllegalArgumentException(name + ": place " + id + " has an unknown kind '" + p.path("kind").asText() + "'");
            }
            String parent = p.path("parent").isTextual() ? p.path("parent").asText() : null;
            out.put(id, new Place(id, kind, p.path("ar").asText(""), p.path("en").asText(""), parent,
                    strings(p.path("names")), strings(p.path("weakNames"))));
        }
        for (Place p : out.values()) {
            if (p.parent() != null && !out.containsKey(p.parent())) {
                throw new IllegalArgumentException(name + ": place " + p.id() + " sits in unknown place " + p.parent());
            }
        }
        return out;
    }

    /** The kind written as in the file ("base", "notAPlace"), or null. */
    private static Place.Kind kind(String written) {
        for (Place.Kind k : Place.Kind.values()) {
            if (k.name().replace("_", "").equalsIgnoreCase(written)) {
                return k;
            }
        }
        return null;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** A place of the table, or null (also for places outside it). */
    public static Place get(String id) {
        Place p = BY_ID.get(id);
        return p != null && p.kind().isTracked() ? p : null;
    }

    public static boolean isKnown(String id) {
        return get(id) != null;
    }

    /** The places of the table, in the gazetteer's order. */
    public static List<Place> all() {
        return BY_ID.values().stream().filter(p -> p.kind().isTracked()).toList();
    }

    /** Every entry of the gazetteer, with the places outside the table and the names that are not places. */
    public static List<Place> gazetteer() {
        return List.copyOf(BY_ID.values());
    }

    /** The scopes above a place, nearest first: harir → [erbil, iq-kurdistan, iq]. */
    public static List<String> ancestors(String id) {
        List<String> out = new ArrayList<>();
        Place p = BY_ID.get(id);
        while (p != null && p.parent() != null) {
            out.add(p.parent());
            p = BY_ID.get(p.parent());
        }
        return out;
    }

    /** Whether {@code inner} lies inside {@code scope} (strictly). */
    public static boolean within(String inner, String scope) {
        // the sink asks this for every claim a place holds, many times a second: no list of ancestors built
        Place p = BY_ID.get(inner);
        while (p != null && p.parent() != null) {
            if (p.parent().equals(scope)) {
                return true;
            }
            p = BY_ID.get(p.parent());
        }
        return false;
    }
}
