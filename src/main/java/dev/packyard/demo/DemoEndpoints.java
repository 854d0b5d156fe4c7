package dev.packyard.demo;

import dev.packyard.model.PackageFormat;
import java.net.URI;

/**
 * Where a running demo registry answers. Each base URL ends with '/'; {@code pypiSimple} is the index URL pip
 * takes, {@code controls} the root of the {@code /_demo/} control endpoints.
 */
public record DemoEndpoints(URI origin, URI npm, URI pypi, URI pypiSimple, URI maven, URI controls) {

    static DemoEndpoints at(String host, int port) {
        URI origin = URI.create("http://" + host + ":" + port + "/");
        return new DemoEndpoints(origin, origin.resolve("npm/"), origin.resolve("pypi/"),
                origin.resolve("pypi/simple/"), origin.resolve("maven2/"), origin.resolve("_demo/"));
    }

    /** The base URL of the registry that serves {@code format}. */
    public URI baseFor(PackageFormat format) {
        return switch (format) {
            case NPM -> npm;
            case PYPI -> pypi;
            case MAVEN -> maven;
            default -> throw new IllegalArgumentException("The demo registry serves npm, pypi and maven, not " + format);
        };
    }
}
