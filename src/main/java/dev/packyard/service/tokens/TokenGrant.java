package dev.packyard.service.tokens;

import dev.packyard.model.DomainId;
import java.time.Instant;

/** What a valid token allows: access to one domain's repositories until it expires. */
public record TokenGrant(DomainId domain, Instant issued, Instant expiration) {
}
