package dev.packyard.service.packages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.model.PackageSummary;
import dev.packyard.model.PackageVersionOrigin;
import dev.packyard.model.PackageVersionStatus;
import dev.packyard.model.Page;
import dev.packyard.model.VersionMetadata;
import dev.packyard.testing.BackendTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * list-packages pages with filters: small pages that end inside a namespace, at a namespace's end and at a format's
 * end still give every matching package exactly once, in order, and nothing that does not match.
 */
class FilteredPackagePagesTest extends BackendTest {
    @BeforeEach
    void catalogue() {
        backend.catalog().domains().create("acme", null);
        backend.catalog().repositories().create(null, "acme", "mixed", null, null);
        backend.catalog().repositories().create(null, "acme", "other", null, null);
        for (String ns : List.of("", "scope-a", "scope-b", "tools")) {
            for (String name : List.of("alpha", "beta", "gamma", "zeta")) {
                record(PackageCoordinate.of(PackageFormat.NPM, ns, name));
            }
        }
        for (String name : List.of("alpha", "delta", "requests")) {
            record(PackageCoordinate.of(PackageFormat.PYPI, null, name));
        }
        for (String group : List.of("com.acme", "org.example")) {
            record(PackageCoordinate.of(PackageFormat.MAVEN, group, "core"));
            record(PackageCoordinate.of(PackageFormat.MAVEN, group, "api"));
        }
        backend.catalog().packages().recordVersion(new NewVersion(new dev.packyard.model.RepositoryId(
                new dev.packyard.model.DomainId(backend.account().accountId(), "acme"), "other"),
                PackageCoordinate.of(PackageFormat.NPM, null, "in-another-repository"), "1.0.0", PackageVersionStatus.Published,
                PackageVersionOrigin.internal("other"), clock.instant(), VersionMetadata.EMPTY, List.of()));
    }

    private void record(PackageCoordinate c) {
        backend.catalog().packages().recordVersion(new NewVersion(backend.catalog().repositories().describe(null, "acme", "mixed").id(), c, "1.0.0",
                PackageVersionStatus.Published, PackageVersionOrigin.internal("mixed"), clock.instant(), VersionMetadata.EMPTY,
                List.of()));
    }

    private List<String> everyPage(String format, String namespace, String prefix, int pageSize) {
        List<String> names = new ArrayList<>();
        String token = null;
        do {
            Page<PackageSummary> page = backend.catalog().packages().list(PackageQuery.in(null, "acme", "mixed").format(format).namespace(namespace).packagePrefix(prefix),
                    pageSize, token);
            assertThat(page.items()).hasSizeLessThanOrEqualTo(pageSize);
            page.items().forEach(p -> names.add(p.coordinate().format().wireName() + ":" + p.coordinate().displayName()));
            token = page.nextToken().orElse(null);
        } while (token != null);
        return names;
    }

    @Test
    void everyPageSizeGivesTheWholeOrderedListingOnce() {
        List<String> all = everyPage(null, null, null, 1000);
        assertThat(all).hasSize(23).doesNotHaveDuplicates().doesNotContain("npm:in-another-repository");
        assertThat(all.subList(0, 3)).containsExactly("maven:com.acme:api", "maven:com.acme:core", "maven:org.example:api");
        assertThat(all.get(all.size() - 1)).isEqualTo("pypi:requests");
        for (int size = 1; size <= 7; size++) {
            assertThat(everyPage(null, null, null, size)).as("pages of %d", size).isEqualTo(all);
        }
    }

    @Test
    void filtersHoldOnEveryPage() {
        assertThat(everyPage("npm", "scope", null, 3)).containsExactly("npm:@scope-a/alpha", "npm:@scope-a/beta",
                "npm:@scope-a/gamma", "npm:@scope-a/zeta", "npm:@scope-b/alpha", "npm:@scope-b/beta", "npm:@scope-b/gamma",
                "npm:@scope-b/zeta");
        assertThat(everyPage(null, null, "a", 2)).containsExactly("maven:com.acme:api", "maven:org.example:api",
                "npm:alpha", "npm:@scope-a/alpha", "npm:@scope-b/alpha", "npm:@tools/alpha", "pypi:alpha");
        assertThat(everyPage("pypi", null, null, 2)).containsExactly("pypi:alpha", "pypi:delta", "pypi:requests");
    }
}
