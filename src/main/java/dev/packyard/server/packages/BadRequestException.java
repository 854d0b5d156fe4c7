package dev.packyard.server.packages;

/** A package-manager request Packyard cannot accept as sent (malformed body, content not matching its hash...). */
public final class BadRequestException extends RuntimeException {
    public BadRequestException(String message) {
        super(message);
    }
}
