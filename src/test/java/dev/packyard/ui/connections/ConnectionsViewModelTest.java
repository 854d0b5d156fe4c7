package dev.packyard.ui.connections;

import static org.assertj.core.api.Assertions.assertThat;

import dev.packyard.demo.conditions.OutageMode;
import dev.packyard.model.ExternalConnection;
import dev.packyard.ui.ConsoleContext;
import dev.packyard.ui.testing.LiveFixture;
import dev.packyard.model.health.HealthState;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The External connections screen's model and the status bar line, over the real fetch module and demo registry. */
class ConnectionsViewModelTest {
    @TempDir
    Path dir;
    LiveFixture f;
    ConsoleContext console;
    ConnectionsViewModel model;

    @BeforeEach
    void start() {
        f = new LiveFixture(dir);
        console = f.console();
        model = new ConnectionsViewModel(f.screen());
    }

    @AfterEach
    void stop() {
        model.close();
        f.close();
    }

    private ConnectionRow row(ExternalConnection c) {
        return model.rows().stream().filter(r -> r.connection() == c).findFirst().orElseThrow();
    }

    private String statusBar() {
        return new HealthSummaryFeed(console.connections(), console.clock()).current().orElseThrow().describe();
    }

    /** Fails fetches until the connection trips into an outage (bounded: the policy trips after a few). */
    private void fetchUntilOutage() {
        for (int i = 0; i < 8 && row(ExternalConnection.NPMJS).state() != HealthState.OUTAGE; i++) {
            try {
                f.download("tiny-date", "2.0.0");
            } catch (Exception expected) {
                // each failure is counted by the connection's circuit breaker
            }
        }
    }

    @Test
    void listsTheTenConnectionsWithEndpointSourceAndCachePolicy() throws Exception {
        assertThat(model.rows()).hasSize(10);
        ConnectionRow npm = row(ExternalConnection.NPMJS);
        assertThat(npm.endpoint()).startsWith("http://127.0.0.1:");
        assertThat(npm.source()).isEqualTo("the test's demo registry");
        assertThat(npm.status()).as("nothing has been asked of it yet").isEqualTo("not checked yet");
        assertThat(npm.policy()).isEqualTo("listings synchronised in the background every 10 min");
        assertThat(row(ExternalConnection.PYPI).policy())
                .isEqualTo("listings kept 3 h, then refreshed by the next request (which still gets the old listing)");
        assertThat(row(ExternalConnection.CRATES_IO).status()).isEqualTo("no endpoint");
        assertThat(model.summaryProperty().get())
                .isEqualTo("2 of 10 connections have an endpoint · 2 not checked yet (Probe now asks)");
        assertThat(statusBar()).as("both are associated with a repository, so shown from the start")
                .isEqualTo("npmjs ● not checked yet · pypi ● not checked yet");

        f.download("tree-leaf", "1.2.0");
        model.refresh();
        assertThat(row(ExternalConnection.NPMJS).status()).isEqualTo("available");
        assertThat(model.summaryProperty().get())
                .isEqualTo("2 of 10 connections have an endpoint · 1 answering · 1 not checked yet (Probe now asks)");
        assertThat(statusBar()).isEqualTo("npmjs ● available · pypi ● not checked yet");
    }

    @Test
    void theStatusBarShowsOnlyConnectionsAssociatedWithARepositoryAndFollowsAssociations() {
        f.backend.catalog().repositories().create(null, "acme", "crates-store", null, null);
        f.backend.catalog().repositories().associateExternalConnection(null, "acme", "crates-store", "public:crates-io");
        assertThat(statusBar()).isEqualTo("npmjs ● not checked yet · pypi ● not checked yet · crates-io ● no endpoint");

        f.backend.catalog().repositories().disassociateExternalConnection(null, "acme", "pypi-store", "public:pypi");
        assertThat(statusBar()).isEqualTo("npmjs ● not checked yet · crates-io ● no endpoint");
    }

