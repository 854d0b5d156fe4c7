package dev.packyard.ui.packages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.packyard.model.DomainId;
import dev.packyard.model.ExternalConnection;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageVersion;
import dev.packyard.model.PackageVersionOrigin;
import dev.packyard.model.PackageVersionStatus;
import dev.packyard.model.RepositoryId;
import dev.packyard.model.Restriction;
import dev.packyard.service.packages.PackageRef;
import dev.packyard.ui.common.NavTarget;
import dev.packyard.ui.testing.UiFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackageViewModelTest {
    @TempDir
    Path dir;
    UiFixture fx;
    RepositoryId team;
    RepositoryId store;
    PackageCoordinate leftPad = UiFixture.npm("left-pad");
    PackageVersion first;

    @BeforeEach
    void open() {
        fx = new UiFixture(dir);
        DomainId acme = fx.domain("acme");
        store = fx.repository(acme, "npm-store");
        fx.connect(store, ExternalConnection.NPMJS);
        team = fx.repository(acme, "team", "npm-store");
        first = fx.published(team, leftPad, "1.0.0");
        fx.clock.advance(Duration.ofHours(2));
        fx.version(team, leftPad, "1.1.0", PackageVersionOrigin.external(ExternalConnection.NPMJS), 100);
        fx.clock.advance(Duration.ofHours(2));
        fx.version(team, leftPad, "1.2.0", PackageVersionOrigin.internal("shared"), 100);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private PackageViewModel opened(RepositoryId repository) {
        PackageViewModel model = new PackageViewModel(fx.screen(), repository, leftPad);
        model.refresh();
        return model;
    }

    private PackageVersionStatus statusInService(String version) {
        PackageRef ref = new PackageRef(fx.backend.catalog().repositories().describe(null, "acme", "team"), leftPad);
        return fx.backend.catalog().versions().describe(ref, version).status();
    }

    private void select(PackageViewModel model, String... versions) {
        List<String> wanted = List.of(versions);
        model.selected().setAll(model.versions().stream().filter(r -> wanted.contains(r.version())).toList());
    }

    @Test
    void versionsShowStatusOriginShortRevisionAndPublishedTime() {
        PackageViewModel model = opened(team);

        assertThat(model.versions()).extracting(VersionRow::version, VersionRow::status, VersionRow::origin)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1.0.0", PackageVersionStatus.Published, OriginBadge.INTERNAL),
                        org.assertj.core.groups.Tuple.tuple("1.1.0", PackageVersionStatus.Published, OriginBadge.UPSTREAM),
                        org.assertj.core.groups.Tuple.tuple("1.2.0", PackageVersionStatus.Published, OriginBadge.UPSTREAM));
        VersionRow row = model.versions().get(0);
        assertThat(row.revisionShort()).hasSize(10).isEqualTo(first.revision().substring(0, 10));
        assertThat(row.published()).isEqualTo("2026-03-01 09:30 Z");
        assertThat(model.versions().get(1).originDetail()).isEqualTo("Fetched through public:npmjs");
        assertThat(model.summaryProperty().get()).isEqualTo("npm package in team · 3 versions");
    }

    @Test
    void versionFetchedThroughTheRepositorysOwnConnectionIsExternal() {
        fx.version(store, leftPad, "2.0.0", PackageVersionOrigin.external(ExternalConnection.NPMJS), 10);

        assertThat(opened(store).versions()).extracting(VersionRow::origin).containsExactly(OriginBadge.EXTERNAL);
    }

    @Test
    void statusChangeIsAppliedToTheSelectedVersions() {
        PackageViewModel model = opened(team);
        select(model, "1.0.0", "1.1.0");

        model.setStatus(PackageVersionStatus.Unlisted);

        assertThat(statusInService("1.0.0")).isEqualTo(PackageVersionStatus.Unlisted);
        assertThat(statusInService("1.1.0")).isEqualTo(PackageVersionStatus.Unlisted);
        assertThat(statusInService("1.2.0")).isEqualTo(PackageVersionStatus.Published);
        assertThat(model.versions()).extracting(VersionRow::status).containsExactly(PackageVersionStatus.Unlisted,
                PackageVersionStatus.Unlisted, PackageVersionStatus.Published);
    }

    @Test
    void disposeAsksThenDisposes() {
        PackageViewModel model = opened(team);
        select(model, "1.0.0");
        fx.dialogs.answerConfirm(true);

        model.dispose();

        assertThat(fx.dialogs.confirmations().get(0).title()).isEqualTo("Dispose version 1.0.0 of left-pad?");
        assertThat(statusInService("1.0.0")).isEqualTo(PackageVersionStatus.Disposed);
    }

    @Test
    void aDisposedVersionCannotBeRepublishedAndTheDialogSaysWhy() {
        PackageViewModel model = opened(team);
        select(model, "1.0.0");
        fx.dialogs.answerConfirm(true);
        model.dispose();
        select(model, "1.0.0");

        model.setStatus(PackageVersionStatus.Published);

        assertThat(fx.dialogs.errors()).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("Could not set [1.0.0] to Published");
            assertThat(e.message()).isEqualTo("1.0.0: version 1.0.0 is Disposed: its assets are gone and it can only be deleted");
        });
        assertThat(statusInService("1.0.0")).isEqualTo(PackageVersionStatus.Disposed);
    }

    @Test
    void deleteKeyDeletesTheSelectedVersionsOnlyWhenConfirmed() {
        PackageViewModel model = opened(team);
        select(model, "1.2.0");

        fx.dialogs.answerConfirm(false);
        model.deleteSelection();
        assertThat(model.versions()).hasSize(3);

        fx.dialogs.answerConfirm(true);
        model.deleteSelection();
        assertThat(model.versions()).extracting(VersionRow::version).containsExactly("1.0.0", "1.1.0");
    }

    @Test
    void originControlsAreShownAndChanged() {
        PackageViewModel model = opened(team);
        assertThat(model.publishProperty().get()).isEqualTo(Restriction.ALLOW);
        assertThat(model.upstreamProperty().get()).isEqualTo(Restriction.BLOCK);

        model.setUpstream(Restriction.ALLOW);
        model.setPublish(Restriction.BLOCK);

        var restrictions = fx.backend.catalog().packages().describe(null, "acme", "team", "npm", null, "left-pad").originRestrictions();
        assertThat(restrictions.publish()).isEqualTo(Restriction.BLOCK);
        assertThat(restrictions.upstream()).isEqualTo(Restriction.ALLOW);
        assertThat(model.publishProperty().get()).isEqualTo(Restriction.BLOCK);
    }

    @Test
    void backGoesToTheRepository() {
        opened(team).openRepository();

        assertThat(fx.navigator.last()).isEqualTo(new NavTarget.Repository(team));
    }
}
