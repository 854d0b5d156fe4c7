package dev.packyard.ui.packages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.packyard.demo.conditions.OutageMode;
import dev.packyard.model.ExternalConnection;
import dev.packyard.ui.testing.LiveFixture;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The package screen's staleness and pending persistence, over the real metadata cache and demo registry. */
class PackageStalenessTest {
    @TempDir
    Path dir;
    LiveFixture f;
    PackageViewModel model;

    @BeforeEach
    void start() {
        f = new LiveFixture(dir);
        model = new PackageViewModel(f.screen(), f.app, LiveFixture.npm("tree-leaf"));
    }

    @AfterEach
    void stop() {
        f.close();
    }

    private PackageViewModel.StalenessRow npm() {
        return model.staleness().stream().filter(r -> r.connection() == ExternalConnection.NPMJS).findFirst().orElseThrow();
    }

    @Test
    void aFetchedVersionIsPendingUntilItIsVisibleAndTheListingAgesWithTheClock() throws Exception {
        f.download("tree-leaf", "1.2.0");

        model.refreshStaleness();

        assertThat(model.pending()).containsExactly("1.2.0 — fetched, visible after 10:03:00 (in 3 min)");
        assertThat(npm().title()).isEqualTo("public:npmjs via npm-store");
        assertThat(npm().age()).isEqualTo("fetched 0 s ago · expires in 10 min · 3 versions upstream, 0 retained");
        assertThat(npm().lastCheck()).isEqualTo("last check at 10:00:00: first fetched");
        assertThat(npm().stale()).isFalse();

        f.advance(Duration.ofMinutes(3));
        model.refresh();

        assertThat(model.pending()).isEmpty();
        assertThat(model.versions()).extracting(VersionRow::version).containsExactly("1.2.0");
        assertThat(npm().age()).startsWith("fetched 3 min ago · expires in 7 min");
    }

    @Test
    void aRefreshTheRegistryAnswersWith304SaysRevalidated() throws Exception {
        f.download("tree-leaf", "1.2.0");
        f.advance(Duration.ofMinutes(3));

        model.refreshNow(ExternalConnection.NPMJS);

        assertThat(npm().lastCheck()).isEqualTo("last check at 10:03:00: revalidated (304)");
        assertThat(npm().age()).startsWith("fetched 0 s ago");
    }

    @Test
    void refreshNowSeesANewUpstreamVersionAtOnce() throws Exception {
        f.download("tree-leaf", "1.2.0");
        f.advance(Duration.ofMinutes(3));
        String published = f.npm().publishNextVersion("tree-leaf");

        model.refreshStaleness();
        assertThat(npm().age()).contains("3 versions upstream");
        model.refreshNow(ExternalConnection.NPMJS);

        assertThat(published).isEqualTo("1.2.1");
        assertThat(npm().age()).isEqualTo("fetched 0 s ago · expires in 10 min · 4 versions upstream, 1 retained");
        assertThat(npm().lastCheck()).isEqualTo("last check at 10:03:00: refreshed, with changes");
        assertThat(model.refreshingProperty().get()).isFalse();
    }

    @Test
    void aRefreshDuringAnOutageExplainsItselfAndTheOldListingIsShownAsStale() throws Exception {
        f.download("tree-leaf", "1.2.0");
        f.advance(Duration.ofMinutes(3));
        f.npm().goDown(OutageMode.SERVICE_UNAVAILABLE);

        model.refreshNow(ExternalConnection.NPMJS);

        assertThat(f.dialogs.errors()).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("Could not refresh tree-leaf from public:npmjs");
            assertThat(e.message()).contains("503");
        });
        assertThat(npm().stale()).isTrue();
        assertThat(npm().lastCheck()).startsWith("last check at 10:03:00: refresh failed: ").contains("serving a stale listing");
        assertThat(npm().age()).contains("3 versions upstream");
    }

    @Test
    void aRepositoryWithoutExternalConnectionsShowsNoRegistries() {
        PackageViewModel pypi = new PackageViewModel(f.screen(), f.npmStore, LiveFixture.npm("not-fetched"));
        pypi.refreshStaleness();

        assertThat(pypi.staleness()).singleElement().satisfies(r ->
                assertThat(r.age()).isEqualTo("not fetched yet: the first request for not-fetched through this connection fetches its listing"));
    }
}
