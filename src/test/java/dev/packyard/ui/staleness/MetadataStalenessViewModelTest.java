package dev.packyard.ui.staleness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.packyard.demo.conditions.OutageMode;
import dev.packyard.model.DomainId;
import dev.packyard.model.ExternalConnection;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.model.RepositoryId;
import dev.packyard.ui.common.NavTarget;
import dev.packyard.ui.domains.DomainsViewModel;
import dev.packyard.ui.testing.LiveFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The staleness table of a domain, over the real metadata cache and demo registry, with a clock the test moves. */
class MetadataStalenessViewModelTest {
    @TempDir
    Path dir;
    LiveFixture f;
    DomainId acme;
    MetadataStalenessViewModel model;

    @BeforeEach
    void start() {
        f = new LiveFixture(dir);
        acme = f.app.domain();
        model = new MetadataStalenessViewModel(f.screen(), acme);
    }

    @AfterEach
    void stop() {
        f.close();
    }

    private ListingRow row(String name) {
        return model.rows().stream().filter(r -> r.packageName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aListingTurnsFromFreshToExpiredToServedStaleAsTheClockMovesAndFreshAgainAfterRecovery() throws Exception {
        f.download("tree-leaf", "1.2.0");
        f.advance(Duration.ofMinutes(3));

        model.refresh();
        ListingRow leaf = row("tree-leaf");
        assertThat(leaf.format()).isEqualTo("npm");
        assertThat(leaf.connectionName()).isEqualTo("public:npmjs");
        assertThat(leaf.state()).isEqualTo(ListingState.FRESH);
        assertThat(leaf.stateTextProperty().get()).isEqualTo("fresh · expires in 7 min");
        assertThat(leaf.fetchedProperty().get()).isEqualTo("10:00:00 · 3 min ago");
        assertThat(leaf.expiresProperty().get()).isEqualTo("10:10:00 · in 7 min");
        assertThat(leaf.upstreamVersions()).isEqualTo(3);
        assertThat(leaf.retainedVersions()).isEqualTo(1);
        assertThat(leaf.versionsText()).isEqualTo("1 of 3");
        assertThat(model.summaryProperty().get()).isEqualTo("1 cached listing · 1 fresh · 0 expired · 0 served stale");

        f.clock.advance(Duration.ofMinutes(8));
        model.tick();
        assertThat(leaf.state()).isEqualTo(ListingState.EXPIRED);
        assertThat(leaf.stateTextProperty().get()).isEqualTo("expired 1 min ago · refreshed at the next request");
        assertThat(leaf.expiresProperty().get()).isEqualTo("10:10:00 · 1 min ago");
        assertThat(model.summaryProperty().get()).isEqualTo("1 cached listing · 0 fresh · 1 expired · 0 served stale");

        f.npm().goDown(OutageMode.SERVICE_UNAVAILABLE);
        model.refreshNow(leaf);
        assertThat(leaf.state()).isEqualTo(ListingState.SERVED_STALE);
        assertThat(leaf.stateTextProperty().get()).isEqualTo("served stale since 10:11:00 (0 s)");
        assertThat(leaf.listing().problem()).get().asString().contains("503");
        assertThat(f.dialogs.errors()).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("Could not refresh tree-leaf from public:npmjs");
            assertThat(e.message()).contains("503").contains("The listing fetched at 10:00:00 keeps being served");
        });
        assertThat(leaf.refreshingProperty().get()).isFalse();

        f.clock.advance(Duration.ofMinutes(2));
        model.tick();
        assertThat(leaf.stateTextProperty().get()).isEqualTo("served stale since 10:11:00 (2 min)");
        assertThat(leaf.fetchedProperty().get()).isEqualTo("10:00:00 · 13 min ago");
        assertThat(model.summaryProperty().get()).isEqualTo("1 cached listing · 0 fresh · 0 expired · 1 served stale");

        f.npm().recover();
        model.refreshNow(leaf);
        assertThat(leaf.state()).isEqualTo(ListingState.FRESH);
        assertThat(leaf.stateTextProperty().get()).isEqualTo("fresh · expires in 10 min");
        assertThat(leaf.fetchedProperty().get()).isEqualTo("10:13:00 · 0 s ago");
        assertThat(f.dialogs.errors()).hasSize(1);
    }

    @Test
    void refreshNowSeesANewUpstreamVersionAtOnce() throws Exception {
        f.download("tree-leaf", "1.2.0");
        model.refresh();
        assertThat(row("tree-leaf").upstreamVersions()).isEqualTo(3);
        assertThat(row("tree-leaf").retainedVersions()).as("not persisted yet").isZero();

        f.npm().publishNextVersion("tree-leaf");
        model.refreshNow(row("tree-leaf"));

        assertThat(row("tree-leaf").upstreamVersions()).isEqualTo(4);
        assertThat(f.dialogs.errors()).isEmpty();
    }

