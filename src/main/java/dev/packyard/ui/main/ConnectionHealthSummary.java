package dev.packyard.ui.main;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How the external connections in use (those a repository is associated with) are doing, in one line of the
 * status bar.
 *
 * @param connections how many external connections are in use
 * @param unavailable how many of them are in an outage, switched offline or without an endpoint
 * @param parts       the connections named one by one ("npmjs", "outage since 10:02"); the answering rest is counted
 */
public record ConnectionHealthSummary(int connections, int unavailable, List<Part> parts) {
    static final String UNNAMED = " more, none down";
    static final String NONE_IN_USE = "No repository uses an external connection yet";

    /** How a connection's state is coloured: answering green, degraded amber, down red, unchecked or unset grey. */
    public enum Tone {
        ANSWERING, UNCHECKED, DEGRADED, THROTTLED, DOWN, NO_ENDPOINT;

        /** The style class of its dot (console.css). */
        public String styleClass() {
            return "health-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** One named connection and its state in words. */
    public record Part(String name, String state, Tone tone) {
        public boolean healthy() {
            return tone == Tone.ANSWERING || tone == Tone.UNCHECKED;
        }
    }

    public ConnectionHealthSummary {
        parts = List.copyOf(parts);
    }

    public ConnectionHealthSummary(int connections, int unavailable) {
        this(connections, unavailable, List.of());
    }

    /** How many connections in use are not named one by one. */
    public int unnamed() {
        return Math.max(0, connections - parts.size());
    }

    public String describe() {
        if (connections == 0) {
            return NONE_IN_USE;
        }
        if (!parts.isEmpty()) {
            List<String> shown = new ArrayList<>();
            parts.forEach(p -> shown.add(p.name() + " ● " + p.state()));
            if (unnamed() > 0) {
                shown.add(unnamed() + UNNAMED);
            }
            return String.join(" · ", shown);
        }
        if (unavailable == 0) {
            return connections == 1 ? "External connection healthy" : "All " + connections + " external connections healthy";
        }
        return unavailable + " of " + connections + " external connections unavailable";
    }
}
