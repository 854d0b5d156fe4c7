package dev.packyard.ui.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.packyard.model.ExternalConnection;
import dev.packyard.model.PackageFormat;
import dev.packyard.ui.connections.ConnectionsViewModel;
import dev.packyard.ui.testing.LiveFixture;
import dev.packyard.ui.testing.UiFixture;
import dev.packyard.model.health.HealthState;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo panel's model driving the real demo registry, and Packyard noticing through the real fetch engine. */
class DemoViewModelTest {
    @TempDir
    Path dir;
    LiveFixture f;
    DemoViewModel model;

    @BeforeEach
    void start() {
        f = new LiveFixture(dir);
        model = new DemoViewModel(f.screen());
        model.refresh();
    }

    @AfterEach
    void stop() {
        f.close();
    }

    private DemoControls.RegistryState state(PackageFormat format) {
        return model.registries().stream().filter(r -> r.format() == format).findFirst().orElseThrow();
    }

    @Test
    void showsEveryDemoRegistryAnswering() {
        assertThat(model.runningProperty().get()).isTrue();
        assertThat(model.registries()).extracting(DemoControls.RegistryState::format)
                .containsExactly(PackageFormat.NPM, PackageFormat.PYPI, PackageFormat.MAVEN, PackageFormat.NUGET,
                        PackageFormat.RUBY, PackageFormat.CARGO);
        assertThat(state(PackageFormat.NPM).outage()).isEmpty();
        assertThat(model.packageNames(PackageFormat.NPM)).contains("tree-leaf", "@demo/greeter");
    }

    @Test
    void takingNpmDownMakesFetchesFailAsAnOutageAndBringingItBackLetsThemThrough() throws Exception {
        model.goDown(PackageFormat.NPM, false);

        assertThat(state(PackageFormat.NPM).outage()).contains("HTTP 503 to every request");
        assertThat(model.messageProperty().get()).startsWith("The npm registry is down: every request gets HTTP 503.");
        ConnectionsViewModel connections = new ConnectionsViewModel(f.screen());
        for (int i = 0; i < 8; i++) {
            try {
                f.download("tree-leaf", "1.2.0");
            } catch (Exception expected) {
                // counted by the circuit breaker
            }
        }
        assertThat(connections.rows().get(0).state()).isEqualTo(HealthState.OUTAGE);
        model.refresh();
        assertThat(state(PackageFormat.NPM).refused()).isPositive();

        model.recover(PackageFormat.NPM);
        connections.selectedProperty().set(ExternalConnection.NPMJS);
        connections.probeNow();

        assertThat(state(PackageFormat.NPM).outage()).isEmpty();
        assertThat(connections.rows().get(0).state()).isEqualTo(HealthState.RECOVERED);
        f.download("tree-leaf", "1.2.0");
        connections.close();
    }

    @Test
    void latencyAndSlowDripAreSwitchedOnAndOff() {
        model.setLatency(PackageFormat.PYPI, true);
        model.setSlowDrip(PackageFormat.PYPI, true);

        assertThat(state(PackageFormat.PYPI).latency()).isEqualTo(Duration.ofSeconds(2));
        assertThat(state(PackageFormat.PYPI).slowDrip()).isTrue();
        assertThat(f.demo.controls(PackageFormat.PYPI).slowDrip()).isPresent();

        model.setLatency(PackageFormat.PYPI, false);
        model.setSlowDrip(PackageFormat.PYPI, false);
        assertThat(state(PackageFormat.PYPI).latency()).isZero();
        assertThat(state(PackageFormat.PYPI).slowDrip()).isFalse();
    }

    @Test
    void publishingANewUpstreamVersionSaysWhenPackyardWillSeeIt() {
        model.publishNextVersion(PackageFormat.NPM, "tree-leaf");

        assertThat(f.npm().versions("tree-leaf")).contains("1.2.1");
        assertThat(model.messageProperty().get()).startsWith("The npm registry now lists tree-leaf 1.2.1.");
    }

    @Test
    void withoutARunningDemoThePanelOffersToStartIt() {
        try (UiFixture fx = new UiFixture(dir.resolve("other"))) {
            DemoViewModel idle = new DemoViewModel(fx.screen());
            idle.refresh();
            assertThat(idle.runningProperty().get()).isFalse();
            assertThat(idle.registries()).isEmpty();
            assertThat(fx.console().demo().get()).isEqualTo(Optional.empty());
        }
    }
}
