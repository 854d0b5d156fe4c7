package dev.packyard.ui.repositories;

import static org.assertj.core.api.Assertions.assertThat;

import dev.packyard.demo.conditions.OutageMode;
import dev.packyard.model.PackageFormat;
import dev.packyard.ui.testing.LiveFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Fetch a package…" on the repository screen, through the real fetch engine and demo registry. */
class FetchPackageTest {
    @TempDir
    Path dir;
    LiveFixture f;
    RepositoryViewModel model;

    @BeforeEach
    void start() {
        f = new LiveFixture(dir);
        model = new RepositoryViewModel(f.screen(), f.app);
    }

    @AfterEach
    void stop() {
        f.close();
    }

    @Test
    void fetchesTheNewestVersionWhenNoneIsGivenAndSchedulesItsPersistence() {
        assertThat(model.fetchAvailable()).isTrue();
        f.dialogs.fillForm(FetchPackageForm.NAME, "tree-leaf");

        model.fetchPackage();

        assertThat(model.lastFetchProperty().get()).isEqualTo("tree-leaf 1.2.0 (tree-leaf-1.2.0.tgz) fetched from the public "
                + "registry; it becomes visible after the persistence delay");
        assertThat(f.backend.tasks().visibility().pending()).singleElement().satisfies(p -> assertThat(p.versionName()).isEqualTo("1.2.0"));
        assertThat(f.npm().stats().requestsTo("tree-leaf/-/tree-leaf-1.2.0.tgz")).isEqualTo(1);
    }

    @Test
    void anUnknownVersionAndAnOutageAreExplainedInTheFormThatOpensAgainWithWhatWasTyped() {
        f.dialogs.fillForm(FetchPackageForm.NAME, "tree-leaf", FetchPackageForm.VERSION, "9.9.9").cancelForm();
        model.fetchPackage();
        assertThat(f.dialogs.formsShown()).hasSize(2).last().satisfies(again -> {
            assertThat(again.values()).containsEntry(FetchPackageForm.NAME, "tree-leaf").containsEntry(FetchPackageForm.VERSION, "9.9.9");
            assertThat(again.refusal()).startsWith("Could not fetch tree-leaf through app: ")
                    .contains("has no version 9.9.9").contains("1.0.0, 1.1.0, 1.2.0");
        });

        f.npm().goDown(OutageMode.SERVICE_UNAVAILABLE);
        f.dialogs.fillForm(FetchPackageForm.NAME, "string-kit").cancelForm();
        model.fetchPackage();
        assertThat(f.dialogs.formsShown()).last().satisfies(again -> assertThat(again.refusal())
                .startsWith("Could not fetch string-kit through app: Upstream unavailable"));
        assertThat(f.dialogs.errors()).isEmpty();
    }

    @Test
    void aCorrectedVersionInTheReopenedFormIsFetched() {
        f.dialogs.fillForm(FetchPackageForm.NAME, "tree-leaf", FetchPackageForm.VERSION, "9.9.9")
                .fillForm(FetchPackageForm.VERSION, "1.1.0");
        model.fetchPackage();
        assertThat(model.lastFetchProperty().get()).startsWith("tree-leaf 1.1.0 (tree-leaf-1.1.0.tgz) fetched");
    }

    @Test
    void aMavenNameNeedsGroupAndArtifact() {
        FetchPackageForm form = new FetchPackageForm("app", List.of(PackageFormat.NPM, PackageFormat.PYPI, PackageFormat.MAVEN));
        form.field(FetchPackageForm.NAME).orElseThrow().valueProperty().set("has space");
        assertThat(form.isValid()).isFalse();
        assertThat(form.field(FetchPackageForm.NAME).orElseThrow().errorProperty().get())
                .startsWith("Invalid package name 'has space'");
    }
}
