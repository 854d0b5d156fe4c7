package dev.packyard.upstream;

import java.util.Objects;
import java.util.Optional;

/**
 * The registry's own document a listing was read from (npm packument, simple-index page, maven-metadata.xml), kept
 * so Packyard can serve package managers everything the registry said (dependencies, requires-python...) even
 * while the registry is down, and its validators so a refresh can ask "changed since?" instead of downloading it.
 */
public record ListingDocument(String mediaType, String url, String text, Optional<String> etag, Optional<String> lastModified) {
    public ListingDocument {
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(lastModified, "lastModified");
    }

    public boolean hasValidators() {
        return etag.isPresent() || lastModified.isPresent();
    }
}
