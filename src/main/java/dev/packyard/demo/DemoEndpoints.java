package dev.packyard.demo;

import dev.packyard.model.PackageFormat;
import java.net.URI;
import java.util.Map;

/**
 * Where a running demo registry answers: the base URL of each format's stand-in (each ends with '/') and
 * {@code controls}, the root of the {@code /_demo/} control endpoints.
 */
public record DemoEndpoints(URI origin, Map<PackageFormat, URI> bases, URI controls) {
    public DemoEndpoints {
        bases = Map.copyOf(bases);
    }

    /** The base URL of the stand-in that serves {@code format}. */
    public URI baseFor(PackageFormat format) {
        URI base = bases.get(format);
        if (base == null) {
            throw new IllegalArgumentException("The demo registry serves " + DemoRegistry.names(bases.keySet()) + ", not " + format);
        }
        return base;
    }
}
