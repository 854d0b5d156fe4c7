package dev.packyard.formats.npm.http;

import dev.packyard.model.SharedJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.Repository;
import dev.packyard.server.ServerContext;
import dev.packyard.server.packages.BadRequestException;
import dev.packyard.service.error.AccessDeniedException;
import dev.packyard.application.fetch.AvailableVersion;
import dev.packyard.application.fetch.PackageView;
import dev.packyard.application.fetch.VersionSource;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code npm deprecate}: npm reads the package document, sets {@code deprecated} on the chosen versions (an empty
 * message undeprecates) and PUTs the document back without attachments. The changed messages are kept in the
 * versions' manifests, so the packument, {@code npm view} and {@code npm install}'s warnings show them. Only versions
 * published to this repository can change: the others belong to an upstream repository or the public registry.
 */
final class NpmDeprecations {
    private static final ObjectMapper JSON = SharedJson.MAPPER;

    private final ServerContext context;
    private final NpmDocuments documents;
    private final NpmTaggedViews views;

    NpmDeprecations(ServerContext context, NpmDocuments documents, NpmTaggedViews views) {
        this.context = context;
        this.documents = documents;
        this.views = views;
    }

    /** Applies the document's deprecation messages; returns how many versions changed. */
    int apply(Repository repository, PackageCoordinate coordinate, JsonNode doc, String endpointUrl) throws IOException {
        JsonNode versions = doc.path("versions");
        if (!versions.isObject()) {
            throw new BadRequestException("A package document without 'versions' changes nothing: 'npm publish' sends a tarball "
                    + "in _attachments, 'npm deprecate' sends the versions with their deprecation messages");
        }
        PackageView view = views.withRepositoryTags(repository, context.content().fetch().view(repository, coordinate));
        JsonNode served = documents.packument(repository.id(), view, endpointUrl, false).path("versions");
        Map<String, String> changes = new LinkedHashMap<>();
        versions.properties().forEach(e -> {
            if (!served.has(e.getKey())) {
                throw new BadRequestException(NpmPath.fullName(coordinate) + "@" + e.getKey() + " is not in repository "
                        + repository.name() + ": a new version is added with 'npm publish', which sends its tarball in _attachments");
            }
            String wanted = e.getValue().path("deprecated").asText("");
            if (!wanted.equals(served.path(e.getKey()).path("deprecated").asText(""))) {
                changes.put(e.getKey(), wanted);
            }
        });
        for (Map.Entry<String, String> change : changes.entrySet()) {
            ObjectNode manifest = ownManifest(repository, coordinate, view.version(change.getKey()).orElseThrow());
            if (change.getValue().isEmpty()) {
                manifest.remove("deprecated");
            } else {
                manifest.put("deprecated", change.getValue());
            }
            context.content().held().replaceManifest(repository.id(), coordinate, change.getKey(), JSON.writeValueAsString(manifest));
        }
        return changes.size();
    }

    private ObjectNode ownManifest(Repository repository, PackageCoordinate coordinate, AvailableVersion version) throws IOException {
        String name = NpmPath.fullName(coordinate) + "@" + version.version();
        boolean publishedHere = version.source() == VersionSource.RETAINED && version.from().equals(repository.name());
        Optional<String> stored = publishedHere ? context.content().held().manifest(repository.id(), coordinate, version.version())
                : Optional.empty();
        if (stored.isEmpty() || !(JSON.readTree(stored.get()) instanceof ObjectNode manifest)) {
            String origin = version.source() != VersionSource.RETAINED ? "it comes from the public registry through " + version.from()
                    : publishedHere ? "it was fetched from a public registry" : "it comes from upstream repository " + version.from();
            throw new AccessDeniedException(name + " was not published to repository " + repository.name() + " (" + origin
                    + "), so its deprecation cannot be changed here: only versions published to this repository can be "
                    + "deprecated through it");
        }
        return manifest;
    }
}
