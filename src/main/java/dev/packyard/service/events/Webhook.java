package dev.packyard.service.events;

import dev.packyard.model.DomainId;
import java.time.Instant;

/** A URL a domain's package version events are posted to. */
public record Webhook(long id, DomainId domain, String url, Instant createdTime) {
}
