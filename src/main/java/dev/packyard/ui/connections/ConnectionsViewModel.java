package dev.packyard.ui.connections;

import dev.packyard.model.ExternalConnection;
import dev.packyard.model.RedactedUrl;
import dev.packyard.ui.common.Feed;
import dev.packyard.ui.common.Screen;
import dev.packyard.ui.common.ScreenContext;
import dev.packyard.model.health.ConnectionStatus;
import dev.packyard.model.health.HealthSnapshot;
import dev.packyard.model.health.HealthState;
import dev.packyard.model.health.HealthTransition;
import dev.packyard.model.health.NegativeEntry;
import dev.packyard.ui.common.DurationText;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The External connections screen: the ten public registries with endpoint, health, countdown to the next probe
 * and cache policy; the selected one's timeline and remembered 404s; probe now, offline switch and endpoint edit.
 */
public final class ConnectionsViewModel implements Screen, AutoCloseable {
    private final ScreenContext context;
    private final ConnectionsFeed feed;
    private final ObservableList<ConnectionRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<ExternalConnection> selected = new SimpleObjectProperty<>();
    private final ObservableList<String> timeline = FXCollections.observableArrayList();
    private final ObservableList<String> notFound = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper("");
    private final AtomicBoolean updateWaiting = new AtomicBoolean();
    private final Feed.Subscription subscription;
    private List<ConnectionStatus> statuses = List.of();

    public ConnectionsViewModel(ScreenContext context) {
        this.context = context;
        this.feed = context.console().connections();
        this.subscription = feed.subscribe(s -> {
            if (updateWaiting.compareAndSet(false, true)) {
                context.runner().onUiThread(() -> {
                    updateWaiting.set(false);
                    refresh();
                });
            }
        });
        selected.addListener((obs, old, now) -> showSelected());
        show(feed.current());
    }

    /** Re-reads the health of every connection (cheap: it is in memory); countdowns move on. */
    @Override
    public void refresh() {
        show(feed.current());
    }

    private void show(List<ConnectionStatus> current) {
        statuses = current;
        Instant now = context.console().clock().instant();
        ZoneId zone = context.console().clock().getZone();
        ExternalConnection keep = selected.get();
        rows.setAll(current.stream().map(s -> row(s, now, zone)).toList());
        summary.set(current.isEmpty() ? "Connection health is not monitored in this console" : summarise(current));
        if (keep == null && !current.isEmpty()) {
            selected.set(current.get(0).endpoint().connection());
        } else {
            showSelected();
        }
    }

    /** "3 of 10 connections have an endpoint · 1 answering · 2 not checked yet": only answers count as answering. */
    private static String summarise(List<ConnectionStatus> current) {
        List<ConnectionStatus> withEndpoint = current.stream().filter(s -> s.endpoint().present()).toList();
        long unchecked = withEndpoint.stream().filter(s -> !HealthWording.checked(s.health())).count();
        long down = withEndpoint.stream().filter(s -> !HealthWording.healthy(s.health().state())).count();
        long answering = withEndpoint.size() - unchecked - down;
        List<String> parts = new ArrayList<>();
        parts.add(withEndpoint.size() + " of " + current.size() + " connections have an endpoint");
        if (answering > 0) {
            parts.add(answering + " answering");
        }
        if (down > 0) {
            parts.add(down + " not answering");
        }
        if (unchecked > 0) {
            parts.add(unchecked + " not checked yet (Probe now asks)");
        }
        return String.join(" · ", parts);
    }

    private ConnectionRow row(ConnectionStatus s, Instant now, ZoneId zone) {
        HealthSnapshot h = s.health();
        String reason = h.reason() + h.status().map(code -> " (HTTP " + code + ")").orElse("");
        String policy = feed.policy(s.endpoint().connection().format()).map(HealthWording::policy).orElse("");
        return new ConnectionRow(s.endpoint().connection(), s.endpoint().url().map(RedactedUrl::of).orElse("—"),
                RedactedUrl.inText(s.endpoint().source()), h.state(),
                s.endpoint().present() ? HealthWording.stateSince(h, zone) : "no endpoint",
                reason, HealthWording.nextProbe(h, now, zone), s.notFound().size(), policy, HealthWording.checked(h));
    }

