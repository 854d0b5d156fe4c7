package dev.packyard.app;

import dev.packyard.service.events.Webhooks;
import dev.packyard.tasks.DelayScheduler;
import dev.packyard.upstream.webhooks.HttpWebhookSender;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

/**
 * Webhook delivery of the package events: attempts are timed by the backend's delay scheduler (the tests' clock) and
 * sent from a thread of their own, so neither the change that raised the event nor the timer waits on a webhook.
 */
final class EventDelivery implements AutoCloseable {
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(10);

    final Webhooks webhooks;
    private final ExecutorService sending = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "packyard-webhooks");
        t.setDaemon(true);
        return t;
    });
    private final HttpWebhookSender sender = new HttpWebhookSender(SEND_TIMEOUT);
    private final AutoCloseable subscription;

    EventDelivery(StorageWiring storage, CatalogWiring catalog, DelayScheduler scheduler, Clock clock) {
        this.webhooks = new Webhooks(storage.webhooks, sender, (delay, work) ->
                scheduler.schedule(clock.instant().plus(delay), () -> {
                    try {
                        sending.execute(work);
                    } catch (RejectedExecutionException closing) {
                        // The backend is closing; the delivery history shows the last attempt made.
                    }
                }), clock, Webhooks.RetryPolicy.DEFAULT);
        this.subscription = webhooks.deliverFrom(catalog.events);
    }

    @Override
    public void close() {
        try {
            subscription.close();
        } catch (Exception ignored) {
            // Removing a subscriber cannot fail.
        }
        sending.shutdownNow();
        sender.close();
    }
}
