package org.basewatch.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code docs/asyncapi.yaml} as the tests read it: the channels, each one's Kafka topic configuration, and its
 * message's key, header and payload schemas, validated with a JSON-schema validator (draft 7, which AsyncAPI's schema
 * format extends) so that what the document says is what a generated client would check.
 */
final class AsyncApiDocument {
    static final Path FILE = Path.of("..", "docs", "asyncapi.yaml");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);

    private final JsonNode root;

    private AsyncApiDocument(JsonNode root) {
        this.root = root;
    }

    static AsyncApiDocument read() throws IOException {
        return new AsyncApiDocument(YAML.readTree(FILE.toFile()));
    }

    /** Channel name → the topic address it documents. */
    Map<String, String> addresses() {
        Map<String, String> out = new TreeMap<>();
        root.path("channels").properties().forEach(e -> out.put(e.getKey(), e.getValue().path("address").asText()));
        return out;
    }

    /** The channel's Kafka topic configuration as Kafka states it: a list joined by commas, numbers as text. */
    Map<String, String> topicConfiguration(String channel) {
        Map<String, String> out = new TreeMap<>();
        channel(channel).path("bindings").path("kafka").path("topicConfiguration").properties().forEach(e -> {
            JsonNode v = e.getValue();
            List<String> parts = new ArrayList<>();
            if (v.isArray()) {
                v.forEach(x -> parts.add(x.asText()));
            } else {
                parts.add(v.asText());
            }
            out.put(e.getKey(), String.join(",", parts));
        });
        return out;
    }

    /** What is wrong with a record of this channel: its key, headers (names → UTF-8 text) and JSON value. */
    List<String> problems(String channel, String key, Map<String, String> headers, byte[] value) throws IOException {
        JsonNode message = message(channel);
        List<String> out = new ArrayList<>();
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        out.addAll(check("key", message.path("bindings").path("kafka").path("key"), key == null ? nodes.nullNode() : nodes.textNode(key)));
        ObjectNode headerNode = nodes.objectNode();
        headers.forEach(headerNode::put);
        out.addAll(check("headers", message.path("headers"), headerNode));
        JsonNode payload = message.path("payload");
        if (payload.has("$ref")) {
            out.addAll(check("value", payload, new ObjectMapper().readTree(value)));
        }
        return out;
    }

    /** Whether the channel's value is JSON the document gives a schema for (dead letters are raw bytes). */
    boolean hasValueSchema(String channel) {
        return message(channel).path("payload").has("$ref");
    }

    private List<String> check(String what, JsonNode schemaNode, JsonNode instance) {
        if (schemaNode.isMissingNode()) {
            return List.of(what + ": no schema");
        }
        ObjectNode withComponents = schemaNode.deepCopy();
        withComponents.set("components", root.path("components").deepCopy());
        Schema schema = SCHEMAS.getSchema(withComponents);
        return schema.validate(instance).stream().map(Error::toString).map(e -> what + ": " + e).toList();
    }

    private JsonNode channel(String channel) {
        JsonNode node = root.path("channels").path(channel);
        if (node.isMissingNode()) {
            throw new IllegalArgumentException("no channel " + channel + " in " + FILE);
        }
        return node;
    }

    private JsonNode message(String channel) {
        JsonNode messages = channel(channel).path("messages");
        if (messages.size() != 1) {
            throw new IllegalStateException("channel " + channel + " should carry one message, has " + messages.size());
        }
        return resolve(messages.elements().next());
    }

    private JsonNode resolve(JsonNode node) {
        return node.has("$ref") ? root.at(node.get("$ref").asText().substring(1)) : node;
    }
}
