package dev.packyard.upstream.health;

import dev.packyard.model.health.HealthSnapshot;
import dev.packyard.model.ExternalConnection;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The health of every external connection, for the engine to consult and the console to show. */
public final class ConnectionHealthBoard {
    private final Map<ExternalConnection, ConnectionHealth> byConnection;

    public ConnectionHealthBoard(HealthPolicy policy, Clock clock) {
        this(() -> policy, clock);
    }

    /** @param policy read at each transition, so a running Packyard can be sped up */
    public ConnectionHealthBoard(Supplier<HealthPolicy> policy, Clock clock) {
        Map<ExternalConnection, ConnectionHealth> map = new EnumMap<>(ExternalConnection.class);
        for (ExternalConnection c : ExternalConnection.values()) {
            map.put(c, new ConnectionHealth(c, policy, clock));
        }
        this.byConnection = Collections.unmodifiableMap(map);
    }

    public ConnectionHealth of(ExternalConnection connection) {
        return byConnection.get(connection);
    }

    public List<HealthSnapshot> snapshots() {
        return byConnection.values().stream().map(ConnectionHealth::snapshot).toList();
    }

    /** Observes every connection. */
    public void addListener(HealthListener listener) {
        byConnection.values().forEach(h -> h.addListener(listener));
    }

    public List<ExternalConnection> dueForProbe() {
        return Arrays.stream(ExternalConnection.values()).filter(c -> byConnection.get(c).isProbeDue()).toList();
    }
}
