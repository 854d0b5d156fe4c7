package dev.packyard.service.persistence;

import dev.packyard.service.tokens.TokenGrant;
import java.time.Instant;
import java.util.Optional;

/** Persistence of authorization tokens by the SHA-256 of the token (the token itself is never stored). */
public interface TokenStore {
    void insert(String tokenSha256, TokenGrant grant);

    Optional<TokenGrant> find(String tokenSha256);

    /** Removes tokens that expired before {@code now}; returns how many. */
    int deleteExpired(Instant now);
}
