package dev.packyard.formats.ruby.http;

import dev.packyard.formats.ruby.gem.GemDependency;
import dev.packyard.formats.ruby.gem.RubyMarshal;
import dev.packyard.formats.ruby.gem.RubyMarshal.Symbol;
import dev.packyard.model.SharedJson;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dependency API older Bundlers use ({@code api/v1/dependencies?gems=a,b}): for every .gem of the gems asked,
 * its name, version, platform and runtime dependencies, as a Marshal'd array of hashes with symbol keys, or the same
 * as JSON under {@code dependencies.json}.
 */
final class DependencyApi {
    /** rubygems.org's own cap on gems per request. */
    static final int MAX_GEMS = 200;

    private DependencyApi() {
    }

    static byte[] marshal(List<GemEntries.Entry> entries) {
        List<Object> rows = new ArrayList<>();
        for (GemEntries.Entry e : entries) {
            Map<Object, Object> row = new LinkedHashMap<>();
            row.put(new Symbol("name"), e.spec().name());
            row.put(new Symbol("number"), e.spec().version());
            row.put(new Symbol("platform"), e.spec().platform());
            row.put(new Symbol("dependencies"), e.spec().runtimeDependencies().stream()
                    .map(d -> (Object) List.of(d.name(), requirement(d))).toList());
            rows.add(row);
        }
        return RubyMarshal.dump(rows);
    }

    static byte[] json(List<GemEntries.Entry> entries) {
        ArrayNode rows = SharedJson.MAPPER.createArrayNode();
        for (GemEntries.Entry e : entries) {
            ObjectNode row = rows.addObject();
            row.put("name", e.spec().name());
            row.put("number", e.spec().version());
            row.put("platform", e.spec().platform());
            ArrayNode deps = row.putArray("dependencies");
            e.spec().runtimeDependencies().forEach(d -> deps.addArray().add(d.name()).add(requirement(d)));
        }
        return rows.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String requirement(GemDependency d) {
        return d.requirement().written(", ");
    }
}
