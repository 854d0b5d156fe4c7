package dev.packyard.service.persistence;

import dev.packyard.model.DomainId;
import dev.packyard.service.events.Webhook;
import dev.packyard.service.events.WebhookDelivery;
import java.time.Instant;
import java.util.List;

/** Webhooks per domain and their delivery history. */
public interface WebhookStore {
    Webhook add(DomainId domain, String url, Instant createdTime);

    List<Webhook> list(DomainId domain);

    boolean remove(DomainId domain, long id);

    void recordDelivery(WebhookDelivery delivery);

    /** The domain's delivery attempts, oldest first. */
    List<WebhookDelivery> deliveries(DomainId domain, int limit);
}
