package dev.packyard.service.packages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.packyard.model.DomainId;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.model.PackageSearch;
import dev.packyard.model.PackageVersionOrigin;
import dev.packyard.model.PackageVersionStatus;
import dev.packyard.model.RepositoryId;
import dev.packyard.model.VersionMetadata;
import dev.packyard.service.error.ValidationException;
import dev.packyard.testing.BackendTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The console's search across every repository of a domain, on the real H2 catalogue. */
class DomainSearchTest extends BackendTest {
    DomainId acme;

    @BeforeEach
    void catalogue() {
        backend.catalog().domains().create("acme", null);
        backend.catalog().domains().create("other", null);
        acme = new DomainId(backend.account().accountId(), "acme");
        backend.catalog().repositories().create(null, "acme", "app", null, null);
        backend.catalog().repositories().create(null, "acme", "npm-store", null, null);
        backend.catalog().repositories().create(null, "other", "elsewhere", null, null);
        record("acme", "app", PackageCoordinate.of(PackageFormat.NPM, null, "tree-top"), "1.0.0", "1.1.0");
        record("acme", "npm-store", PackageCoordinate.of(PackageFormat.NPM, null, "tree-top"), "1.0.0");
        record("acme", "npm-store", PackageCoordinate.of(PackageFormat.NPM, null, "tree-leaf"), "1.2.0");
        record("acme", "npm-store", PackageCoordinate.of(PackageFormat.NPM, "demo", "greeter"), "1.0.0");
        record("acme", "npm-store", PackageCoordinate.of(PackageFormat.NPM, "demo", "config"), "1.0.0");
        record("acme", "app", PackageCoordinate.of(PackageFormat.MAVEN, "dev.packyard.demo", "alpha"), "2.0.0");
        record("acme", "app", PackageCoordinate.of(PackageFormat.MAVEN, "dev.packyard.demo", "beta"), "1.1.0");
        record("acme", "app", PackageCoordinate.of(PackageFormat.PYPI, null, "tree-sitter"), "0.1");
        // Matches every search below by name, but lives in another domain.
        record("other", "elsewhere", PackageCoordinate.of(PackageFormat.NPM, null, "tree-top"), "9.0.0");
    }

    private void record(String domain, String repository, PackageCoordinate c, String... versions) {
        RepositoryId id = backend.catalog().repositories().describe(null, domain, repository).id();
        for (String v : versions) {
            backend.catalog().packages().recordVersion(new NewVersion(id, c, v, PackageVersionStatus.Published,
                    PackageVersionOrigin.internal(repository), clock.instant(), VersionMetadata.EMPTY, List.of()));
        }
    }

    private List<String> search(String typed) {
        return backend.catalog().packages().searchDomain(acme, PackageSearch.parse(typed), 50).stream()
                .map(h -> h.coordinate().format().wireName() + ":" + h.coordinate().displayName() + " in "
                        + h.repository().name() + " (" + h.versions() + ")")
                .toList();
    }

    @Test
    void aNamePrefixFindsThePackageInEveryRepositoryOfTheDomainOnly() {
        assertThat(search("tree")).containsExactly("npm:tree-leaf in npm-store (1)", "pypi:tree-sitter in app (1)",
                "npm:tree-top in app (2)", "npm:tree-top in npm-store (1)");
    }

    @Test
    void aFormatWordNarrowsToThatFormat() {
        assertThat(search("npm tree")).containsExactly("npm:tree-leaf in npm-store (1)", "npm:tree-top in app (2)",
                "npm:tree-top in npm-store (1)");
        assertThat(search("pypi")).containsExactly("pypi:tree-sitter in app (1)");
    }

    @Test
    void aScopeOrAGroupIsMatchedExactlyAndTheRestIsTheStartOfTheName() {
        assertThat(search("@demo/")).containsExactly("npm:@demo/config in npm-store (1)", "npm:@demo/greeter in npm-store (1)");
        assertThat(search("@demo/gr")).containsExactly("npm:@demo/greeter in npm-store (1)");
        assertThat(search("dev.packyard.demo:b")).containsExactly("maven:dev.packyard.demo:beta in app (1)");
    }

    @Test
    void aTermFindsNamesFirstThenNamespacesThatStartWithIt() {
        assertThat(search("dev.packyard")).containsExactly("maven:dev.packyard.demo:alpha in app (1)",
                "maven:dev.packyard.demo:beta in app (1)");
        assertThat(search("de")).as("no package is named de…; the scope demo and the group are")
                .containsExactly("npm:@demo/config in npm-store (1)", "npm:@demo/greeter in npm-store (1)",
                        "maven:dev.packyard.demo:alpha in app (1)", "maven:dev.packyard.demo:beta in app (1)");
    }

    @Test
    void theLimitHoldsAcrossNameAndNamespaceMatchesAndWildcardsAreLiteral() {
        assertThat(backend.catalog().packages().searchDomain(acme, PackageSearch.parse("tree"), 2)).hasSize(2);
        assertThat(search("tree_")).isEmpty();
        assertThat(search("%")).isEmpty();
        assertThat(search("   ")).as("nothing typed, nothing found").isEmpty();
        assertThatThrownBy(() -> backend.catalog().packages().searchDomain(acme, PackageSearch.parse("tree"), 500))
                .isInstanceOf(ValidationException.class).hasMessageContaining("1 to 100");
    }
}