    @Test
    void probeNowAsksARegistryNobodyHasAskedYetAndOnlyAnOfflineOneRefuses() {
        model.selectedProperty().set(ExternalConnection.PYPI);
        assertThat(model.probeAvailable()).isTrue();
        long before = f.demo.controls(dev.packyard.model.PackageFormat.PYPI).stats().requests();

        model.probeNow();

        assertThat(f.demo.controls(dev.packyard.model.PackageFormat.PYPI).stats().requests()).isGreaterThan(before);
        assertThat(row(ExternalConnection.PYPI).status()).isEqualTo("available");
        assertThat(f.dialogs.errors()).isEmpty();

        model.setOffline(true);
        assertThat(model.probeAvailable()).isFalse();
        model.selectedProperty().set(ExternalConnection.CRATES_IO);
        assertThat(model.probeAvailable()).as("no endpoint").isFalse();
        assertThat(model.timelinePlaceholder()).startsWith("No timeline: this connection has no endpoint");
    }

    @Test
    void aFailedProbeKeepsTheOutagesRealStart() {
        f.npm().goDown(OutageMode.SERVICE_UNAVAILABLE);
        fetchUntilOutage();
        model.selectedProperty().set(ExternalConnection.NPMJS);
        f.clock.advance(Duration.ofMinutes(2));

        model.probeNow();

        ConnectionRow npm = row(ExternalConnection.NPMJS);
        assertThat(npm.state()).isEqualTo(HealthState.OUTAGE);
        assertThat(npm.status()).as("the outage began at 10:00, the failed probe was at 10:02").isEqualTo("outage since 10:00");
        assertThat(model.timeline().get(0)).startsWith("10:02:00  probing → outage — probe failed");
        assertThat(model.timeline().get(1)).startsWith("10:02:00  outage → probing — first probe of the outage");
    }

    @Test
    void anOutageShowsLiveWithReasonCountdownAndTimelineAndClearsAfterRecoveryAndAProbe() {
        f.npm().goDown(OutageMode.SERVICE_UNAVAILABLE);

        fetchUntilOutage();

        ConnectionRow npm = row(ExternalConnection.NPMJS);
        assertThat(npm.state()).as("the screen followed the health change by itself").isEqualTo(HealthState.OUTAGE);
        assertThat(npm.status()).isEqualTo("outage since 10:00");
        assertThat(npm.reason()).contains("HTTP 503");
        assertThat(npm.nextProbe()).isEqualTo("next probe in 30 s (10:00:30)");
        assertThat(statusBar()).isEqualTo("npmjs ● outage since 10:00 · pypi ● not checked yet");
        assertThat(model.summaryProperty().get()).contains(" · 1 not answering · ");
        model.selectedProperty().set(ExternalConnection.NPMJS);
        assertThat(model.timeline().get(0)).startsWith("10:00:00  degraded → outage");
        assertThat(model.probeAvailable()).isTrue();

        f.clock.advance(Duration.ofSeconds(12));
        model.refresh();
        assertThat(row(ExternalConnection.NPMJS).nextProbe()).isEqualTo("next probe in 18 s (10:00:30)");

        f.npm().recover();
        model.probeNow();

        assertThat(row(ExternalConnection.NPMJS).state()).isEqualTo(HealthState.RECOVERED);
        assertThat(row(ExternalConnection.NPMJS).nextProbe()).isEmpty();
        assertThat(model.timeline().get(0)).isEqualTo("10:00:12  probing → recovered — answered again after an outage of 12 s");
        assertThat(statusBar()).isEqualTo("npmjs ● recovered since 10:00 · pypi ● not checked yet");
        assertThat(f.dialogs.errors()).isEmpty();
    }

