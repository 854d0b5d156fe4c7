package dev.packyard.formats.nuget.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.packyard.application.fetch.AvailableVersion;
import dev.packyard.application.fetch.PackageView;
import dev.packyard.application.fetch.UpstreamSource;
import dev.packyard.application.fetch.VersionSource;
import dev.packyard.formats.nuget.manifest.CatalogEntries;
import dev.packyard.formats.nuget.manifest.NupkgArchive;
import dev.packyard.formats.nuget.upstream.NugetGalleryClient;
import dev.packyard.model.Asset;
import dev.packyard.model.RepositoryId;
import dev.packyard.model.SharedJson;
import dev.packyard.service.packages.HeldPackages;
import dev.packyard.upstream.ListingDocument;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a version's catalog entry (id as spelled, description, dependency groups...) comes from: the manifest
 * stored when it was published here, the gallery's entry kept with the cached listing, or the .nuspec inside the
 * retained .nupkg; a bare entry when none of them has it.
 */
final class CatalogEntrySource {
    private final HeldPackages manifests;
    private final HeldPackages held;

    CatalogEntrySource(HeldPackages manifests, HeldPackages held) {
        this.manifests = manifests;
        this.held = held;
    }

    /** The entries of one view, read once: each upstream document is parsed a single time. */
    Entries forView(RepositoryId repository, PackageView view) {
        List<JsonNode> upstream = new ArrayList<>();
        for (UpstreamSource source : view.upstreams()) {
            source.listing().flatMap(l -> l.listing().document())
                    .filter(d -> NugetGalleryClient.LISTING_TYPE.equals(d.mediaType()))
                    .map(ListingDocument::text).flatMap(CatalogEntrySource::parse)
                    .ifPresent(doc -> upstream.add(doc.path("versions")));
        }
        return new Entries(repository, view, upstream);
    }

    final class Entries {
        private final RepositoryId repository;
        private final PackageView view;
        private final List<JsonNode> upstream;

        private Entries(RepositoryId repository, PackageView view, List<JsonNode> upstream) {
            this.repository = repository;
            this.view = view;
            this.upstream = upstream;
        }

        ObjectNode entry(AvailableVersion v) {
            if (v.source() == VersionSource.RETAINED) {
                RepositoryId holder = new RepositoryId(repository.domain(), v.from());
                Optional<ObjectNode> stored = manifests.manifest(holder, view.coordinate(), v.version())
                        .flatMap(CatalogEntrySource::parse).filter(JsonNode::isObject).map(n -> (ObjectNode) n);
                if (stored.isPresent()) {
                    return stored.get();
                }
            }
            for (JsonNode versions : upstream) {
                JsonNode entry = versions.get(v.version());
                if (entry instanceof ObjectNode object) {
                    return object.deepCopy();
                }
            }
            if (v.source() == VersionSource.RETAINED) {
                Optional<ObjectNode> fromArchive = fromArchive(new RepositoryId(repository.domain(), v.from()), v);
                if (fromArchive.isPresent()) {
                    return fromArchive.get();
                }
            }
            return SharedJson.MAPPER.createObjectNode().put("id", view.coordinate().name()).put("version", v.version());
        }

        /** Whether the gallery itself lists the version (an unlisted gallery version stays unlisted here). */
        boolean listedUpstream(AvailableVersion v) {
            for (JsonNode versions : upstream) {
                JsonNode entry = versions.get(v.version());
                if (entry != null) {
                    return entry.path("listed").asBoolean(true);
                }
            }
            return true;
        }

        private Optional<ObjectNode> fromArchive(RepositoryId holder, AvailableVersion v) {
            Optional<Asset> nupkg = held.assets(holder, view.coordinate(), v.version()).stream()
                    .filter(a -> a.name().endsWith(".nupkg")).findFirst();
            if (nupkg.isEmpty()) {
                return Optional.empty();
            }
            try {
                Optional<InputStream> content = held.content(holder.domain(), nupkg.get());
                if (content.isEmpty()) {
                    return Optional.empty();
                }
                try (InputStream in = content.get()) {
                    return Optional.of(CatalogEntries.of(NupkgArchive.nuspec(in), v.version()));
                }
            } catch (IOException e) {
                return Optional.empty();
            }
        }
    }

    private static Optional<JsonNode> parse(String json) {
        try {
            return Optional.ofNullable(SharedJson.MAPPER.readTree(json));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
