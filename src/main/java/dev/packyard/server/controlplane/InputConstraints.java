package dev.packyard.server.controlplane;

import com.fasterxml.jackson.databind.JsonNode;
import dev.packyard.model.SharedJson;
import dev.packyard.service.error.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Every member constraint CodeArtifact's model states for an operation's input (lengths, ranges, patterns, enums),
 * checked on the members a request carries before the operation runs. The constraints come from one description,
 * {@code codeartifact/input-constraints.json}, derived from the service model the AWS CLI ships, so no operation
 * checks them by hand. Missing required members are left to the operations, whose messages say what to give.
 */
final class InputConstraints {
    private static final String RESOURCE = "/codeartifact/input-constraints.json";

    private final JsonNode operations;
    private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();

    private InputConstraints(JsonNode operations) {
        this.operations = operations;
    }

    static InputConstraints load() {
        try (InputStream in = InputConstraints.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return new InputConstraints(SharedJson.MAPPER.readTree(in).path("operations"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the description knows the operation (every operation of the model). */
    boolean knows(String operation) {
        return operations.has(operation);
    }

    void check(String operation, ApiRequest request) {
        JsonNode op = operations.get(operation);
        if (op == null) {
            return;
        }
        JsonBody body = null;
        for (JsonNode member : op.path("members")) {
            String location = member.path("location").asText();
            String wireName = member.path("wireName").asText();
            switch (location) {
                case "querystring" -> {
                    List<String> values = request.context().queryParams(wireName);
                    boolean list = member.path("type").asText().equals("list");
                    for (String value : values) {
                        checkScalar(wireName, list ? member.path("items") : member, value);
                    }
                    if (list) {
                        checkSize(wireName, member, values.size());
                    }
                }
                case "body" -> {
                    if (body == null) {
                        body = request.body();
                    }
                    JsonNode value = body.node(wireName);
                    if (value != null) {
                        checkJson(wireName, member, value);
                    }
                }
                default -> {
                    // Headers and raw payloads are checked by the operations that read them.
                }
            }
        }
    }

    private void checkJson(String name, JsonNode c, JsonNode value) {
        if (value == null || value.isNull()) {
            return;
        }
        switch (c.path("type").asText()) {
            case "string" -> {
                if (value.isTextual()) {
                    checkScalar(name, c, value.textValue());
                }
            }
            case "integer", "long" -> {
                if (value.isIntegralNumber()) {
                    checkRange(name, c, value.longValue());
                }
            }
            case "list" -> {
                if (value.isArray()) {
                    checkSize(name, c, value.size());
                    for (int i = 0; i < value.size(); i++) {
                        checkJson(name + "[" + i + "]", c.path("items"), value.get(i));
                    }
                }
            }
            case "map" -> {
                if (value.isObject()) {
                    checkSize(name, c, value.size());
                    for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                        Map.Entry<String, JsonNode> e = it.next();
                        checkScalar(name + " key", c.path("keys"), e.getKey());
                        checkJson(name + "." + e.getKey(), c.path("values"), e.getValue());
                    }
                }
            }
            case "structure" -> {
                if (value.isObject()) {
                    for (Iterator<Map.Entry<String, JsonNode>> it = c.path("members").fields(); it.hasNext(); ) {
                        Map.Entry<String, JsonNode> m = it.next();
                        checkJson(name + "." + m.getKey(), m.getValue(), value.get(m.getKey()));
                    }
                }
            }
            default -> {
            }
        }
    }

    private void checkScalar(String name, JsonNode c, String value) {
        String type = c.path("type").asText();
        if (type.equals("integer") || type.equals("long")) {
            long n;
            try {
                n = Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw new ValidationException("Invalid " + name + " '" + shorten(value) + "': expected a whole number");
            }
            checkRange(name, c, n);
            return;
        }
        if (!type.equals("string")) {
            return;
        }
        int length = value.codePointCount(0, value.length());
        if (c.has("min") && length < c.get("min").asInt() || c.has("max") && length > c.get("max").asInt()) {
            throw new ValidationException("Invalid " + name + " '" + shorten(value) + "': " + lengthRule(c)
                    + " (it has " + length + ")");
        }
        if (c.has("enum")) {
            boolean listed = false;
            StringBuilder allowed = new StringBuilder();
            for (JsonNode e : c.get("enum")) {
                listed |= e.asText().equals(value);
                allowed.append(allowed.length() == 0 ? "" : ", ").append(e.asText());
            }
            if (!listed) {
                throw new ValidationException("Invalid " + name + " '" + shorten(value) + "': use one of " + allowed);
            }
        }
        if (c.has("pattern")) {
            Pattern p = patterns.computeIfAbsent(c.get("pattern").asText(), Pattern::compile);
            if (!p.matcher(value).matches()) {
                throw new ValidationException("Invalid " + name + " '" + shorten(value) + "': it must match "
                        + c.get("pattern").asText());
            }
        }
    }

    private static void checkRange(String name, JsonNode c, long n) {
        if (c.has("min") && n < c.get("min").asLong() || c.has("max") && n > c.get("max").asLong()) {
            throw new ValidationException("Invalid " + name + " " + n + ": use a number from "
                    + (c.has("min") ? c.get("min").asLong() : "any") + " to " + (c.has("max") ? c.get("max").asLong() : "any"));
        }
    }

    private static void checkSize(String name, JsonNode c, int size) {
        if (c.has("min") && size < c.get("min").asInt() || c.has("max") && size > c.get("max").asInt()) {
            throw new ValidationException(name + " has " + size + " entries; " + (c.has("min") ? "at least "
                    + c.get("min").asInt() + " and " : "") + "at most " + (c.has("max") ? c.get("max").asInt() : "any")
                    + " are allowed");
        }
    }

    private static String lengthRule(JsonNode c) {
        int min = c.path("min").asInt(0);
        if (!c.has("max")) {
            return "use at least " + min + " characters";
        }
        int max = c.get("max").asInt();
        return min == max ? "use exactly " + max + " characters" : "use " + min + "-" + max + " characters";
    }

    private static String shorten(String s) {
        String oneLine = s.replaceAll("\\p{C}", "?");
        return oneLine.length() > 80 ? oneLine.substring(0, 80) + "…" : oneLine;
    }

    /** For the test that walks the model: the constraints of one operation's members, by wire name. */
    Map<String, JsonNode> members(String operation) {
        Map<String, JsonNode> out = new HashMap<>();
        operations.path(operation).path("members").forEach(m -> out.put(m.path("wireName").asText(), m));
        return out;
    }
}
