package dev.packyard.upstream;

import java.util.Objects;
import java.util.Optional;

/**
 * The registry's own document a listing was read from (npm packument, simple-index page, maven-metadata.xml), kept
 * so Packyard can serve package managers everything the registry said (dependencies, requires-python...) even
 * while the registry is down, and its validators so a refresh can ask "changed since?" instead of downloading it.
 * The body may be held in memory or read piece by piece from the metadata cache when asked for.
 */
public record ListingDocument(String mediaType, String url, DocumentBody body, Optional<String> etag, Optional<String> lastModified) {
    public ListingDocument {
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(lastModified, "lastModified");
    }

    public ListingDocument(String mediaType, String url, String text, Optional<String> etag, Optional<String> lastModified) {
        this(mediaType, url, DocumentBody.whole(text), etag, lastModified);
    }

    /** The whole text; for a large document split by version prefer {@link DocumentBody#version}. */
    public String text() {
        return body.text();
    }

    public boolean hasValidators() {
        return etag.isPresent() || lastModified.isPresent();
    }

    /** The same document with another body (the stored copy in place of the one just fetched). */
    public ListingDocument withBody(DocumentBody newBody) {
        return new ListingDocument(mediaType, url, newBody, etag, lastModified);
    }
}
