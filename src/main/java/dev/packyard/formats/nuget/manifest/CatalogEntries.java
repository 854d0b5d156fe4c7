package dev.packyard.formats.nuget.manifest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.packyard.model.SharedJson;

/**
 * The descriptive part of a registration leaf's {@code catalogEntry}, made from a .nuspec: what Packyard stores as a
 * published version's manifest and what the demo's gallery serves. Links, {@code listed} and {@code published}
 * belong to whoever serves the entry and are added there.
 */
public final class CatalogEntries {
    private CatalogEntries() {
    }

    public static ObjectNode of(Nuspec nuspec, String normalisedVersion) {
        ObjectNode entry = SharedJson.MAPPER.createObjectNode();
        entry.put("id", nuspec.id());
        entry.put("version", normalisedVersion);
        putIfPresent(entry, "authors", nuspec.authors());
        putIfPresent(entry, "description", nuspec.description());
        putIfPresent(entry, "summary", nuspec.summary());
        putIfPresent(entry, "title", nuspec.title());
        putIfPresent(entry, "projectUrl", nuspec.projectUrl());
        putIfPresent(entry, "licenseExpression", nuspec.licenseExpression());
        putIfPresent(entry, "licenseUrl", nuspec.licenseUrl());
        if (nuspec.tags() != null) {
            ArrayNode tags = entry.putArray("tags");
            for (String tag : nuspec.tags().trim().split("[\\s,;]+")) {
                tags.add(tag);
            }
        }
        ArrayNode groups = entry.putArray("dependencyGroups");
        for (Nuspec.DependencyGroup group : nuspec.dependencyGroups()) {
            ObjectNode g = groups.addObject();
            if (group.targetFramework() != null) {
                g.put("targetFramework", group.targetFramework());
            }
            ArrayNode dependencies = g.putArray("dependencies");
            for (Nuspec.Dependency d : group.dependencies()) {
                ObjectNode dependency = dependencies.addObject().put("id", d.id());
                // NuGet reads a missing range as "any version"; servers spell it as the open range from zero.
                dependency.put("range", d.range() == null ? "(, )" : d.range());
            }
        }
        return entry;
    }

    private static void putIfPresent(ObjectNode entry, String field, String value) {
        if (value != null) {
            entry.put(field, value);
        }
    }
}
