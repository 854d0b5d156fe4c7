package dev.packyard.service.packages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.model.PackageSummary;
import dev.packyard.model.PackageVersion;
import dev.packyard.model.PackageVersionOrigin;
import dev.packyard.model.PackageVersionStatus;
import dev.packyard.model.Page;
import dev.packyard.model.Repository;
import dev.packyard.model.VersionMetadata;
import dev.packyard.testing.BackendTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** 10,000 versions across 1,000 packages, paged through with continuation tokens: every item exactly once. */
class PaginationAtScaleTest extends BackendTest {
    private static final int PACKAGES = 1000;
    private static final int VERSIONS_PER_PACKAGE = 10;

    @Test
    void everyPackageAndEveryVersionIsListedExactlyOnce() {
        backend.catalog().domains().create("big", null);
        Repository repo = backend.catalog().repositories().create(null, "big", "everything", null, null);
        Set<String> expectedPackages = new HashSet<>();
        for (int p = 0; p < PACKAGES; p++) {
            PackageCoordinate c = coordinate(p);
            expectedPackages.add(c.toString());
            for (int v = 0; v < VERSIONS_PER_PACKAGE; v++) {
                clock.advance(Duration.ofSeconds(1));
                backend.catalog().packages().recordVersion(new NewVersion(repo.id(), c, "1." + v + ".0", PackageVersionStatus.Published,
                        PackageVersionOrigin.internal("everything"), clock.instant(), VersionMetadata.EMPTY, List.of()));
            }
        }

        List<String> listed = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            Page<PackageSummary> page = backend.catalog().packages().list(PackageQuery.in(null, "big", "everything"), 97, token);
            page.items().forEach(s -> listed.add(s.coordinate().toString()));
            token = page.nextToken().orElse(null);
            pages++;
        } while (token != null);
        assertThat(listed).hasSize(PACKAGES).doesNotHaveDuplicates();
        assertThat(new HashSet<>(listed)).isEqualTo(expectedPackages);
        assertThat(pages).isEqualTo(11);

        int versionsSeen = 0;
        for (int p = 0; p < PACKAGES; p++) {
            PackageCoordinate c = coordinate(p);
            PackageRef ref = backend.catalog().locator().locate(null, "big", "everything", c.format().wireName(), c.namespace(), c.name());
            String sortBy = p % 2 == 0 ? null : "PUBLISHED_TIME";
            List<String> versions = new ArrayList<>();
            String vToken = null;
            do {
                VersionListing listing = backend.catalog().versions().list(ref, null, null, sortBy, 3, vToken);
                listing.page().items().stream().map(PackageVersion::version).forEach(versions::add);
                vToken = listing.page().nextToken().orElse(null);
            } while (vToken != null);
            assertThat(versions).hasSize(VERSIONS_PER_PACKAGE).doesNotHaveDuplicates();
            versionsSeen += versions.size();
        }
        assertThat(versionsSeen).isEqualTo(PACKAGES * VERSIONS_PER_PACKAGE);
    }

    /** A mix of formats and namespaces, so the keyset crosses format and namespace boundaries. */
    private static PackageCoordinate coordinate(int i) {
        return switch (i % 4) {
            case 0 -> PackageCoordinate.of(PackageFormat.NPM, null, "pkg-" + i);
            case 1 -> PackageCoordinate.of(PackageFormat.NPM, "scope" + (i % 7), "pkg-" + i);
            case 2 -> PackageCoordinate.of(PackageFormat.MAVEN, "org.example.g" + (i % 5), "artifact-" + i);
            default -> PackageCoordinate.of(PackageFormat.PYPI, null, "py-pkg-" + i);
        };
    }
}
