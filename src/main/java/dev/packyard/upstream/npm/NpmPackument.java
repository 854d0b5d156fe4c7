package dev.packyard.upstream.npm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.packyard.upstream.PackageListing;

/** A packument as the registry sent it (to serve on, rewritten) and the listing read from it. */
public record NpmPackument(PackumentForm form, JsonNode document, PackageListing listing) {
}
