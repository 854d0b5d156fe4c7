package dev.packyard.upstream.npm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.packyard.model.HashAlgorithm;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.upstream.AssetLocation;
import dev.packyard.upstream.PackageListing;
import dev.packyard.upstream.UpstreamVersion;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads versions, tarballs, published hashes, publish times and dist-tags out of a packument. */
final class PackumentReader {
    private PackumentReader() {
    }

    static PackageListing read(PackageCoordinate coordinate, JsonNode packument) {
        JsonNode times = packument.path("time");
        List<UpstreamVersion> versions = new ArrayList<>();
        packument.path("versions").properties().forEach(entry -> {
            String version = entry.getKey();
            JsonNode dist = entry.getValue().path("dist");
            String tarball = dist.path("tarball").asText(null);
            List<AssetLocation> assets = new ArrayList<>();
            if (tarball != null && !tarball.isBlank()) {
                assets.add(new AssetLocation(fileName(tarball), tarball, publishedHashes(dist)));
            }
            versions.add(new UpstreamVersion(version, instant(times.path(version).asText(null)), assets));
        });
        Map<String, String> tags = new LinkedHashMap<>();
        packument.path("dist-tags").properties().forEach(e -> tags.put(e.getKey(), e.getValue().asText()));
        return new PackageListing(coordinate, versions, tags);
    }

    private static Map<HashAlgorithm, String> publishedHashes(JsonNode dist) {
        Map<HashAlgorithm, String> hashes = new EnumMap<>(HashAlgorithm.class);
        String shasum = dist.path("shasum").asText(null);
        if (shasum != null && shasum.matches("(?i)[0-9a-f]{40}")) {
            hashes.put(HashAlgorithm.SHA1, shasum.toLowerCase(Locale.ROOT));
        }
        hashes.putAll(SubresourceIntegrity.parse(dist.path("integrity").asText(null)));
        return hashes;
    }

    private static String fileName(String url) {
        String path = url;
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static Optional<Instant> instant(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
