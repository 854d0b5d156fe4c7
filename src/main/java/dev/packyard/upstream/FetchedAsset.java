package dev.packyard.upstream;

import dev.packyard.model.Asset;
import dev.packyard.model.HashAlgorithm;
import java.util.Map;
import java.util.Optional;

/**
 * A file downloaded completely and checked: its size, every hash Packyard records, and which published hash
 * it was verified against (empty when the registry published none).
 */
public record FetchedAsset(String assetName, String url, long size, Map<HashAlgorithm, String> hashes,
                           Optional<HashAlgorithm> verifiedWith) {
    public FetchedAsset {
        hashes = Map.copyOf(hashes);
    }

    public Asset toAsset() {
        return new Asset(assetName, size, hashes);
    }
}
