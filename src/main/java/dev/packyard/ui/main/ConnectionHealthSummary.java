package dev.packyard.ui.main;

import java.util.ArrayList;
import java.util.List;

/**
 * How the external connections are doing, in one line of the status bar.
 *
 * @param connections how many external connections are in use
 * @param unavailable how many of them are in an outage or switched offline
 * @param parts       the connections named one by one ("npmjs", "outage since 10:02"); the healthy rest is counted
 */
public record ConnectionHealthSummary(int connections, int unavailable, List<Part> parts) {
    /** One named connection and its state in words. */
    public record Part(String name, String state, boolean healthy) {
    }

    public ConnectionHealthSummary {
        parts = List.copyOf(parts);
    }

    public ConnectionHealthSummary(int connections, int unavailable) {
        this(connections, unavailable, List.of());
    }

    public String describe() {
        if (connections == 0) {
            return "No external connections in use";
        }
        if (!parts.isEmpty()) {
            List<String> shown = new ArrayList<>();
            parts.forEach(p -> shown.add(p.name() + " ● " + p.state()));
            int rest = connections - parts.size();
            if (rest > 0) {
                shown.add(rest + " more ● available");
            }
            return String.join(" · ", shown);
        }
        if (unavailable == 0) {
            return connections == 1 ? "External connection healthy" : "All " + connections + " external connections healthy";
        }
        return unavailable + " of " + connections + " external connections unavailable";
    }
}
