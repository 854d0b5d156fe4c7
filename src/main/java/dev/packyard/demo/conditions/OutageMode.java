package dev.packyard.demo.conditions;

import java.util.Arrays;
import java.util.Locale;

/**
 * How a registry in a simulated outage fails: politely (HTTP 503), by hanging up on the client, or by rationing
 * its callers (HTTP 429 with Retry-After, as public registries do under load).
 */
public enum OutageMode {
    SERVICE_UNAVAILABLE("503"),
    DROP_CONNECTION("drop"),
    TOO_MANY_REQUESTS("429");

    private final String wireName;

    OutageMode(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static OutageMode fromWireName(String text) {
        String wanted = text.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.wireName.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown outage mode '" + text
                        + "': use '503' (answer Service Unavailable), 'drop' (close the connection) or '429' (answer Too Many Requests)"));
    }
}
