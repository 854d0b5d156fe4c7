package dev.packyard.ui.main;

/**
 * How the external connections are doing, in one line of the status bar.
 *
 * @param connections how many external connections are in use
 * @param unavailable how many of them are in an outage or switched offline
 */
public record ConnectionHealthSummary(int connections, int unavailable) {
    public String describe() {
        if (connections == 0) {
            return "No external connections in use";
        }
        if (unavailable == 0) {
            return connections == 1 ? "External connection healthy" : "All " + connections + " external connections healthy";
        }
        return unavailable + " of " + connections + " external connections unavailable";
    }
}
