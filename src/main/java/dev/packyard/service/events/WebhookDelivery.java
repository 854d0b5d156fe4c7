package dev.packyard.service.events;

import java.time.Instant;
import java.util.Optional;

/** One attempt to deliver an event to a webhook: DELIVERED, RETRYING (another attempt follows) or FAILED (the last). */
public record WebhookDelivery(long webhookId, String eventId, int attempt, Instant time, Optional<Integer> statusCode,
                              String outcome, String detail) {
}
