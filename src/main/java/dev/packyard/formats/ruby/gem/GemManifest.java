package dev.packyard.formats.ruby.gem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.packyard.model.SharedJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The manifest Packyard keeps with a pushed gem version: for each of its .gem files (one per platform), the
 * compact-index line and the descriptive fields of its gemspec, so the index and quick specs never reopen the gem.
 */
public final class GemManifest {
    private static final ObjectMapper JSON = SharedJson.MAPPER;

    private GemManifest() {
    }

    public static String write(Map<String, GemSpec> byFile) {
        ObjectNode doc = JSON.createObjectNode();
        ObjectNode gems = doc.putObject("gems");
        byFile.forEach((file, spec) -> {
            ObjectNode g = gems.putObject(file);
            g.put("name", spec.name());
            g.put("info", InfoLine.of(spec, Optional.empty()).written());
            g.put("summary", spec.summary());
            g.put("description", spec.description());
            g.put("homepage", spec.homepage());
            spec.authors().forEach(g.putArray("authors")::add);
            spec.licenses().forEach(g.putArray("licenses")::add);
        });
        return doc.toString();
    }

    /** The specs by file name; empty for a manifest that is not one of these. */
    public static Map<String, GemSpec> read(String manifest) {
        Map<String, GemSpec> out = new LinkedHashMap<>();
        JsonNode doc;
        try {
            doc = JSON.readTree(manifest);
        } catch (IOException e) {
            return out;
        }
        doc.path("gems").properties().forEach(e -> {
            JsonNode g = e.getValue();
            InfoLine.parse(g.path("info").asText("")).ifPresent(line -> out.put(e.getKey(), new GemSpec(g.path("name").asText(),
                    line.version(), line.platform(), text(g, "summary"), text(g, "description"), strings(g.path("authors")),
                    text(g, "homepage"), strings(g.path("licenses")), line.dependencies(), line.requiredRuby(),
                    line.requiredRubygems())));
        });
        return out;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.asText() : null;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
