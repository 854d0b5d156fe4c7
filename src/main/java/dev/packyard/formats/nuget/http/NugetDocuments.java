package dev.packyard.formats.nuget.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.packyard.application.fetch.AvailableVersion;
import dev.packyard.application.fetch.PackageView;
import dev.packyard.formats.nuget.NugetVersion;
import dev.packyard.model.PackageFormat;
import dev.packyard.model.RepositoryId;
import dev.packyard.model.SharedJson;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The documents a NuGet client reads from a repository: the flat container's version list and the registration
 * (index with one inline page, and leaves). Every link points back at the repository's endpoint. A version is
 * listed when the repository has it Published and the gallery (if it came from there) lists it; unlisted versions
 * stay in the flat container and in the registration with {@code listed: false}, as on the public gallery.
 */
final class NugetDocuments {
    /** What the gallery writes as the publication time of an unlisted version. */
    private static final String UNLISTED_PUBLISHED = "1900-01-01T00:00:00Z";

    private final CatalogEntrySource entries;

    NugetDocuments(CatalogEntrySource entries) {
        this.entries = entries;
    }

    /** The versions a client may download, lower case, in NuGet's order. */
    static List<AvailableVersion> downloadable(PackageView view) {
        return view.versions().stream().filter(v -> v.status().assetsDownloadable())
                .filter(v -> NugetVersion.parse(v.version()).isPresent())
                .sorted(Comparator.comparing(AvailableVersion::version, PackageFormat.NUGET.versionOrder())).toList();
    }

    static ObjectNode versionList(PackageView view) {
        ObjectNode doc = SharedJson.MAPPER.createObjectNode();
        ArrayNode versions = doc.putArray("versions");
        downloadable(view).forEach(v -> versions.add(lower(v.version())));
        return doc;
    }

    ObjectNode registrationIndex(RepositoryId repository, PackageView view, String endpointUrl) {
        List<AvailableVersion> versions = downloadable(view);
        String base = registrationBase(endpointUrl, view);
        CatalogEntrySource.Entries known = entries.forView(repository, view);
        ObjectNode index = SharedJson.MAPPER.createObjectNode();
        index.put("@id", base + "index.json");
        index.putArray("@type").add("catalog:CatalogRoot").add("PackageRegistration").add("catalog:Permalink");
        index.put("count", versions.isEmpty() ? 0 : 1);
        ArrayNode pages = index.putArray("items");
        if (!versions.isEmpty()) {
            ObjectNode page = pages.addObject();
            page.put("@id", base + "index.json#page/" + lower(versions.get(0).version()) + "/"
                    + lower(versions.get(versions.size() - 1).version()));
            page.put("@type", "catalog:CatalogPage");
            page.put("count", versions.size());
            page.put("lower", versions.get(0).version());
            page.put("upper", versions.get(versions.size() - 1).version());
            page.put("parent", base + "index.json");
            ArrayNode items = page.putArray("items");
            versions.forEach(v -> items.add(leaf(known, view, v, endpointUrl)));
        }
        return index;
    }

    Optional<ObjectNode> registrationLeaf(RepositoryId repository, PackageView view, String requestedVersion, String endpointUrl) {
        CatalogEntrySource.Entries known = entries.forView(repository, view);
        return find(view, requestedVersion).map(v -> {
            ObjectNode leaf = leaf(known, view, v, endpointUrl);
            leaf.put("listed", leaf.path("catalogEntry").path("listed").asBoolean());
            leaf.put("published", leaf.path("catalogEntry").path("published").asText());
            return leaf;
        });
    }

    /** The downloadable version a request names, compared as NuGet compares versions (normalised, any case). */
    static Optional<AvailableVersion> find(PackageView view, String requestedVersion) {
        String wanted = lower(requestedVersion);
        return downloadable(view).stream().filter(v -> lower(v.version()).equals(wanted)).findFirst();
    }

    boolean listed(CatalogEntrySource.Entries known, AvailableVersion v) {
        return v.listed() && known.listedUpstream(v);
    }

    private ObjectNode leaf(CatalogEntrySource.Entries known, PackageView view, AvailableVersion v, String endpointUrl) {
        String base = registrationBase(endpointUrl, view);
        String content = packageContent(endpointUrl, view, v.version());
        ObjectNode entry = known.entry(v);
        boolean listed = listed(known, v);
        entry.put("@id", base + lower(v.version()) + ".json#catalogEntry");
        entry.put("@type", "PackageDetails");
        if (!entry.hasNonNull("id")) {
            entry.put("id", view.coordinate().name());
        }
        entry.put("version", v.version());
        entry.put("listed", listed);
        entry.put("published", listed ? v.publishedTime().orElse(Instant.EPOCH).toString() : UNLISTED_PUBLISHED);
        entry.put("packageContent", content);
        ArrayNode groups = entry.withArray("dependencyGroups");
        for (JsonNode group : groups) {
            for (JsonNode dependency : group.path("dependencies")) {
                if (dependency instanceof ObjectNode d && d.hasNonNull("id")) {
                    d.put("registration", endpointUrl + ServiceIndex.REGISTRATIONS
                            + d.get("id").asText().toLowerCase(Locale.ROOT) + "/index.json");
                }
            }
        }
        ObjectNode leaf = SharedJson.MAPPER.createObjectNode();
        leaf.put("@id", base + lower(v.version()) + ".json");
        leaf.put("@type", "Package");
        leaf.put("commitTimeStamp", v.publishedTime().orElse(Instant.EPOCH).toString());
        leaf.set("catalogEntry", entry);
        leaf.put("packageContent", content);
        leaf.put("registration", base + "index.json");
        return leaf;
    }

    static String packageContent(String endpointUrl, PackageView view, String version) {
        String id = view.coordinate().name();
        return endpointUrl + ServiceIndex.FLAT_CONTAINER + id + "/" + lower(version) + "/" + fileName(id, version, ".nupkg");
    }

    static String fileName(String lowerId, String version, String extension) {
        return lowerId + "." + lower(version) + extension;
    }

    private static String registrationBase(String endpointUrl, PackageView view) {
        return endpointUrl + ServiceIndex.REGISTRATIONS + view.coordinate().name() + "/";
    }

    static String lower(String version) {
        return NugetVersion.parse(version).map(NugetVersion::lowerCase).orElse(version.toLowerCase(Locale.ROOT));
    }
}
