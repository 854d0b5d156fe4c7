package dev.packyard.formats.npm.upstream;

import dev.packyard.upstream.PackageListing;

/** A packument as the registry sent it: the listing read from it, whose document is the packument split by version. */
public record NpmPackument(PackumentForm form, PackageListing listing) {
}
