package dev.packyard.demo.conditions;

import java.util.Arrays;
import java.util.Locale;

/** How a registry in a simulated outage fails: politely (HTTP 503) or by hanging up on the client. */
public enum OutageMode {
    SERVICE_UNAVAILABLE("503"),
    DROP_CONNECTION("drop");

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
                        + "': use '503' (answer Service Unavailable) or 'drop' (close the connection)"));
    }
}
