package dev.packyard.server;

import java.time.Clock;

/** The services the HTTP server uses, grouped by feature; built by the application's wiring. */
public record ServerContext(
        CatalogApi catalog,
        PackageContent content,
        Publishing publishing,
        AccessControl access,
        Clock clock) {
}
