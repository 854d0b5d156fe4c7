package dev.packyard.service.events;

import java.io.IOException;

/** Posts an event's JSON to a URL and answers the HTTP status. */
public interface WebhookSender {
    int post(String url, String json) throws IOException;
}
