package dev.packyard.formats.cargo.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.packyard.model.SharedJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A crate's index file: one JSON object per line, one line per version ({@code name}, {@code vers}, {@code deps},
 * {@code cksum}, {@code features}, {@code yanked}, ...). Lines that are not JSON objects with a version are skipped,
 * as Cargo skips lines it cannot read.
 */
public final class IndexFile {
    private final Map<String, ObjectNode> byVersion;

    private IndexFile(Map<String, ObjectNode> byVersion) {
        this.byVersion = byVersion;
    }

    public static IndexFile parse(String text) {
        Map<String, ObjectNode> lines = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode node = SharedJson.MAPPER.readTree(line);
                if (node instanceof ObjectNode object && object.path("vers").isTextual()) {
                    lines.putIfAbsent(object.path("vers").asText(), object);
                }
            } catch (IOException e) {
                // A line Cargo could not read either: leave it out.
            }
        }
        return new IndexFile(lines);
    }

    /** The lines in the file's order (crates.io: oldest publish first). */
    public List<ObjectNode> lines() {
        return new ArrayList<>(byVersion.values());
    }

    public Optional<ObjectNode> line(String version) {
        return Optional.ofNullable(byVersion.get(version)).map(ObjectNode::deepCopy);
    }

    /** One line as the file holds it: compact JSON and a newline. */
    public static String write(ObjectNode line) {
        try {
            return SharedJson.MAPPER.writeValueAsString(line) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("A JSON tree always serialises", e);
        }
    }
}
