package dev.packyard.service.details;

import static dev.packyard.testing.TestArchives.files;
import static dev.packyard.testing.TestArchives.tgz;
import static org.assertj.core.api.Assertions.assertThat;

import dev.packyard.model.Asset;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.model.PackageVersionOrigin;
import dev.packyard.model.PackageVersionStatus;
import dev.packyard.model.Repository;
import dev.packyard.model.VersionMetadata;
import dev.packyard.service.packages.NewVersion;
import dev.packyard.service.packages.PackageRef;
import dev.packyard.testing.BackendTest;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The lazily read details on the real backend: kept across restarts, gone with their version, safe to ask at once. */
class VersionDetailsServiceTest extends BackendTest {
    private final PackageCoordinate widget = PackageCoordinate.of(PackageFormat.NPM, null, "widget");
    private Repository libs;

    @BeforeEach
    void repository() {
        backend.catalog().domains().create("acme", null);
        libs = backend.catalog().repositories().create(null, "acme", "libs", null, null);
    }

    @Test
    void detailsReadOnceAreKeptAcrossARestartWithoutTheBlob() throws Exception {
        Asset tarball = publishTarball("1.0.0", "First of its name", "{\"left-pad\":\"^1.3.0\"}");
        assertThat(readme("1.0.0")).contains("First of its name");

        backend.storage().blobs().delete(libs.domain(), tarball.sha256());
        reopen();

        assertThat(readme("1.0.0")).contains("First of its name");
        assertThat(backend.catalog().versionDetails().dependencies(ref(), "1.0.0", null).page().items())
                .extracting(d -> d.packageName() + " " + d.versionRequirement()).containsExactly("left-pad ^1.3.0");
        assertThat(backend.catalog().versionDetails().describe(ref(), "1.0.0").metadata().summary()).isEqualTo("First of its name");
    }

    @Test
    void aVersionDeletedAndPublishedAgainIsReadAfresh() throws Exception {
        publishTarball("1.0.0", "Old text", "{}");
        assertThat(readme("1.0.0")).contains("Old text");

        backend.catalog().versions().delete(ref(), List.of("1.0.0"), null);
        publishTarball("1.0.0", "New text", "{\"tap\":\"16\"}");

        assertThat(readme("1.0.0")).contains("New text");
        assertThat(backend.catalog().versionDetails().dependencies(ref(), "1.0.0", null).page().items()).hasSize(1);
    }

    @Test
    void manyFirstAsksAtOnceAllGetTheDetails() throws Exception {
        publishTarball("2.0.0", "Asked by many", "{\"a\":\"1\",\"b\":\"2\"}");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> asks = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                asks.add(() -> backend.catalog().versionDetails().dependencies(ref(), "2.0.0", null).page().items().size());
            }
            for (Future<Integer> answer : pool.invokeAll(asks)) {
                assertThat(answer.get()).isEqualTo(2);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(readme("2.0.0")).contains("Asked by many");
    }

    @Test
    void publishTimeMetadataWinsAndTheArchiveFillsTheGaps() throws Exception {
        byte[] content = tarball("3.0.0", "From the archive", "{}");
        Asset asset = backend.storage().blobs().put(libs.domain(), "widget-3.0.0.tgz", new ByteArrayInputStream(content), null);
        backend.catalog().packages().recordVersion(new NewVersion(libs.id(), widget, "3.0.0", PackageVersionStatus.Published,
                PackageVersionOrigin.internal("libs"), clock.instant(),
                new VersionMetadata("widget", "From the publish", null, null, List.of()), List.of(asset)));

        VersionMetadata m = backend.catalog().versionDetails().describe(ref(), "3.0.0").metadata();
        assertThat(m.summary()).isEqualTo("From the publish");
        assertThat(m.homePage()).isEqualTo("https://widget.example/");
        assertThat(m.licenses()).extracting(VersionMetadata.License::name).containsExactly("MIT");
    }

    private Asset publishTarball(String version, String description, String dependencies) throws Exception {
        byte[] content = tarball(version, description, dependencies);
        Asset asset = backend.storage().blobs().put(libs.domain(), "widget-" + version + ".tgz", new ByteArrayInputStream(content), null);
        clock.advance(Duration.ofSeconds(1));
        backend.catalog().packages().recordVersion(new NewVersion(libs.id(), widget, version, PackageVersionStatus.Published,
                PackageVersionOrigin.internal("libs"), clock.instant(), VersionMetadata.EMPTY, List.of(asset)));
        return asset;
    }

    private static byte[] tarball(String version, String description, String dependencies) {
        String json = "{\"name\":\"widget\",\"version\":\"" + version + "\",\"description\":\"" + description + "\","
                + "\"homepage\":\"https://widget.example/\",\"license\":\"MIT\",\"dependencies\":" + dependencies + "}";
        return tgz(files("package/package.json", json, "package/README.md", "# widget\n\n" + description + "\n"));
    }

    private String readme(String version) {
        return backend.catalog().versionDetails().readme(ref(), version).readme().orElse(null);
    }

    private PackageRef ref() {
        return backend.catalog().locator().locate(null, "acme", "libs", "npm", null, "widget");
    }
}
