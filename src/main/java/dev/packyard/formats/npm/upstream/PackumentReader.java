package dev.packyard.formats.npm.upstream;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.packyard.model.HashAlgorithm;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.upstream.AssetLocation;
import dev.packyard.upstream.LargeJson;
import dev.packyard.upstream.PackageListing;
import dev.packyard.upstream.UpstreamVersion;
import dev.packyard.upstream.VersionedJson;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads versions, tarballs, published hashes, publish times and dist-tags out of a packument in one streaming pass,
 * splitting it by version as it goes: only one version's manifest is a tree at a time, so a packument of tens of
 * megabytes never becomes a tree of hundreds.
 */
final class PackumentReader {
    private static final ObjectMapper JSON = LargeJson.mapper();

    private PackumentReader() {
    }

    /** What one packument gave: the listing and the document split by version. */
    record Read(PackageListing listing, VersionedJson body) {
    }

    /** @throws NotAPackumentException when the bytes are not JSON or not an object with a {@code versions} object */
    static Read read(PackageCoordinate coordinate, byte[] packument) throws NotAPackumentException, IOException {
        ObjectNode skeleton = JSON.createObjectNode();
        LinkedHashMap<String, byte[]> manifests = new LinkedHashMap<>();
        Map<String, List<AssetLocation>> assets = new LinkedHashMap<>();
        boolean sawVersions = false;
        try (JsonParser in = JSON.createParser(packument)) {
            if (in.nextToken() != JsonToken.START_OBJECT) {
                throw new NotAPackumentException("not a JSON object");
            }
            while (in.nextToken() == JsonToken.FIELD_NAME) {
                String field = in.currentName();
                JsonToken value = in.nextToken();
                if (field.equals("versions") && value == JsonToken.START_OBJECT) {
                    sawVersions = true;
                    ObjectNode placeholders = skeleton.putObject("versions");
                    while (in.nextToken() == JsonToken.FIELD_NAME) {
                        String version = in.currentName();
                        in.nextToken();
                        JsonNode manifest = JSON.readTree(in);
                        placeholders.put(version, 0);
                        manifests.put(version, JSON.writeValueAsBytes(manifest));
                        assets.put(version, assets(manifest.path("dist")));
                    }
                } else {
                    skeleton.set(field, JSON.readTree(in));
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new NotAPackumentException("not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (!sawVersions) {
            throw new NotAPackumentException("no \"versions\" object");
        }
        JsonNode times = skeleton.path("time");
        List<UpstreamVersion> versions = new ArrayList<>(assets.size());
        assets.forEach((version, files) -> versions.add(new UpstreamVersion(version, instant(times.path(version).asText(null)), files)));
        Map<String, String> tags = new LinkedHashMap<>();
        skeleton.path("dist-tags").properties().forEach(e -> tags.put(e.getKey(), e.getValue().asText()));
        return new Read(new PackageListing(coordinate, versions, tags), new VersionedJson(JSON.writeValueAsBytes(skeleton), manifests));
    }

    /** The answer was not a packument; the message says why. */
    static final class NotAPackumentException extends Exception {
        NotAPackumentException(String why) {
            super(why);
        }
    }

    private static List<AssetLocation> assets(JsonNode dist) {
        String tarball = dist.path("tarball").asText(null);
        if (tarball == null || tarball.isBlank()) {
            return List.of();
        }
        return List.of(new AssetLocation(fileName(tarball), tarball, publishedHashes(dist)));
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