    private void showSelected() {
        ExternalConnection c = selected.get();
        Optional<ConnectionStatus> status = statuses.stream().filter(s -> s.endpoint().connection() == c).findFirst();
        if (c == null || status.isEmpty()) {
            timeline.clear();
            notFound.clear();
            details.set("");
            return;
        }
        Instant now = context.console().clock().instant();
        ZoneId zone = context.console().clock().getZone();
        List<String> lines = new ArrayList<>();
        List<HealthTransition> history = feed.history(c);
        for (int i = history.size() - 1; i >= 0; i--) {
            HealthTransition t = history.get(i);
            lines.add(HealthWording.time(t.at(), zone) + "  " + HealthWording.state(t.from()) + " → " + HealthWording.state(t.to())
                    + (t.reason().isEmpty() ? "" : " — " + t.reason()) + t.status().map(code -> " (HTTP " + code + ")").orElse(""));
        }
        timeline.setAll(lines);
        notFound.setAll(status.get().notFound().stream().map(e -> describe(e, now)).toList());
        ConnectionRow row = rows.stream().filter(r -> r.connection() == c).findFirst().orElseThrow();
        details.set(c.registryTitle() + " · " + c.format() + " · " + row.status()
                + (row.nextProbe().isEmpty() ? "" : " · " + row.nextProbe()));
    }

    private static String describe(NegativeEntry e, Instant now) {
        return e.key() + " — not found upstream, asked again in " + DurationText.of(e.remaining(now));
    }

    /** Brings the probe forward and runs it in the background; the feed reports the verdict. */
    public void probeNow() {
        ExternalConnection c = selected.get();
        if (c == null) {
            return;
        }
        context.call("Could not probe " + c.connectionName(), () -> feed.probeNow(c), probed -> {
            if (!probed) {
                context.dialogs().showError("Nothing to probe", selectedOffline()
                        ? c.connectionName() + " is set offline: switch Offline off to ask the registry again."
                        : c.connectionName() + " has no endpoint: set one with Edit endpoint… first.");
            }
            refresh();
        });
    }

    /** The manual offline switch: offline stops every request to the registry until it is set online again. */
    public void setOffline(boolean offline) {
        ExternalConnection c = selected.get();
        if (c == null) {
            return;
        }
        context.call("Could not change " + c.connectionName(), () -> {
            feed.setOffline(c, offline);
            return true;
        }, done -> refresh());
    }

    public boolean selectedOffline() {
        return selectedRow().map(r -> r.state() == HealthState.OFFLINE).orElse(false);
    }

    /**
     * Any connection with an endpoint can be asked now, except one the user set offline and one the registry is
     * throttling: asking before its Retry-After would only earn another 429.
     */
    public boolean probeAvailable() {
        return selectedRow().map(r -> r.hasEndpoint() && r.state() != HealthState.OFFLINE && r.state() != HealthState.THROTTLED)
                .orElse(false);
    }

    /** What the empty timeline of the selected connection says. */
    public String timelinePlaceholder() {
        return selectedRow().map(r -> !r.hasEndpoint() ? "No timeline: this connection has no endpoint, so nothing is asked of it."
                : !r.checked() ? "Nothing asked yet: the first request through a repository, or Probe now, checks the registry."
                : "No changes: the registry has answered every request since Packyard started.").orElse("");
    }

    public void editEndpoint() {
        ExternalConnection c = selected.get();
        if (c == null) {
            return;
        }
        EndpointForm form = new EndpointForm(c, selectedRow().filter(ConnectionRow::hasEndpoint).map(ConnectionRow::endpoint).orElse(""));
        Optional<String> inUse = selectedRow().map(ConnectionRow::endpoint);
        context.submit(form, () -> "Could not change the endpoint of " + c.connectionName(), () -> {
            if (inUse.filter(form.url()::equals).isPresent()) {
                return false; // unchanged: the URL in use keeps any credentials that the form only showed redacted
            }
            feed.setEndpoint(c, form.url());
            return true;
        }, done -> refresh());
    }

    private Optional<ConnectionRow> selectedRow() {
        return rows.stream().filter(r -> r.connection() == selected.get()).findFirst();
    }

    @Override
    public void deleteSelection() {
        // Connections are part of the catalogue; they cannot be deleted.
    }

    public ObservableList<ConnectionRow> rows() {
        return rows;
    }

    public ObjectProperty<ExternalConnection> selectedProperty() {
        return selected;
    }

    /** The selected connection's timeline, newest first. */
    public ObservableList<String> timeline() {
        return timeline;
    }

    public ObservableList<String> notFound() {
        return notFound;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailsProperty() {
        return details.getReadOnlyProperty();
    }

    @Override
    public void close() {
        subscription.cancel();
    }
}
