package dev.packyard.ui.packages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.packyard.model.Hashes;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.ui.testing.LiveFixture;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The version pane over a version really fetched from the demo registry and persisted after its latency. */
class VersionDetailViewModelTest {
    @TempDir
    Path dir;
    LiveFixture f;

    @BeforeEach
    void start() {
        f = new LiveFixture(dir);
    }

    @AfterEach
    void stop() {
        f.close();
    }

    private PackageViewModel fetched(String name, String version) throws Exception {
        deliver(name, version, java.io.OutputStream.nullOutputStream());
        f.advance(Duration.ofMinutes(3));
        PackageViewModel model = new PackageViewModel(f.screen(), f.app, PackageCoordinate.written(PackageFormat.NPM, name));
        model.refresh();
        return model;
    }

    /** What npm asks for a version: its tarball, named after the package without its scope. */
    private void deliver(String name, String version, java.io.OutputStream into) throws Exception {
        PackageCoordinate c = PackageCoordinate.written(PackageFormat.NPM, name);
        f.fetch.engine().deliver(f.backend.catalog().repositories().describe(null, "acme", "app"), c, version,
                c.name() + "-" + version + ".tgz", (file, source) -> into);
    }

    @Test
    void oneSelectedVersionShowsItsStatusOriginFileWithHashesDependenciesReadmeAndCommands() throws Exception {
        PackageViewModel model = fetched("tree-middle", "2.1.0");
        VersionDetailViewModel detail = model.detail();
        assertThat(detail.shownProperty().get()).isFalse();
        assertThat(detail.placeholderProperty().get()).startsWith("Select one version");

        model.selected().setAll(model.versions());

        assertThat(detail.shownProperty().get()).isTrue();
        assertThat(detail.headingProperty().get()).isEqualTo("tree-middle 2.1.0");
        assertThat(detail.statusProperty().get()).isEqualTo("Published");
        assertThat(detail.originProperty().get()).contains("public:npmjs");
        assertThat(detail.publishedProperty().get()).endsWith("(when the public registry published it)");
        assertThat(detail.summaryProperty().get()).isEqualTo("Middle of a three-level dependency tree");
        assertThat(detail.licensesProperty().get()).isEqualTo("MIT");
        assertThat(detail.dependencies()).containsExactly("tree-leaf ^1.0.0 (regular)");
        assertThat(detail.readmeProperty().get()).startsWith("# tree-middle");

        ByteArrayOutputStream served = new ByteArrayOutputStream();
        deliver("tree-middle", "2.1.0", served);
        assertThat(detail.files()).singleElement().satisfies(file -> {
            assertThat(file.name()).isEqualTo("tree-middle-2.1.0.tgz");
            assertThat(file.sha256()).as("the hash of the bytes a client is served").isEqualTo(Hashes.hex("SHA-256", served.toByteArray()));
            assertThat(file.size()).endsWith(" B");
            assertThat(file.otherHashes()).contains("SHA-1 ").contains("SHA-512 ");
        });
        assertThat(detail.installProperty().get()).isEqualTo("npm install tree-middle@2.1.0");
        assertThat(detail.fetchCommandProperty().get()).isEqualTo("aws codeartifact get-package-version-asset --endpoint-url "
                + "http://127.0.0.1:8642 --domain acme --domain-owner " + f.app.domain().owner() + " --repository app --format npm "
                + "--package tree-middle --package-version 2.1.0 --asset tree-middle-2.1.0.tgz tree-middle-2.1.0.tgz");
    }

    @Test
    void aScopedPackageNamesItsScopeInTheCommandsAndSeveralSelectedShowTheHintAgain() throws Exception {
        deliver("@demo/greeter", "1.0.0", java.io.OutputStream.nullOutputStream());
        PackageViewModel model = fetched("@demo/greeter", "1.1.0");
        assertThat(model.versions()).hasSize(2);
        VersionDetailViewModel detail = model.detail();

        model.selected().setAll(model.versions().stream().filter(v -> v.version().equals("1.1.0")).toList());
        assertThat(detail.installProperty().get()).isEqualTo("npm install @demo/greeter@1.1.0");
        assertThat(detail.fetchCommandProperty().get()).contains("--namespace demo --package greeter --package-version 1.1.0");
        assertThat(detail.dependencies()).containsExactly("@demo/config ^1.0.0 (regular)");

        model.selected().setAll(model.versions());
        assertThat(detail.shownProperty().get()).isFalse();
        assertThat(detail.placeholderProperty().get()).startsWith("Select one version");
    }
}
