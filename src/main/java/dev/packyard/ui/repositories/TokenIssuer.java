package dev.packyard.ui.repositories;

import dev.packyard.model.DomainId;
import dev.packyard.service.tokens.AuthorizationToken;

/** The Connect tab's "Create token": an authorization token for a domain, as get-authorization-token issues it. */
@FunctionalInterface
public interface TokenIssuer {
    AuthorizationToken issue(DomainId domain);

    /** A console that cannot issue tokens (no token service wired). */
    static TokenIssuer none() {
        return domain -> {
            throw new IllegalStateException("this console cannot issue tokens; use aws codeartifact get-authorization-token");
        };
    }
}
