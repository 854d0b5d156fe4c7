package dev.packyard.ui.connections;

import dev.packyard.model.PackageFormat;
import dev.packyard.ui.common.Feed;
import dev.packyard.ui.main.ConnectionHealthSummary;
import dev.packyard.upstream.connections.ConnectionStatus;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The status bar's one-line health of the connections that have an endpoint: the first connection of each format
 * and every connection not answering are named, the healthy rest counted.
 */
public final class HealthSummaryFeed implements Feed<Optional<ConnectionHealthSummary>> {
    private final ConnectionsFeed connections;
    private final Clock clock;

    public HealthSummaryFeed(ConnectionsFeed connections, Clock clock) {
        this.connections = connections;
        this.clock = clock;
    }

    @Override
    public Optional<ConnectionHealthSummary> current() {
        return summarise(connections.current(), clock);
    }

    @Override
    public Subscription subscribe(Consumer<? super Optional<ConnectionHealthSummary>> listener) {
        return connections.subscribe(s -> listener.accept(summarise(s, clock)));
    }

    static Optional<ConnectionHealthSummary> summarise(List<ConnectionStatus> statuses, Clock clock) {
        if (statuses.isEmpty()) {
            return Optional.empty();
        }
        List<ConnectionHealthSummary.Part> parts = new ArrayList<>();
        Set<PackageFormat> named = EnumSet.noneOf(PackageFormat.class);
        int inUse = 0;
        int down = 0;
        for (ConnectionStatus s : statuses) {
            if (!s.endpoint().present()) {
                continue;
            }
            inUse++;
            boolean healthy = HealthWording.healthy(s.health().state());
            if (!healthy) {
                down++;
            }
            if (!healthy || named.add(s.endpoint().connection().format())) {
                parts.add(new ConnectionHealthSummary.Part(s.endpoint().connection().connectionName().replace("public:", ""),
                        HealthWording.stateSince(s.health(), clock.getZone()), healthy));
            }
        }
        return Optional.of(new ConnectionHealthSummary(inUse, down, parts));
    }
}
