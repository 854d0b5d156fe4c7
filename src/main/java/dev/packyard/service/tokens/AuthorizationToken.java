package dev.packyard.service.tokens;

import java.time.Instant;

/** A token handed to a client, in clear text only this once, and when it stops working. */
public record AuthorizationToken(String token, Instant expiration) {
    @Override
    public String toString() {
        return "AuthorizationToken[expiration=" + expiration + "]";
    }
}
