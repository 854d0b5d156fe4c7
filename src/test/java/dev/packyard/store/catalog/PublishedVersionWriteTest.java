package dev.packyard.store.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.packyard.model.Asset;
import dev.packyard.model.HashAlgorithm;
import dev.packyard.model.OriginRestrictions;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.model.PackageVersion;
import dev.packyard.model.PackageVersionOrigin;
import dev.packyard.model.PackageVersionStatus;
import dev.packyard.model.Repository;
import dev.packyard.model.VersionMetadata;
import dev.packyard.service.persistence.PackageStore.PublishedVersionWrite;
import dev.packyard.store.db.StoreException;
import dev.packyard.testing.BackendTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The published-version write on the real H2 file: package, version, asset records, manifest and dist-tags land
 * together, and a statement failing at the end (here the last dist-tag, too long for its column) takes back the
 * ones before it, so no version is ever seen without its manifest.
 */
class PublishedVersionWriteTest extends BackendTest {
    private Repository repository;
    private final PackageCoordinate leftPad = PackageCoordinate.of(PackageFormat.NPM, null, "left-pad");

    @BeforeEach
    void createTeamRepository() {
        repository = repositoryWithoutUpstreams("acme", "team");
    }

    @Test
    void everythingOfAPublishedVersionIsWrittenTogether() {
        backend.storage().packages().insertPublishedVersion(write("1.0.0", Map.of("latest", "1.0.0", "beta", "1.0.0")));

        assertThat(backend.storage().packages().findPackage(repository.id(), leftPad).orElseThrow().originRestrictions())
                .isEqualTo(OriginRestrictions.PUBLISHED_FIRST);
        assertThat(backend.storage().packages().listAssets(repository.id(), leftPad, "1.0.0")).extracting(Asset::name)
                .containsExactly("left-pad-1.0.0.tgz");
        assertThat(backend.storage().manifests().find(repository.id(), leftPad, "1.0.0")).contains("{\"name\":\"left-pad\"}");
        assertThat(backend.catalog().distTags().own(repository.id(), leftPad)).containsEntry("latest", "1.0.0").containsEntry("beta", "1.0.0");
        assertThat(backend.catalog().domains().describe(null, "acme").assetSizeBytes()).isEqualTo(10);
    }

    @Test
    void aStatementFailingLateTakesBackTheWholeVersion() {
        Map<String, String> tags = Map.of("latest", "x".repeat(300));
        assertThatThrownBy(() -> backend.storage().packages().insertPublishedVersion(write("1.0.0", tags)))
                .isInstanceOf(StoreException.class);

        assertThat(backend.storage().packages().findPackage(repository.id(), leftPad)).isEmpty();
        assertThat(backend.storage().packages().findVersion(repository.id(), leftPad, "1.0.0")).isEmpty();
        assertThat(backend.storage().manifests().find(repository.id(), leftPad, "1.0.0")).isEmpty();
        assertThat(backend.catalog().domains().describe(null, "acme").assetSizeBytes()).isZero();
    }

    private PublishedVersionWrite write(String version, Map<String, String> tags) {
        Asset tarball = new Asset("left-pad-" + version + ".tgz", 10, Map.of(HashAlgorithm.SHA256, "ab".repeat(32)));
        PackageVersion v = new PackageVersion(repository.id(), leftPad, version, "revision", PackageVersionStatus.Published,
                PackageVersionOrigin.internal(repository.name()), Instant.parse("2026-03-01T10:00:00Z"), VersionMetadata.EMPTY);
        return new PublishedVersionWrite(v, List.of(tarball), OriginRestrictions.PUBLISHED_FIRST,
                Optional.of("{\"name\":\"left-pad\"}"), tags);
    }
}
