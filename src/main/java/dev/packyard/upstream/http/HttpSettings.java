package dev.packyard.upstream.http;

import java.time.Duration;
import java.util.Objects;

/**
 * Network limits for registry requests. There is deliberately no limit on a whole download's duration: a large
 * file on a slow link keeps going as long as bytes keep arriving within the read timeout.
 */
public record HttpSettings(Duration connectTimeout, Duration readTimeout, long maxMetadataBytes, String userAgent) {
    public static final HttpSettings DEFAULT =
            new HttpSettings(Duration.ofSeconds(10), Duration.ofSeconds(30), 256L * 1024 * 1024, "Packyard");

    public HttpSettings {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(userAgent, "userAgent");
        if (maxMetadataBytes <= 0) {
            throw new IllegalArgumentException("maxMetadataBytes must be positive");
        }
    }

    public HttpSettings withTimeouts(Duration connect, Duration read) {
        return new HttpSettings(connect, read, maxMetadataBytes, userAgent);
    }
}
