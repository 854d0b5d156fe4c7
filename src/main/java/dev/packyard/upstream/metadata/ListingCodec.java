package dev.packyard.upstream.metadata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.packyard.model.HashAlgorithm;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.upstream.AssetLocation;
import dev.packyard.upstream.DocumentBody;
import dev.packyard.upstream.LargeJson;
import dev.packyard.upstream.ListingDocument;
import dev.packyard.upstream.PackageListing;
import dev.packyard.upstream.UpstreamVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The JSON form a listing is persisted in: explicit fields, so stored caches survive refactorings of the records.
 * The document's body is not part of it (the store keeps it in pieces); listings stored before that carry it as
 * {@code document.text}, which is still read.
 */
final class ListingCodec {
    private static final ObjectMapper JSON = LargeJson.mapper();

    private ListingCodec() {
    }

    static String write(PackageListing listing) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode versions = root.putArray("versions");
        for (UpstreamVersion v : listing.versions()) {
            ObjectNode version = versions.addObject().put("version", v.version());
            v.publishedTime().ifPresent(t -> version.put("published", t.toString()));
            ArrayNode assets = version.putArray("assets");
            for (AssetLocation a : v.assets()) {
                ObjectNode asset = assets.addObject().put("name", a.assetName()).put("url", a.url());
                ObjectNode hashes = asset.putObject("hashes");
                a.expectedHashes().forEach((alg, hex) -> hashes.put(alg.name(), hex));
            }
        }
        ObjectNode tags = root.putObject("tags");
        listing.tags().forEach(tags::put);
        listing.document().ifPresent(d -> {
            ObjectNode document = root.putObject("document").put("mediaType", d.mediaType()).put("url", d.url())
                    .put("split", d.body().splitByVersion());
            d.etag().ifPresent(e -> document.put("etag", e));
            d.lastModified().ifPresent(m -> document.put("lastModified", m));
        });
        try {
            return JSON.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @param storedBody the body of the stored document, given whether it is split by version */
    static PackageListing read(PackageCoordinate coordinate, String json, Function<Boolean, DocumentBody> storedBody) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("A cached listing of " + coordinate + " is not readable", e);
        }
        List<UpstreamVersion> versions = new ArrayList<>();
        for (JsonNode v : root.path("versions")) {
            List<AssetLocation> assets = new ArrayList<>();
            for (JsonNode a : v.path("assets")) {
                Map<HashAlgorithm, String> hashes = new EnumMap<>(HashAlgorithm.class);
                a.path("hashes").properties().forEach(h -> hashes.put(HashAlgorithm.valueOf(h.getKey()), h.getValue().asText()));
                assets.add(new AssetLocation(a.path("name").asText(), a.path("url").asText(), hashes));
            }
            Optional<Instant> published = v.hasNonNull("published") ? Optional.of(Instant.parse(v.get("published").asText()))
                    : Optional.empty();
            versions.add(new UpstreamVersion(v.path("version").asText(), published, assets));
        }
        Map<String, String> tags = new LinkedHashMap<>();
        root.path("tags").properties().forEach(t -> tags.put(t.getKey(), t.getValue().asText()));
        JsonNode d = root.path("document");
        Optional<ListingDocument> document = d.isObject()
                ? Optional.of(new ListingDocument(d.path("mediaType").asText(), d.path("url").asText(),
                        d.has("text") ? DocumentBody.whole(d.path("text").asText()) : storedBody.apply(d.path("split").asBoolean()),
                        Optional.ofNullable(d.path("etag").asText(null)), Optional.ofNullable(d.path("lastModified").asText(null))))
                : Optional.empty();
        return new PackageListing(coordinate, versions, tags, document);
    }
}
