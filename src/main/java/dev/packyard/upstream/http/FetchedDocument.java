package dev.packyard.upstream.http;

import dev.packyard.upstream.ListingDocument;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A metadata document read completely: its bytes, media type (without parameters, lower case), final URL and
 * validators; or, for a conditional request, the registry's word that it has not changed.
 */
public record FetchedDocument(byte[] body, String mediaType, String url, Optional<String> etag, Optional<String> lastModified,
                              boolean notModified) {
    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public ListingDocument asListingDocument() {
        return new ListingDocument(mediaType, url, text(), etag, lastModified);
    }
}
