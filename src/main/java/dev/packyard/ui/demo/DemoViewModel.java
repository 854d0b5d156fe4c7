package dev.packyard.ui.demo;

import dev.packyard.model.PackageFormat;
import dev.packyard.ui.common.Screen;
import dev.packyard.ui.common.ScreenContext;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The demo panel: per demo registry (npm, PyPI, Maven) take it down or bring it back, add latency or a slow drip,
 * and publish a new upstream version of a package; the last action's result in words.
 */
public final class DemoViewModel implements Screen {
    public static final Duration LATENCY = Duration.ofSeconds(2);

    private final ScreenContext context;
    private final Supplier<Optional<DemoControls>> controls;
    private final ObservableList<DemoControls.RegistryState> registries = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public DemoViewModel(ScreenContext context) {
        this.context = context;
        this.controls = context.console().demo();
    }

    @Override
    public void refresh() {
        Optional<DemoControls> demo = controls.get();
        running.set(demo.isPresent());
        if (demo.isEmpty()) {
            registries.clear();
            return;
        }
        context.call("Could not read the demo registries", () -> demo.get().formats().stream().map(demo.get()::state).toList(),
                registries::setAll);
    }

    /** Starts the demo registry when it is not running yet (the welcome screen's button does the same). */
    public void startDemo() {
        context.console().startDemo().ifPresent(start -> context.call("Could not start the offline demo", () -> {
            start.run();
            return true;
        }, started -> {
            context.navigator().catalogChanged();
            refresh();
        }));
    }

    public void goDown(PackageFormat format, boolean dropConnections) {
        act(format, d -> d.goDown(format, dropConnections), name(format) + " is down: "
                + (dropConnections ? "connections are dropped" : "every request gets HTTP 503")
                + ". Fetch something that is not retained to watch the outage in External connections.");
    }

    public void recover(PackageFormat format) {
        act(format, d -> d.recover(format), name(format) + " answers again; Packyard notices at its next probe "
                + "(\"Probe now\" in External connections skips the wait).");
    }

    public void setLatency(PackageFormat format, boolean on) {
        act(format, d -> d.setLatency(format, on ? LATENCY : Duration.ZERO), on
                ? name(format) + " now holds every request " + LATENCY.toSeconds() + " s before answering."
                : name(format) + " answers without delay again.");
    }

    public void setSlowDrip(PackageFormat format, boolean on) {
        act(format, d -> d.setSlowDrip(format, on), on
                ? name(format) + " now sends bodies in small chunks: watch downloads crawl in the task panel."
                : name(format) + " sends bodies at full speed again.");
    }

    public ObservableList<String> packageNames(PackageFormat format) {
        ObservableList<String> names = FXCollections.observableArrayList();
        controls.get().ifPresent(d -> context.call("Could not list the demo packages", () -> d.packageNames(format), names::setAll));
        return names;
    }

    public void publishNextVersion(PackageFormat format, String packageName) {
        Optional<DemoControls> demo = controls.get();
        if (demo.isEmpty() || packageName == null || packageName.isBlank()) {
            return;
        }
        context.call("Could not publish a new version of " + packageName,
                () -> demo.get().publishNextVersion(format, packageName), version -> {
                    message.set(name(format) + " now lists " + packageName + " " + version + ". Packyard sees it when its "
                            + "cached listing is refreshed (package screen: \"Refresh now\").");
                    refresh();
                });
    }

    private void act(PackageFormat format, java.util.function.Consumer<DemoControls> action, String done) {
        Optional<DemoControls> demo = controls.get();
        if (demo.isEmpty()) {
            return;
        }
        context.call("Could not change the demo " + name(format) + " registry", () -> {
            action.accept(demo.get());
            return true;
        }, ok -> {
            message.set(done);
            refresh();
        });
    }

    private String name(PackageFormat format) {
        return registries.stream().filter(r -> r.format() == format).map(DemoControls.RegistryState::title).findFirst()
                .orElse("The " + format.wireName() + " registry");
    }

    @Override
    public void deleteSelection() {
        // Nothing to delete here.
    }

    public ObservableList<DemoControls.RegistryState> registries() {
        return registries;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
