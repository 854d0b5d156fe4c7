package dev.packyard.service.tokens;

import dev.packyard.model.Hashes;
import dev.packyard.model.Domain;
import dev.packyard.service.domains.DomainService;
import dev.packyard.service.error.ValidationException;
import dev.packyard.service.persistence.TokenStore;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * GetAuthorizationToken: random bearer tokens for a domain's package endpoints. Only a SHA-256 of each token is
 * stored, so a copied database does not leak working tokens.
 */
public final class TokenService {
    /** CodeArtifact's default and longest lifetime: 12 hours. */
    public static final Duration DEFAULT_LIFETIME = Duration.ofHours(12);
    private static final long MIN_SECONDS = 900;
    private static final String PREFIX = "pyd1.";

    private final TokenStore tokens;
    private final DomainService domains;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public TokenService(TokenStore tokens, DomainService domains, Clock clock) {
        this.tokens = tokens;
        this.domains = domains;
        this.clock = clock;
    }

    /**
     * Issues a token for the domain. A duration of 0 means "as long as the caller's role session" in CodeArtifact;
     * Packyard has no role sessions, so 0 and an absent duration both give the default 12 hours.
     */
    /** A token of the default lifetime, 12 hours. */
    public AuthorizationToken issue(String owner, String domain) {
        return issue(owner, domain, null);
    }

    public AuthorizationToken issue(String owner, String domain, Long durationSeconds) {
        Duration lifetime = lifetime(durationSeconds);
        Domain d = domains.require(owner, domain);
        Instant now = clock.instant();
        tokens.deleteExpired(now);
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant expiration = now.plus(lifetime);
        tokens.insert(sha256(token), new TokenGrant(d.id(), now, expiration));
        return new AuthorizationToken(token, expiration);
    }

    /** What the token allows, or empty when it is unknown or expired. */
    public Optional<TokenGrant> verify(String token) {
        if (token == null || token.isEmpty() || token.length() > 200) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.find(sha256(token)).filter(g -> g.expiration().isAfter(now));
    }

    static Duration lifetime(Long durationSeconds) {
        if (durationSeconds == null || durationSeconds == 0) {
            return DEFAULT_LIFETIME;
        }
        if (durationSeconds < MIN_SECONDS || durationSeconds > DEFAULT_LIFETIME.toSeconds()) {
            throw new ValidationException("Invalid duration " + durationSeconds + ": give 0 (the default, 12 hours) or a "
                    + "number of seconds from 900 (15 minutes) to 43200 (12 hours)");
        }
        return Duration.ofSeconds(durationSeconds);
    }

    private static String sha256(String token) {
        return Hashes.sha256Hex(token);
    }
}
