package dev.packyard.server.packages;

import dev.packyard.model.PercentDecoding;

/** A package manager's request path, decoded; a malformed one is the client's 400, never a 500. */
public final class RequestPaths {
    private RequestPaths() {
    }

    public static String decode(String raw) {
        try {
            return PercentDecoding.path(raw);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("The path '" + raw + "' has a malformed percent-encoding");
        }
    }
}
