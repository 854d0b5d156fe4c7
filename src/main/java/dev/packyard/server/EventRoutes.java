package dev.packyard.server;

import dev.packyard.model.Domain;
import dev.packyard.service.domains.DomainService;
import dev.packyard.service.error.ValidationException;
import dev.packyard.service.events.PackageEvents;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.packyard.model.SharedJson;
import dev.packyard.service.events.Webhook;
import dev.packyard.service.events.WebhookDelivery;
import dev.packyard.service.events.Webhooks;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;

/**
 * Packyard's own extension of the control plane (signed like it): a domain's package version events streamed as
 * server-sent events ({@code /_packyard/v1/events?domain=D}, one {@code package-version-state-change} event per
 * change, its data the EventBridge JSON), the activity log's latest events ({@code /_packyard/v1/activity}), the
 * domain's webhooks ({@code POST|GET|DELETE /_packyard/v1/webhooks}) and their delivery history
 * ({@code /_packyard/v1/webhook-deliveries}).
 */
final class EventRoutes {
    static final String PREFIX = "/_packyard/v1";
    static final String EVENT_NAME = "package-version-state-change";
    private static final int DEFAULT_ACTIVITY = 100;

    private final PackageEvents events;
    private final Webhooks webhooks;
    private final DomainService domains;
    private final java.util.Set<SseClient> open = java.util.concurrent.ConcurrentHashMap.newKeySet();

    EventRoutes(PackageEvents events, Webhooks webhooks, DomainService domains) {
        this.events = events;
        this.webhooks = webhooks;
        this.domains = domains;
    }

    void register(RoutesConfig routes) {
        routes.get(PREFIX + "/events", this::stream);
        routes.get(PREFIX + "/activity", this::activity);
        routes.post(PREFIX + "/webhooks", ctx -> {
            Webhook hook = webhooks.add(domain(ctx).id(), ctx.queryParam("url"));
            json(ctx, SharedJson.MAPPER.createObjectNode().set("webhook", webhook(hook)));
        });
        routes.get(PREFIX + "/webhooks", ctx -> {
            ObjectNode n = SharedJson.MAPPER.createObjectNode();
            ArrayNode list = n.putArray("webhooks");
            webhooks.list(domain(ctx).id()).forEach(h -> list.add(webhook(h)));
            json(ctx, n);
        });
        routes.delete(PREFIX + "/webhooks", ctx -> {
            Domain d = domain(ctx);
            String id = ctx.queryParam("id");
            long parsed;
            try {
                parsed = Long.parseLong(id == null ? "" : id);
            } catch (NumberFormatException e) {
                throw new ValidationException("Invalid id '" + id + "': give the id list-webhooks shows");
            }
            webhooks.remove(d.id(), parsed);
            json(ctx, SharedJson.MAPPER.createObjectNode());
        });
        routes.get(PREFIX + "/webhook-deliveries", ctx -> {
            ObjectNode n = SharedJson.MAPPER.createObjectNode();
            ArrayNode list = n.putArray("deliveries");
            for (WebhookDelivery d : webhooks.deliveries(domain(ctx).id(), maxResults(ctx))) {
                ObjectNode o = list.addObject();
                o.put("webhookId", d.webhookId());
                o.put("eventId", d.eventId());
                o.put("attempt", d.attempt());
                o.put("time", d.time().getEpochSecond());
                d.statusCode().ifPresent(c -> o.put("statusCode", c));
                o.put("outcome", d.outcome());
                o.put("detail", d.detail());
            }
            json(ctx, n);
        });
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

    private Domain domain(Context ctx) {
        return domains.require(ctx.queryParam("domain-owner"), ctx.queryParam("domain"));
    }

    private static ObjectNode webhook(Webhook h) {
        ObjectNode o = SharedJson.MAPPER.createObjectNode();
        o.put("id", h.id());
        o.put("url", h.url());
        o.put("createdTime", h.createdTime().getEpochSecond());
        return o;
    }

    private static void json(Context ctx, ObjectNode n) {
        ctx.contentType("application/json");
        ctx.result(n.toString());
    }

    private void activity(Context ctx) {
        Domain domain = domain(ctx);
        ctx.contentType("application/json");
        ctx.result("{\"events\":[" + String.join(",", events.recent(domain.id(), maxResults(ctx))) + "]}");
    }

    private static int maxResults(Context ctx) {
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
        return max;
    }
}
