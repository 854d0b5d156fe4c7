package dev.packyard.server;

import dev.packyard.model.Domain;
import dev.packyard.service.domains.DomainService;
import dev.packyard.service.error.ValidationException;
import dev.packyard.service.events.PackageEvents;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;

/**
 * Packyard's own extension of the control plane (signed like it): a domain's package version events streamed as
 * server-sent events ({@code /_packyard/v1/events?domain=D}, one {@code package-version-state-change} event per
 * change, its data the EventBridge JSON), and the activity log's latest events ({@code /_packyard/v1/activity}).
 */
final class EventRoutes {
    static final String PREFIX = "/_packyard/v1";
    static final String EVENT_NAME = "package-version-state-change";
    private static final int DEFAULT_ACTIVITY = 100;

    private final PackageEvents events;
    private final DomainService domains;
    private final java.util.Set<SseClient> open = java.util.concurrent.ConcurrentHashMap.newKeySet();

    EventRoutes(PackageEvents events, DomainService domains) {
        this.events = events;
        this.domains = domains;
    }

    void register(RoutesConfig routes) {
        routes.get(PREFIX + "/events", this::stream);
        routes.get(PREFIX + "/activity", this::activity);
    }

    private void stream(Context ctx) throws Exception {
        Domain domain = domains.require(ctx.queryParam("domain-owner"), ctx.queryParam("domain"));
        new SseHandler(client -> follow(client, domain)).handle(ctx);
    }

    private void follow(SseClient client, Domain domain) {
        Object sending = new Object();
        AutoCloseable subscription = events.subscribe(event -> {
            if (event.domain().equals(domain.id()) && !client.terminated()) {
                synchronized (sending) {
                    client.sendEvent(EVENT_NAME, event.json());
                }
            }
        });
        open.add(client);
        client.onClose(() -> {
            open.remove(client);
            try {
                subscription.close();
            } catch (Exception ignored) {
                // Removing a subscriber from a list cannot fail.
            }
        });
        synchronized (sending) {
            client.sendComment("subscribed to " + domain.name());
        }
        client.keepAlive();
    }

    /** Ends every open stream (the server is stopping). */
    void closeStreams() {
        for (SseClient client : open) {
            client.close();
        }
    }

    private void activity(Context ctx) {
        Domain domain = domains.require(ctx.queryParam("domain-owner"), ctx.queryParam("domain"));
        int max = DEFAULT_ACTIVITY;
        String given = ctx.queryParam("max-results");
        if (given != null) {
            try {
                max = Integer.parseInt(given);
            } catch (NumberFormatException e) {
                max = -1;
            }
            if (max < 1 || max > 1000) {
                throw new ValidationException("Invalid max-results '" + given + "': use a number from 1 to 1000");
            }
        }
        ctx.contentType("application/json");
        ctx.result("{\"events\":[" + String.join(",", events.recent(domain.id(), max)) + "]}");
    }
}
