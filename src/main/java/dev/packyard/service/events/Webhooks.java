package dev.packyard.service.events;

import dev.packyard.model.DomainId;
import dev.packyard.service.error.ResourceNotFoundException;
import dev.packyard.service.error.ServiceQuotaExceededException;
import dev.packyard.service.error.ValidationException;
import dev.packyard.service.persistence.WebhookStore;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Delivers each package version event of a domain to the domain's webhooks: a 2xx answer delivers it; anything else
 * (an error status, a refused connection) is retried after a growing delay until the attempts run out. Every attempt
 * is kept in the delivery history.
 */
public final class Webhooks {
    public static final int MAX_WEBHOOKS_PER_DOMAIN = 20;

    /** How often and how patiently a delivery is tried. */
    public record RetryPolicy(int attempts, Duration firstDelay) {
        public static final RetryPolicy DEFAULT = new RetryPolicy(5, Duration.ofSeconds(2));

        Duration delayBefore(int attempt) {
            return firstDelay.multipliedBy(1L << Math.min(attempt - 2, 20));
        }
    }

    private final WebhookStore store;
    private final WebhookSender sender;
    private final RetryTimer timer;
    private final Clock clock;
    private final RetryPolicy policy;

    public Webhooks(WebhookStore store, WebhookSender sender, RetryTimer timer, Clock clock, RetryPolicy policy) {
        this.store = store;
        this.sender = sender;
        this.timer = timer;
        this.clock = clock;
        this.policy = policy;
    }

    /** Starts delivering the events of every domain to its webhooks. */
    public AutoCloseable deliverFrom(PackageEvents events) {
        return events.subscribe(this::onEvent);
    }

    public Webhook add(DomainId domain, String url) {
        String checked = url(url);
        if (store.list(domain).size() >= MAX_WEBHOOKS_PER_DOMAIN) {
            throw new ServiceQuotaExceededException("Domain " + domain.name() + " already has " + MAX_WEBHOOKS_PER_DOMAIN
                    + " webhooks, the most allowed: remove one first", domain.name(), null);
        }
        return store.add(domain, checked, clock.instant());
    }

    public List<Webhook> list(DomainId domain) {
        return store.list(domain);
    }

    public void remove(DomainId domain, long id) {
        if (!store.remove(domain, id)) {
            throw new ResourceNotFoundException("Domain " + domain.name() + " has no webhook " + id
                    + ": list them to see their ids", Long.toString(id), null);
        }
    }

    public List<WebhookDelivery> deliveries(DomainId domain, int limit) {
        return store.deliveries(domain, limit);
    }

    private void onEvent(PackageEvents.DomainEvent event) {
        String eventId = eventId(event.json());
        for (Webhook hook : store.list(event.domain())) {
            timer.after(Duration.ZERO, () -> attempt(hook, eventId, event.json(), 1));
        }
    }

    private void attempt(Webhook hook, String eventId, String json, int attempt) {
        Optional<Integer> status = Optional.empty();
        String detail;
        try {
            int code = sender.post(hook.url(), json);
            status = Optional.of(code);
            if (code >= 200 && code < 300) {
                store.recordDelivery(new WebhookDelivery(hook.id(), eventId, attempt, clock.instant(), status,
                        "DELIVERED", "answered " + code));
                return;
            }
            detail = "answered " + code;
        } catch (IOException | RuntimeException e) {
            detail = "could not be reached: " + e.getMessage();
        }
        boolean retry = attempt < policy.attempts();
        store.recordDelivery(new WebhookDelivery(hook.id(), eventId, attempt, clock.instant(), status,
                retry ? "RETRYING" : "FAILED", detail.length() > 1000 ? detail.substring(0, 1000) : detail));
        if (retry) {
            timer.after(policy.delayBefore(attempt + 1), () -> attempt(hook, eventId, json, attempt + 1));
        }
    }

    private static String eventId(String json) {
        int at = json.indexOf("\"id\":\"");
        return at < 0 ? "" : json.substring(at + 6, json.indexOf('"', at + 6));
    }

    private static String url(String url) {
        if (url == null || url.isBlank()) {
            throw new ValidationException("Missing required parameter 'url': give the http(s) address to post events to");
        }
        try {
            URI uri = new URI(url);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                    || url.length() > 2000) {
                throw new URISyntaxException(url, "not an http(s) URL with a host");
            }
        } catch (URISyntaxException e) {
            throw new ValidationException("Invalid url '" + (url.length() > 100 ? url.substring(0, 100) + "…" : url)
                    + "': give an http:// or https:// address with a host, at most 2000 characters");
        }
        return url;
    }
}
