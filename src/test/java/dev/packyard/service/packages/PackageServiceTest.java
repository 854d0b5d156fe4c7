package dev.packyard.service.packages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.packyard.model.ExternalConnection;
import dev.packyard.model.OriginRestrictions;
import dev.packyard.model.OriginType;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.model.PackageSummary;
import dev.packyard.model.PackageVersion;
import dev.packyard.model.PackageVersionOrigin;
import dev.packyard.model.PackageVersionStatus;
import dev.packyard.model.Repository;
import dev.packyard.model.Restriction;
import dev.packyard.service.error.ConflictException;
import dev.packyard.service.error.ResourceNotFoundException;
import dev.packyard.service.error.ValidationException;
import dev.packyard.testing.BackendTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PackageServiceTest extends BackendTest {
    private Repository repo;

    @BeforeEach
    void repository() {
        backend.catalog().domains().create("acme", null);
        repo = backend.catalog().repositories().create(null, "acme", "libs", null, null);
    }

    @Test
    void pypiAndNugetNamesAreNormalisedOthersAreKept() {
        assertThat(PackageLocator.coordinate("pypi", null, "Pigeon__CLI.tools").name()).isEqualTo("pigeon-cli-tools");
        assertThat(PackageLocator.coordinate("nuget", null, "Newtonsoft.Json").name()).isEqualTo("newtonsoft.json");
        assertThat(PackageLocator.coordinate("npm", "types", "Node").name()).isEqualTo("Node");
        assertThat(PackageLocator.coordinate("npm", "types", "node").displayName()).isEqualTo("@types/node");
        assertThat(PackageLocator.coordinate("maven", "org.example", "lib").displayName()).isEqualTo("org.example:lib");
    }

    @Test
    void namespacesFollowTheFormat() {
        assertThatThrownBy(() -> PackageLocator.coordinate("maven", null, "lib"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("needs a namespace").hasMessageContaining("groupId");
        assertThatThrownBy(() -> PackageLocator.coordinate("pypi", "ns", "requests"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("pypi packages have no namespace");
        assertThatThrownBy(() -> PackageLocator.coordinate("npm", null, "a/b"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("without '#', '/' or white space");
        assertThatThrownBy(() -> PackageLocator.coordinate("python", null, "x"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("use one of npm, pypi, maven");
    }

    @Test
    void firstArrivalDecidesTheOriginControls() {
        PackageCoordinate mine = PackageCoordinate.of(PackageFormat.NPM, null, "mine");
        PackageCoordinate theirs = PackageCoordinate.of(PackageFormat.NPM, null, "lodash");
        publish(repo, mine, "1.0.0", "mine");
        record(repo, theirs, "4.17.21", "lodash", PackageVersionOrigin.external(ExternalConnection.NPMJS), PackageVersionStatus.Published);

        assertThat(backend.catalog().packages().describe(null, "acme", "libs", "npm", null, "mine").originRestrictions())
                .isEqualTo(OriginRestrictions.PUBLISHED_FIRST);
        assertThat(backend.catalog().packages().describe(null, "acme", "libs", "npm", null, "lodash").originRestrictions())
                .isEqualTo(OriginRestrictions.INGESTED_FIRST);
    }

    @Test
    void originConfigurationOnAMissingPackageCreatesItEmpty() {
        PackageSummary blocked = backend.catalog().packages().putOriginConfiguration(null, "acme", "libs", "npm", null, "squatted",
                "BLOCK", "BLOCK");
        assertThat(blocked.originRestrictions()).isEqualTo(new OriginRestrictions(Restriction.BLOCK, Restriction.BLOCK));
        assertThat(backend.catalog().packages().list(PackageQuery.in(null, "acme", "libs").publish("BLOCK")).items())
                .extracting(p -> p.coordinate().name()).containsExactly("squatted");
        var ref = backend.catalog().locator().locate(null, "acme", "libs", "npm", null, "squatted");
        assertThat(backend.catalog().versions().list(ref, null, null, null, null, null).page().items()).isEmpty();

        assertThatThrownBy(() -> backend.catalog().packages().putOriginConfiguration(null, "acme", "libs", "npm", null, "x",
                "MAYBE", "ALLOW")).isInstanceOf(ValidationException.class).hasMessageContaining("use ALLOW or BLOCK");
    }

    @Test
    void describeAndListIgnoreWhatIsOnlyUpstream() {
        Repository upstream = backend.catalog().repositories().create(null, "acme", "base", null, null);
        Repository app = backend.catalog().repositories().create(null, "acme", "app", null, java.util.List.of("base"));
        publish(upstream, PackageCoordinate.of(PackageFormat.NPM, null, "shared"), "1.0.0", "x");

        assertThatThrownBy(() -> backend.catalog().packages().describe(null, "acme", "app", "npm", null, "shared"))
                .isInstanceOf(ResourceNotFoundException.class).hasMessageContaining("is not in repository app");
        assertThat(backend.catalog().packages().list(PackageQuery.in(null, "acme", app.name())).items()).isEmpty();
    }

    @Test
    void listFiltersByFormatNamespaceAndPrefix() {
        publish(repo, PackageCoordinate.of(PackageFormat.NPM, "types", "node"), "1.0.0", "a");
        publish(repo, PackageCoordinate.of(PackageFormat.NPM, "typescript-eslint", "parser"), "1.0.0", "b");
        publish(repo, PackageCoordinate.of(PackageFormat.NPM, null, "left-pad"), "1.0.0", "c");
        publish(repo, PackageCoordinate.of(PackageFormat.PYPI, null, "left-pad"), "1.0.0", "d");

        assertThat(backend.catalog().packages().list(PackageQuery.in(null, "acme", "libs").format("npm").namespace("types")).items())
                .extracting(p -> p.coordinate().displayName()).containsExactly("@types/node", "@typescript-eslint/parser");
        assertThat(backend.catalog().packages().list(PackageQuery.in(null, "acme", "libs").packagePrefix("left")).items())
                .extracting(p -> p.coordinate().toString()).containsExactly("npm left-pad", "pypi left-pad");
        assertThatThrownBy(() -> backend.catalog().packages().list(PackageQuery.in(null, "acme", "libs").namespace("types")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("give format as well");
    }

    @Test
    void aVersionCannotBeRecordedTwice() {
        PackageCoordinate c = PackageCoordinate.of(PackageFormat.NPM, null, "once");
        publish(repo, c, "1.0.0", "one");
        assertThatThrownBy(() -> publish(repo, c, "1.0.0", "two"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("Version 1.0.0 of once already exists");
    }

    @Test
    void deletingAPackageRemovesItsVersionsAndUnusedContent() {
        PackageCoordinate c = PackageCoordinate.of(PackageFormat.NPM, null, "gone");
        PackageVersion v = publish(repo, c, "1.0.0", "content-of-gone");
        String sha = backend.catalog().versions().listAssets(ref("gone"), "1.0.0", null, null).items().get(0).sha256();
        assertThat(backend.storage().blobs().exists(repo.domain(), sha)).isTrue();
        assertThat(backend.catalog().domains().describe(null, "acme").assetSizeBytes()).isEqualTo("content-of-gone".length());

        backend.catalog().packages().delete(null, "acme", "libs", "npm", null, "gone");

        assertThat(v.origin().type()).isEqualTo(OriginType.INTERNAL);
        assertThat(backend.storage().blobs().exists(repo.domain(), sha)).isFalse();
        assertThat(backend.catalog().domains().describe(null, "acme").assetSizeBytes()).isZero();
        assertThatThrownBy(() -> backend.catalog().packages().describe(null, "acme", "libs", "npm", null, "gone"))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    private PackageRef ref(String name) {
        return backend.catalog().locator().locate(null, "acme", "libs", "npm", null, name);
    }
}
