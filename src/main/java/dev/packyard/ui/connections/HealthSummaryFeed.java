package dev.packyard.ui.connections;

import dev.packyard.model.ExternalConnection;
import dev.packyard.model.PackageFormat;
import dev.packyard.ui.common.Feed;
import dev.packyard.ui.main.ConnectionHealthSummary;
import dev.packyard.ui.main.ConnectionHealthSummary.Tone;
import dev.packyard.model.health.ConnectionStatus;
import dev.packyard.model.health.HealthState;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The status bar's one-line health of the connections in use, those a repository is associated with: the first
 * connection of each format and every connection not answering are named, the rest counted.
 */
public final class HealthSummaryFeed implements Feed<Optional<ConnectionHealthSummary>> {
    /**
     * Answering connections are named one per format up to this many, the rest counted ("3 more, none down"): with six
     * formats in use the names no longer fit a 1024-pixel status bar. A connection in trouble is always named.
     */
    static final int HEALTHY_NAMED_AT_MOST = 3;
    private final ConnectionsFeed connections;
    private final Clock clock;

    public HealthSummaryFeed(ConnectionsFeed connections, Clock clock) {
        this.connections = connections;
        this.clock = clock;
    }

    @Override
    public Optional<ConnectionHealthSummary> current() {
        return summarise(connections.current(), connections.associated(), clock);
    }

    @Override
    public Subscription subscribe(Consumer<? super Optional<ConnectionHealthSummary>> listener) {
        return connections.subscribe(s -> listener.accept(summarise(s, connections.associated(), clock)));
    }

    static Optional<ConnectionHealthSummary> summarise(List<ConnectionStatus> statuses, Set<ExternalConnection> associated,
                                                       Clock clock) {
        if (statuses.isEmpty()) {
            return Optional.empty();
        }
        List<ConnectionHealthSummary.Part> parts = new ArrayList<>();
        Set<PackageFormat> named = EnumSet.noneOf(PackageFormat.class);
        int healthyNamed = 0;
        int inUse = 0;
        int down = 0;
        for (ConnectionStatus s : statuses) {
            ExternalConnection c = s.endpoint().connection();
            if (!associated.contains(c)) {
                continue;
            }
            inUse++;
            Tone tone = tone(s);
            boolean healthy = tone == Tone.ANSWERING || tone == Tone.UNCHECKED;
            if (!healthy) {
                down++;
            }
            if (!healthy || (healthyNamed < HEALTHY_NAMED_AT_MOST && named.add(c.format()))) {
                healthyNamed += healthy ? 1 : 0;
                String state = s.endpoint().present() ? HealthWording.stateSince(s.health(), clock.getZone()) : "no endpoint";
                parts.add(new ConnectionHealthSummary.Part(c.connectionName().replace("public:", ""), state, tone));
            }
        }
        return Optional.of(new ConnectionHealthSummary(inUse, down, parts));
    }

    static Tone tone(ConnectionStatus s) {
        if (!s.endpoint().present()) {
            return Tone.NO_ENDPOINT;
        }
        HealthState state = s.health().state();
        return switch (state) {
            case OUTAGE, OFFLINE -> Tone.DOWN;
            case DEGRADED, PROBING -> Tone.DEGRADED;
            case THROTTLED -> Tone.THROTTLED;
            case AVAILABLE, RECOVERED -> HealthWording.checked(s.health()) ? Tone.ANSWERING : Tone.UNCHECKED;
        };
    }
}
