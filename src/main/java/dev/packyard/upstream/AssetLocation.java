package dev.packyard.upstream;

import dev.packyard.model.HashAlgorithm;
import java.util.Map;
import java.util.Objects;

/**
 * Where one file of a package version lives upstream, with the hashes the registry publishes for it (hex,
 * lower case). Maven publishes hashes in sidecar files instead, so its locations may carry none.
 */
public record AssetLocation(String assetName, String url, Map<HashAlgorithm, String> expectedHashes) {
    public AssetLocation {
        Objects.requireNonNull(assetName, "assetName");
        Objects.requireNonNull(url, "url");
        expectedHashes = Map.copyOf(expectedHashes);
    }
}
