package dev.packyard.service.packages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.packyard.model.ExternalConnection;
import dev.packyard.model.OriginType;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.model.PackageVersion;
import dev.packyard.model.PackageVersionOrigin;
import dev.packyard.model.PackageVersionStatus;
import dev.packyard.model.Repository;
import dev.packyard.service.error.ResourceNotFoundException;
import dev.packyard.service.error.ValidationException;
import dev.packyard.service.packages.BatchResult.ErrorCode;
import dev.packyard.testing.BackendTest;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VersionServiceTest extends BackendTest {
    private final PackageCoordinate chalk = PackageCoordinate.of(PackageFormat.NPM, null, "chalk");
    private Repository repo;
    private PackageRef ref;
    private VersionService versions;

    @BeforeEach
    void versions() {
        backend.catalog().domains().create("acme", null);
        repo = backend.catalog().repositories().create(null, "acme", "libs", null, null);
        publish(repo, chalk, "4.0.0", "four");
        publish(repo, chalk, "4.1.0", "four-one");
        publish(repo, chalk, "5.0.0", "five");
        ref = backend.catalog().locator().locate(null, "acme", "libs", "npm", null, "chalk");
        versions = backend.catalog().versions();
    }

    @Test
    void describeShowsRevisionOriginAndPublishedTime() {
        PackageVersion v = versions.describe(ref, "4.1.0");
        assertThat(v.status()).isEqualTo(PackageVersionStatus.Published);
        assertThat(v.origin().type()).isEqualTo(OriginType.INTERNAL);
        assertThat(v.origin().repositoryName()).isEqualTo("libs");
        assertThat(v.revision()).matches("[A-Za-z0-9+/]{43}=");
        assertThat(v.publishedTime()).isAfter(java.time.Instant.parse("2026-11-01T10:00:00Z"));
        assertThatThrownBy(() -> versions.describe(ref, "9.9.9"))
                .isInstanceOf(ResourceNotFoundException.class).hasMessageContaining("Version 9.9.9 of chalk is not in repository libs");
    }

    @Test
    void listingShowsEveryStatusByDefaultAndFiltersSortsAndNamesTheDefaultVersion() {
        versions.updateStatus(ref, List.of("4.0.0"), null, null, "Archived");
        VersionListing all = versions.list(ref, null, null, null, null, null);
        assertThat(all.page().items()).extracting(PackageVersion::version).containsExactly("4.0.0", "4.1.0", "5.0.0");
        assertThat(all.defaultDisplayVersion()).contains("5.0.0");
        assertThat(versions.list(ref, "Archived", null, null, null, null).page().items())
                .extracting(PackageVersion::version).containsExactly("4.0.0");
        assertThat(versions.list(ref, null, null, "PUBLISHED_TIME", null, null).page().items())
                .extracting(PackageVersion::version).containsExactly("5.0.0", "4.1.0", "4.0.0");
        assertThat(versions.list(ref, null, "EXTERNAL", null, null, null).page().items()).isEmpty();
        assertThatThrownBy(() -> versions.list(ref, null, null, "NAME", null, null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("PUBLISHED_TIME");
        assertThatThrownBy(() -> versions.list(ref, "Gone", null, null, null, null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Published, Unfinished, Unlisted");
    }

    @Test
    void statusChangesFollowTheAllowedTransitions() {
        BatchResult unlisted = versions.updateStatus(ref, List.of("4.0.0", "4.1.0"), null, "Published", "Unlisted");
        assertThat(unlisted.failed()).isEmpty();
        assertThat(unlisted.successful()).containsOnlyKeys("4.0.0", "4.1.0");
        assertThat(unlisted.successful().get("4.0.0").status()).isEqualTo(PackageVersionStatus.Unlisted);
        assertThat(versions.describe(ref, "4.1.0").status()).isEqualTo(PackageVersionStatus.Unlisted);

        assertThat(versions.updateStatus(ref, List.of("4.0.0"), null, null, "Archived").successful()).containsKey("4.0.0");
        assertThat(versions.updateStatus(ref, List.of("4.0.0"), null, null, "Published").successful()).containsKey("4.0.0");

        assertThatThrownBy(() -> versions.updateStatus(ref, List.of("4.0.0"), null, null, "Disposed"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("dispose-package-versions");
        assertThatThrownBy(() -> versions.updateStatus(ref, List.of("4.0.0"), null, null, "Unfinished"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("use Published, Unlisted or Archived");
    }

    @Test
    void oneFailedPreconditionSkipsTheWholeBatch() {
        BatchResult result = versions.updateStatus(ref, List.of("4.0.0", "4.1.0", "7.0.0"), null, "Published", "Archived");
        assertThat(result.successful()).isEmpty();
        assertThat(result.failed().get("7.0.0").errorCode()).isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(result.failed().get("4.0.0").errorCode()).isEqualTo(ErrorCode.SKIPPED);
        assertThat(result.failed().get("4.0.0").errorMessage()).isEqualTo("version 4.0.0 is skipped");
        assertThat(versions.describe(ref, "4.0.0").status()).isEqualTo(PackageVersionStatus.Published);

        BatchResult wrongStatus = versions.updateStatus(ref, List.of("4.0.0"), null, "Unlisted", "Archived");
        assertThat(wrongStatus.failed().get("4.0.0").errorCode()).isEqualTo(ErrorCode.MISMATCHED_STATUS);
        assertThat(wrongStatus.failed().get("4.0.0").errorMessage())
                .isEqualTo("current status: Published, expected status: Unlisted");

        String revision = versions.describe(ref, "4.1.0").revision();
        BatchResult wrongRevision = versions.updateStatus(ref, List.of("4.1.0", "5.0.0"), Map.of("4.1.0", "stale"), null, "Unlisted");
        assertThat(wrongRevision.failed().get("4.1.0").errorCode()).isEqualTo(ErrorCode.MISMATCHED_REVISION);
        assertThat(wrongRevision.failed().get("5.0.0").errorCode()).isEqualTo(ErrorCode.SKIPPED);
        assertThat(versions.updateStatus(ref, List.of("4.1.0"), Map.of("4.1.0", revision), null, "Unlisted").successful())
                .containsKey("4.1.0");
    }

    @Test
    void disposingDeletesTheContentForGoodAndOnlyDeletionRemains() {
        String sha = versions.listAssets(ref, "5.0.0", null, null).items().get(0).sha256();
        BatchResult disposed = versions.dispose(ref, List.of("5.0.0"), null, null);
        assertThat(disposed.successful().get("5.0.0").status()).isEqualTo(PackageVersionStatus.Disposed);
        assertThat(backend.storage().blobs().exists(repo.domain(), sha)).isFalse();
        assertThat(versions.listAssets(ref, "5.0.0", null, null).items()).isEmpty();

        BatchResult revive = versions.updateStatus(ref, List.of("5.0.0"), null, null, "Published");
        assertThat(revive.failed().get("5.0.0").errorCode()).isEqualTo(ErrorCode.NOT_ALLOWED);

        BatchResult deleted = versions.delete(ref, List.of("5.0.0"), "Disposed");
        assertThat(deleted.successful().get("5.0.0").status()).isEqualTo(PackageVersionStatus.Deleted);
        assertThat(versions.list(ref, null, null, null, null, null).page().items())
                .extracting(PackageVersion::version).containsExactly("4.0.0", "4.1.0");
        publish(repo, chalk, "5.0.0", "five again");
        assertThat(versions.describe(ref, "5.0.0").status()).isEqualTo(PackageVersionStatus.Published);
    }

    @Test
    void contentSharedWithAnotherRepositoryOutlivesDeletionInOne() {
        Repository other = backend.catalog().repositories().create(null, "acme", "mirror", null, null);
        BatchResult copied = versions.copy(repo, other, chalk, List.of("4.0.0"), null, false, null);
        assertThat(copied.successful()).containsKey("4.0.0");
        String sha = versions.listAssets(ref, "4.0.0", null, null).items().get(0).sha256();

        versions.delete(ref, List.of("4.0.0"), null);

        assertThat(backend.storage().blobs().exists(repo.domain(), sha)).isTrue();
        PackageRef mirrorRef = backend.catalog().locator().locate(null, "acme", "mirror", "npm", null, "chalk");
        assertThat(versions.describe(mirrorRef, "4.0.0").origin().repositoryName()).isEqualTo("libs");
    }

    @Test
    void copyJudgesEachVersionAlone() {
        Repository dest = backend.catalog().repositories().create(null, "acme", "dest", null, null);
        versions.copy(repo, dest, chalk, List.of("4.0.0"), null, false, null);

        BatchResult again = versions.copy(repo, dest, chalk, List.of("4.0.0", "4.1.0", "6.0.0"), null, false, null);
        assertThat(again.successful()).containsOnlyKeys("4.1.0");
        assertThat(again.failed().get("4.0.0").errorCode()).isEqualTo(ErrorCode.ALREADY_EXISTS);
        assertThat(again.failed().get("6.0.0").errorCode()).isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(versions.copy(repo, dest, chalk, List.of("4.0.0"), null, true, null).successful()).containsKey("4.0.0");

        assertThatThrownBy(() -> versions.copy(repo, dest, chalk, List.of("4.0.0"), Map.of("4.0.0", "r"), false, null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("exactly one of them");
        assertThatThrownBy(() -> versions.copy(repo, repo, chalk, List.of("4.0.0"), null, false, null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("two different repositories");
    }

    @Test
    void versionsAreListedInNaturalOrderAcrossPages() {
        publish(repo, chalk, "4.10.0", "four-ten");
        publish(repo, chalk, "4.9.1", "four-nine-one");
        List<String> seen = new java.util.ArrayList<>();
        String token = null;
        do {
            VersionListing page = versions.list(ref, null, null, null, 2, token);
            page.page().items().forEach(v -> seen.add(v.version()));
            token = page.page().nextToken().orElse(null);
        } while (token != null);
        assertThat(seen).containsExactly("4.0.0", "4.1.0", "4.9.1", "4.10.0", "5.0.0");
    }

    @Test
    void batchesAreLimitedToOneHundredVersions() {
        List<String> many = IntStream.range(0, 101).mapToObj(i -> "1.0." + i).toList();
        assertThatThrownBy(() -> versions.updateStatus(ref, many, null, null, "Archived"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("At most 100 versions");
        assertThatThrownBy(() -> versions.dispose(ref, List.of(), null, null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("name at least one version");
    }

    @Test
    void externallyIngestedVersionsCarryTheirConnection() {
        PackageCoordinate lodash = PackageCoordinate.of(PackageFormat.NPM, null, "lodash");
        record(repo, lodash, "4.17.21", "lodash", PackageVersionOrigin.external(ExternalConnection.NPMJS), PackageVersionStatus.Published);
        PackageRef lodashRef = backend.catalog().locator().locate(null, "acme", "libs", "npm", null, "lodash");
        PackageVersion v = versions.describe(lodashRef, "4.17.21");
        assertThat(v.origin().type()).isEqualTo(OriginType.EXTERNAL);
        assertThat(v.origin().externalConnectionName()).isEqualTo("public:npmjs");
        assertThat(versions.list(lodashRef, null, "EXTERNAL", null, null, null).page().items()).hasSize(1);
    }
}
