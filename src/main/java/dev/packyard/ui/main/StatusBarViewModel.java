package dev.packyard.ui.main;

import dev.packyard.ui.ConsoleContext;
import dev.packyard.ui.common.BackgroundRunner;
import dev.packyard.ui.common.Feed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The status bar's server address and connection health, following their feeds. */
public final class StatusBarViewModel implements AutoCloseable {
    static final String SERVER_NOT_RUNNING = "Server not running";
    static final String HEALTH_NOT_MONITORED = "Connection health not monitored yet";

    private final ReadOnlyStringWrapper server = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper health = new ReadOnlyStringWrapper();
    private final ObservableList<ConnectionHealthSummary.Part> healthParts = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper healthRest = new ReadOnlyStringWrapper("");
    private final List<Feed.Subscription> subscriptions = new ArrayList<>();
    private final ConsoleContext console;

    StatusBarViewModel(ConsoleContext console, BackgroundRunner runner) {
        this.console = console;
        showServer(console.serverUrl().current());
        showHealth(console.connectionHealth().current());
        subscriptions.add(console.serverUrl().subscribe(url -> runner.onUiThread(() -> showServer(url))));
        subscriptions.add(console.connectionHealth().subscribe(h -> runner.onUiThread(() -> showHealth(h))));
    }

    /**
     * Re-reads the health summary (in memory, cheap): a connection's first answer to a client's request changes
     * "not checked yet" without a health transition to announce it.
     */
    public void refresh() {
        showHealth(console.connectionHealth().current());
    }

    private void showServer(Optional<String> url) {
        server.set(url.map(u -> "Serving at " + u).orElse(SERVER_NOT_RUNNING));
    }

    private void showHealth(Optional<ConnectionHealthSummary> summary) {
        health.set(summary.map(ConnectionHealthSummary::describe).orElse(HEALTH_NOT_MONITORED));
        healthRest.set(summary.filter(h -> h.unnamed() > 0).map(h -> h.unnamed() + ConnectionHealthSummary.UNNAMED).orElse(""));
        healthParts.setAll(summary.map(ConnectionHealthSummary::parts).orElse(List.of()));
    }

    /** "3 more, none down" after the named connections, or empty. */
    public ReadOnlyStringProperty healthRestProperty() {
        return healthRest.getReadOnlyProperty();
    }

    /** The connections named in the status bar, each with its colour; empty when the sentence alone says it. */
    public ObservableList<ConnectionHealthSummary.Part> healthParts() {
        return healthParts;
    }

    public ReadOnlyStringProperty serverProperty() {
        return server.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty healthProperty() {
        return health.getReadOnlyProperty();
    }

    @Override
    public void close() {
        subscriptions.forEach(Feed.Subscription::cancel);
    }
}
