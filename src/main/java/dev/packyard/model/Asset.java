package dev.packyard.model;

import java.util.Map;
import java.util.Objects;

/** A file of a package version. Its content lives in the domain's blob store under its SHA-256. */
public record Asset(String name, long size, Map<HashAlgorithm, String> hashes) {
    public Asset {
        Objects.requireNonNull(name, "name");
        hashes = Map.copyOf(hashes);
        if (!hashes.containsKey(HashAlgorithm.SHA256)) {
            throw new IllegalArgumentException("an asset needs its SHA-256");
        }
    }

    public String sha256() {
        return hashes.get(HashAlgorithm.SHA256);
    }
}
