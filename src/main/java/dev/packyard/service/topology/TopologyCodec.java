package dev.packyard.service.topology;

import com.fasterxml.jackson.databind.ObjectReader;
import dev.packyard.model.SharedJson;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The topology file format: JSON with a {@code "format": "packyard-topology", "version": 1} header. Written with a
 * fixed key order, two-space indentation, one array element per line and '\n' line ends whatever the platform,
 * so an exported file diffs well in git. Reading is lenient in that it collects every problem of form instead of
 * stopping at the first.
 */
public final class TopologyCodec {
    public static final String FORMAT = "packyard-topology";
    public static final int VERSION = 1;
    /** The extension the installers associate with Packyard (operating systems match one extension segment). */
    public static final String EXTENSION = ".packyard";
    /** Also accepted, for editors and git hosts that highlight by a final ".json". */
    public static final String JSON_EXTENSION = ".packyard.json";
    public static final String MIME_TYPE = "application/x-packyard-topology+json";

    private static final Set<String> TOP_FIELDS = Set.of("format", "version", "domain", "repositories");
    private static final Set<String> REPOSITORY_FIELDS = Set.of("name", "description", "upstreams", "externalConnections");
    private static final ObjectMapper JSON = SharedJson.MAPPER;
    private static final ObjectReader STRICT = JSON.reader().with(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
    private static final ObjectWriter PRETTY = JSON.writer(new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER).withArrayEmptySeparator("").withObjectEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private TopologyCodec() {
    }

    /** True for names ending in {@value #EXTENSION} or {@value #JSON_EXTENSION} (any case). */
    public static boolean isTopologyFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(EXTENSION) || lower.endsWith(JSON_EXTENSION);
    }

    /** The file name an export of {@code domain} suggests. */
    public static String suggestedFileName(String domain) {
        return domain + EXTENSION;
    }

    public static String write(Topology topology) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("domain", topology.domain());
        ArrayNode repositories = root.putArray("repositories");
        for (TopologyRepository r : topology.repositories()) {
            ObjectNode repository = repositories.addObject();
            repository.put("name", r.name());
            repository.put("description", r.description());
            ArrayNode upstreams = repository.putArray("upstreams");
            r.upstreams().forEach(upstreams::add);
            ArrayNode connections = repository.putArray("externalConnections");
            r.externalConnections().forEach(connections::add);
        }
        try {
            return PRETTY.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A topology could not be written as JSON", e);
        }
    }

    public static ParsedTopology read(String text) {
        List<TopologyProblem> problems = new ArrayList<>();
        JsonNode root;
        try {
            root = STRICT.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "file" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            problems.add(new TopologyProblem(where, "not valid JSON (" + e.getOriginalMessage().lines().findFirst().orElse("")
                    + "): fix the syntax, or export the topology again"));
            return new ParsedTopology(new Topology(null, List.of()), problems);
        }
        if (root == null || !root.isObject()) {
            problems.add(new TopologyProblem("file", "a topology file is one JSON object with \"format\": \"" + FORMAT
                    + "\", \"version\", \"domain\" and \"repositories\"; this file holds something else"));
            return new ParsedTopology(new Topology(null, List.of()), problems);
        }
        readHeader(root, problems);
        unknownFields(root, TOP_FIELDS, "", problems);
        String domain = text(root, "domain", "domain", true, problems);
        List<TopologyRepository> repositories = new ArrayList<>();
        JsonNode list = root.get("repositories");
        if (list == null) {
            problems.add(new TopologyProblem("repositories", "missing: add \"repositories\": [ … ], a list of repository objects"));
        } else if (!list.isArray()) {
            problems.add(new TopologyProblem("repositories", "must be a list of repository objects, not " + kind(list)));
        } else {
            for (int i = 0; i < list.size(); i++) {
                repositories.add(readRepository(list.get(i), "repositories[" + i + "]", problems));
            }
        }
        return new ParsedTopology(new Topology(domain, repositories), problems);
    }

    private static void readHeader(JsonNode root, List<TopologyProblem> problems) {
        JsonNode format = root.get("format");
        if (format == null) {
            problems.add(new TopologyProblem("format", "missing: a topology file starts with \"format\": \"" + FORMAT + "\""));
        } else if (!format.isTextual() || !format.asText().equals(FORMAT)) {
            problems.add(new TopologyProblem("format", "is " + format + ", not \"" + FORMAT
                    + "\": this is not a Packyard topology file"));
        }
        JsonNode version = root.get("version");
        if (version == null) {
            problems.add(new TopologyProblem("version", "missing: add \"version\": " + VERSION));
        } else if (!version.isIntegralNumber()) {
            problems.add(new TopologyProblem("version", "must be a whole number (this Packyard reads version " + VERSION
                    + "), not " + version));
        } else if (version.asLong() != VERSION) {
            problems.add(new TopologyProblem("version", "is " + version.asLong() + ", and this Packyard reads version "
                    + VERSION + (version.asLong() > VERSION ? ": the file was written by a newer Packyard; update Packyard"
                    : ": export the topology again with this Packyard")));
        }
    }

    private static TopologyRepository readRepository(JsonNode node, String at, List<TopologyProblem> problems) {
        if (!node.isObject()) {
            problems.add(new TopologyProblem(at, "must be a repository object with \"name\", \"description\", "
                    + "\"upstreams\" and \"externalConnections\", not " + kind(node)));
            return new TopologyRepository(null, "", List.of(), List.of());
        }
        unknownFields(node, REPOSITORY_FIELDS, at + ".", problems);
        String name = text(node, "name", at + ".name", true, problems);
        String description = text(node, "description", at + ".description", false, problems);
        List<String> upstreams = texts(node, "upstreams", at + ".upstreams", problems);
        List<String> connections = texts(node, "externalConnections", at + ".externalConnections", problems);
        return new TopologyRepository(name, description, upstreams, connections);
    }

    private static String text(JsonNode node, String field, String at, boolean required, List<TopologyProblem> problems) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                problems.add(new TopologyProblem(at, "missing: add \"" + field + "\" with a text value"));
            }
            return null;
        }
        if (!value.isTextual()) {
            problems.add(new TopologyProblem(at, "must be text in quotes, not " + kind(value)));
            return null;
        }
        return value.asText();
    }

    /** A list of texts; an absent list is empty, an element of another kind is null (reported here). */
    private static List<String> texts(JsonNode node, String field, String at, List<TopologyProblem> problems) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            problems.add(new TopologyProblem(at, "must be a list of names like [\"a\", \"b\"], not " + kind(value)));
            return List.of();
        }
        List<String> result = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode element = value.get(i);
            if (element.isTextual()) {
                result.add(element.asText());
            } else {
                problems.add(new TopologyProblem(at + "[" + i + "]", "must be a name in quotes, not " + kind(element)));
                result.add(null);
            }
        }
        return result;
    }

    private static void unknownFields(JsonNode node, Set<String> known, String prefix, List<TopologyProblem> problems) {
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            String name = fields.next().getKey();
            if (!known.contains(name)) {
                problems.add(new TopologyProblem(prefix + name, "unknown field: remove it or correct its name (known: "
                        + String.join(", ", known.stream().sorted().toList()) + ")"));
            }
        }
    }

    private static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            case NUMBER -> "the number " + node;
            case BOOLEAN -> node.asText();
            case NULL -> "null";
            case STRING -> "the text " + node;
            default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }
}
