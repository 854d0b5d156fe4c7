package dev.packyard.server.packages;

import dev.packyard.model.DomainId;
import dev.packyard.service.error.AccessDeniedException;
import dev.packyard.service.tokens.TokenGrant;
import dev.packyard.service.tokens.TokenService;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Token authentication of the package endpoints, as CodeArtifact does it: npm sends {@code Authorization: Bearer
 * TOKEN}, pip, twine, Maven and Bundler send Basic credentials with user {@code aws} and the token as password, and
 * Cargo and {@code gem push} send the token alone as the whole header value (a credential provider's token, gem's API key).
 */
public final class ClientAuth {
    private static final String HOW = "get a token with 'aws codeartifact get-authorization-token --domain DOMAIN "
            + "--query authorizationToken --output text' (or run 'aws codeartifact login --tool npm|pip') and send it as "
            + "Authorization: Bearer TOKEN (npm), as the password of user 'aws' (pip, twine, Maven) or as the whole "
            + "Authorization value (Cargo)";

    private final TokenService tokens;

    public ClientAuth(TokenService tokens) {
        this.tokens = tokens;
    }

    /** Checks the request's credentials against the domain in the URL. */
    public void require(String authorization, DomainId domain) {
        String token = token(authorization);
        TokenGrant grant = tokens.verify(token).orElseThrow(() -> new AuthenticationRequiredException(
                "The authorization token is unknown or has expired: " + HOW));
        if (!grant.domain().equals(domain)) {
            throw new AccessDeniedException("The authorization token is for domain " + grant.domain().name() + " (owner "
                    + grant.domain().owner() + "), not for " + domain.name() + " (owner " + domain.owner()
                    + "): get a token for " + domain.name());
        }
    }

    private static String token(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            throw new AuthenticationRequiredException("This repository needs an authorization token: " + HOW);
        }
        String value = authorization.trim();
        int space = value.indexOf(' ');
        if (space < 0 && !value.equalsIgnoreCase("Bearer") && !value.equalsIgnoreCase("Basic")) {
            return value;
        }
        String scheme = space < 0 ? value : value.substring(0, space);
        String credentials = space < 0 ? "" : value.substring(space + 1).trim();
        if (scheme.equalsIgnoreCase("Bearer")) {
            return credentials;
        }
        if (scheme.equalsIgnoreCase("Basic")) {
            return basicPassword(credentials).orElseThrow(() -> new AuthenticationRequiredException(
                    "The Basic credentials are not user 'aws' with a token as password: " + HOW));
        }
        throw new AuthenticationRequiredException("Authorization scheme " + scheme + " is not accepted: " + HOW);
    }

    private static Optional<String> basicPassword(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0 || !decoded.substring(0, colon).equals("aws")) {
            return Optional.empty();
        }
        return Optional.of(decoded.substring(colon + 1));
    }
}