    @Test
    void aThrottlingRegistryShowsThrottledWithItsOwnToneAndACountdownAndIsNoOutage() {
        f.npm().goDown(OutageMode.TOO_MANY_REQUESTS);
        try {
            f.download("tiny-date", "2.0.0");
        } catch (Exception expected) {
            // the 429 reaches the requester as "upstream throttled"
        }

        ConnectionRow npm = row(ExternalConnection.NPMJS);
        assertThat(npm.state()).isEqualTo(HealthState.THROTTLED);
        assertThat(npm.status()).isEqualTo("throttled since 10:00");
        assertThat(npm.reason()).contains("429").contains("Retry-After 30 s");
        assertThat(npm.nextProbe()).isEqualTo("calls resume in 30 s (10:00:30)");
        assertThat(statusBar()).isEqualTo("npmjs ● throttled since 10:00 · pypi ● not checked yet");
        assertThat(HealthSummaryFeed.tone(console.connections().current().stream()
                .filter(s -> s.endpoint().connection() == ExternalConnection.NPMJS).findFirst().orElseThrow()).styleClass())
                .isEqualTo("health-throttled");
        model.selectedProperty().set(ExternalConnection.NPMJS);
        assertThat(model.probeAvailable()).as("asking early would only earn another 429").isFalse();

        f.clock.advance(Duration.ofSeconds(12));
        model.refresh();
        assertThat(row(ExternalConnection.NPMJS).nextProbe()).isEqualTo("calls resume in 18 s (10:00:30)");
        assertThat(f.dialogs.errors()).isEmpty();
    }

    @Test
    void theOfflineSwitchStopsFetchesAndIsUndone() throws Exception {
        model.selectedProperty().set(ExternalConnection.NPMJS);

        model.setOffline(true);

        assertThat(row(ExternalConnection.NPMJS).status()).isEqualTo("offline since 10:00");
        assertThat(model.selectedOffline()).isTrue();
        assertThat(statusBar()).startsWith("npmjs ● offline since 10:00");
        long before = f.npm().stats().requests();
        try {
            f.download("tree-leaf", "1.2.0");
        } catch (Exception expected) {
            // refused locally: the registry is not asked
        }
        assertThat(f.npm().stats().requests()).isEqualTo(before);

        model.setOffline(false);
        assertThat(row(ExternalConnection.NPMJS).state()).isEqualTo(HealthState.AVAILABLE);
        f.download("tree-leaf", "1.2.0");
    }

    @Test
    void editingTheEndpointValidatesTheUrlAndRepointsTheConnection() {
        model.selectedProperty().set(ExternalConnection.CRATES_IO);
        assertThat(EndpointForm.check("https://crates.example.org/api/")).isEqualTo("https://crates.example.org/api/");
        EndpointForm bad = new EndpointForm(ExternalConnection.CRATES_IO, "");
        bad.field(EndpointForm.URL).orElseThrow().valueProperty().set("ftp://mirror");
        assertThat(bad.field(EndpointForm.URL).orElseThrow().errorProperty().get())
                .isEqualTo("Use an http:// or https:// address with a host name, such as https://mirror.example.com/npm/");
        bad.field(EndpointForm.URL).orElseThrow().valueProperty().set("http://mirror/a b");
        assertThat(bad.field(EndpointForm.URL).orElseThrow().errorProperty().get())
                .isEqualTo("This is not a web address: the character ' ' at position 16 cannot appear there (spaces must be written %20)");
        assertThat(bad.isValid()).isFalse();
        f.dialogs.fillForm(EndpointForm.URL, "https://crates.example.org/api/");

        model.editEndpoint();

        ConnectionRow crates = row(ExternalConnection.CRATES_IO);
        assertThat(crates.endpoint()).isEqualTo("https://crates.example.org/api/");
        assertThat(crates.source()).isEqualTo("set in the console");
        assertThat(crates.status()).isEqualTo("not checked yet");
    }

    @Test
    void aTokenInsideAnEndpointIsNeverShownAndSurvivesAnUnchangedEdit() {
        String secret = "http://aws:s3cr3t-token@127.0.0.1:" + 9 + "/simple-mirror/";
        f.fetch.connections().setEndpoint(ExternalConnection.CRATES_IO, secret, "from ~/.config/pip/pip.conf");
        model.refresh();
        model.selectedProperty().set(ExternalConnection.CRATES_IO);

        assertThat(row(ExternalConnection.CRATES_IO).endpoint()).isEqualTo("http://127.0.0.1:9/simple-mirror/");
        f.dialogs.fillForm(EndpointForm.URL, "http://127.0.0.1:9/simple-mirror/");
        model.editEndpoint();

        assertThat(f.fetch.connections().endpoint(ExternalConnection.CRATES_IO).url()).contains(secret);
        assertThat(model.rows()).allSatisfy(r -> assertThat(r.endpoint() + r.source()).doesNotContain("s3cr3t"));
    }
}