    @Test
    void theRetainedCountFollowsARowRefreshAndAClientsRequestWithoutAReload() throws Exception {
        f.download("tree-leaf", "1.2.0");
        f.advance(Duration.ofMinutes(3));
        model.refresh();
        model.followChanges();
        ListingRow leaf = row("tree-leaf");
        assertThat(leaf.versionsProperty().get()).isEqualTo("1 of 3");

        f.npm().publishNextVersion("tree-leaf");
        model.refreshNow(leaf);
        assertThat(leaf.versionsProperty().get()).as("the row's own refresh").isEqualTo("1 of 4");

        f.download("tree-leaf", "1.1.0");
        f.advance(Duration.ofMinutes(3));
        f.clock.advance(Duration.ofMinutes(10));
        f.download("tree-leaf", "1.0.0");
        assertThat(leaf.fetchedProperty().get()).as("re-read when the client's request refreshed the listing")
                .startsWith("10:16:00");
        assertThat(leaf.versionsProperty().get()).isEqualTo("2 of 4");
        model.close();
    }

    @Test
    void theFilterMatchesPackageFormatConnectionAndStateAndReloadsKeepTheSameRows() throws Exception {
        f.download("tree-leaf", "1.2.0");
        f.download("string-kit", "1.0.0");
        f.fetch.metadata().listing(acme, ExternalConnection.PYPI, PackageCoordinate.of(PackageFormat.PYPI, null, "tidy-text"));
        model.refresh();
        ListingRow leaf = row("tree-leaf");
        assertThat(model.shown()).extracting(ListingRow::packageName)
                .containsExactlyInAnyOrder("tree-leaf", "string-kit", "tidy-text");

        model.filterProperty().set("PYPI");
        assertThat(model.shown()).extracting(ListingRow::packageName).containsExactly("tidy-text");
        model.filterProperty().set("kit");
        assertThat(model.shown()).extracting(ListingRow::packageName).containsExactly("string-kit");
        model.filterProperty().set("stale");
        assertThat(model.shown()).isEmpty();
        assertThat(model.filteredAway().get()).isTrue();

        f.npm().goDown(OutageMode.SERVICE_UNAVAILABLE);
        model.refreshNow(row("string-kit"));
        assertThat(model.shown()).extracting(ListingRow::packageName).containsExactly("string-kit");
        assertThat(model.filteredAway().get()).isFalse();

        model.filterProperty().set("");
        model.refresh();
        assertThat(model.shown()).hasSize(3);
        assertThat(row("tree-leaf")).as("a reload updates rows in place").isSameAs(leaf);
        assertThat(model.summaryProperty().get()).isEqualTo("3 cached listings · 2 fresh · 0 expired · 1 served stale");
    }

    @Test
    void aPackageWithRetainedVersionsOpensInTheConnectionsRepository() throws Exception {
        f.download("tree-leaf", "1.2.0");
        f.download("string-kit", "1.0.0");
        f.advance(Duration.ofMinutes(3));
        f.fetch.metadata().listing(acme, ExternalConnection.NPMJS, LiveFixture.npm("color-log"));
        model.refresh();

        assertThat(model.canOpen(row("color-log"))).as("listed, nothing retained").isFalse();
        model.openPackage(row("color-log"));
        assertThat(f.navigator.shown()).isEmpty();

        model.openPackage(row("tree-leaf"));
        assertThat(f.navigator.last()).isEqualTo(new NavTarget.Package(new RepositoryId(acme, "npm-store"), LiveFixture.npm("tree-leaf")));
    }

    @Test
    void aDomainWithoutCachedListingsSaysSo() {
        f.backend.catalog().domains().create("quiet", null);
        MetadataStalenessViewModel quiet = new MetadataStalenessViewModel(f.screen(), new DomainId(acme.owner(), "quiet"));
        assertThat(quiet.loadedProperty().get()).isFalse();

        quiet.refresh();

        assertThat(quiet.loadedProperty().get()).isTrue();
        assertThat(quiet.rows()).isEmpty();
        assertThat(quiet.filteredAway().get()).isFalse();
        assertThat(quiet.summaryProperty().get()).isEqualTo("No cached listings yet");
        assertThat(quiet.title()).isEqualTo("Metadata cache of quiet");
    }

    @Test
    void theDomainsScreenOpensTheSelectedDomainsMetadataCache() {
        DomainsViewModel domains = new DomainsViewModel(f.screen(), Optional.of(acme));
        domains.refresh();

        domains.openMetadataCache();

        assertThat(f.navigator.last()).isEqualTo(new NavTarget.MetadataCache(acme));
    }
}
