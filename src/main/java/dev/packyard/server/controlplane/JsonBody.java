package dev.packyard.server.controlplane;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.packyard.service.error.ValidationException;
import dev.packyard.service.tags.Tag;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The members of a JSON request body, each read with its type checked and a message naming the member. */
final class JsonBody {
    private final ObjectNode root;

    JsonBody(ObjectNode root) {
        this.root = root;
    }

    static JsonBody parse(byte[] body) {
        if (body.length == 0) {
            return new JsonBody(Json.object());
        }
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(body);
        } catch (IOException e) {
            throw new ValidationException("The request body is not valid JSON: " + oneLine(e.getMessage()),
                    ValidationException.Reason.CANNOT_PARSE);
        }
        if (node == null || node.isMissingNode()) {
            return new JsonBody(Json.object());
        }
        if (!node.isObject()) {
            throw new ValidationException("The request body must be a JSON object, not " + node.getNodeType().name()
                    .toLowerCase(Locale.ROOT), ValidationException.Reason.CANNOT_PARSE);
        }
        return new JsonBody((ObjectNode) node);
    }

    String string(String field) {
        JsonNode n = member(field);
        if (n == null) {
            return null;
        }
        if (!n.isTextual()) {
            throw wrongType(field, "a string");
        }
        return n.textValue();
    }

    Integer integer(String field) {
        JsonNode n = member(field);
        if (n == null) {
            return null;
        }
        if (!n.isIntegralNumber() || !n.canConvertToInt()) {
            throw wrongType(field, "a whole number");
        }
        return n.intValue();
    }

    boolean bool(String field) {
        JsonNode n = member(field);
        if (n == null) {
            return false;
        }
        if (!n.isBoolean()) {
            throw wrongType(field, "true or false");
        }
        return n.booleanValue();
    }

    List<String> strings(String field) {
        JsonNode n = member(field);
        if (n == null) {
            return null;
        }
        if (!n.isArray()) {
            throw wrongType(field, "a list of strings");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : n) {
            if (!item.isTextual()) {
                throw wrongType(field, "a list of strings");
            }
            out.add(item.textValue());
        }
        return out;
    }

    Map<String, String> stringMap(String field) {
        JsonNode n = member(field);
        if (n == null) {
            return null;
        }
        if (!n.isObject()) {
            throw wrongType(field, "an object of strings");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : n.properties()) {
            if (!e.getValue().isTextual()) {
                throw wrongType(field + "." + e.getKey(), "a string");
            }
            out.put(e.getKey(), e.getValue().textValue());
        }
        return out;
    }

    /** A list of {"repositoryName": …} objects (upstreams), or null when the member is absent. */
    List<String> repositoryNames(String field) {
        return objects(field, "repositoryName", "a list of {\"repositoryName\": …} objects");
    }

    List<Tag> tags(String field) {
        JsonNode n = member(field);
        if (n == null) {
            return null;
        }
        String expected = "a list of {\"key\": …, \"value\": …} objects";
        if (!n.isArray()) {
            throw wrongType(field, expected);
        }
        List<Tag> out = new ArrayList<>();
        for (JsonNode item : n) {
            if (!item.isObject() || !item.path("key").isTextual() || !item.path("value").isTextual()) {
                throw wrongType(field, expected);
            }
            out.add(new Tag(item.get("key").textValue(), item.get("value").textValue()));
        }
        return out;
    }

    JsonNode node(String field) {
        return member(field);
    }

    private List<String> objects(String field, String key, String expected) {
        JsonNode n = member(field);
        if (n == null) {
            return null;
        }
        if (!n.isArray()) {
            throw wrongType(field, expected);
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : n) {
            if (!item.isObject() || !item.path(key).isTextual()) {
                throw wrongType(field, expected);
            }
            out.add(item.get(key).textValue());
        }
        return out;
    }

    private JsonNode member(String field) {
        JsonNode n = root.get(field);
        return n == null || n.isNull() ? null : n;
    }

    private static ValidationException wrongType(String field, String expected) {
        return new ValidationException("Invalid " + field + " in the request body: expected " + expected);
    }

    private static String oneLine(String message) {
        String first = message == null ? "" : message.lines().findFirst().orElse("");
        return first.length() > 200 ? first.substring(0, 200) + "…" : first;
    }
}
