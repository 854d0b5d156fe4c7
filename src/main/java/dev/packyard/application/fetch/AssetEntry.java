package dev.packyard.application.fetch;

import dev.packyard.model.HashAlgorithm;
import java.util.Map;

/** A file of an offered version, with the hashes known for it; size is -1 when only the registry knows it. */
public record AssetEntry(String name, long size, Map<HashAlgorithm, String> hashes) {
    public AssetEntry {
        hashes = Map.copyOf(hashes);
    }
}
