package dev.packyard.service.repositories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.packyard.model.ExternalConnection;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.model.Page;
import dev.packyard.model.Repository;
import dev.packyard.service.error.ConflictException;
import dev.packyard.service.error.ResourceNotFoundException;
import dev.packyard.service.error.ServiceQuotaExceededException;
import dev.packyard.service.error.ValidationException;
import dev.packyard.testing.BackendTest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RepositoryServiceTest extends BackendTest {
    private RepositoryService repos;

    @BeforeEach
    void domain() {
        backend.catalog().domains().create("acme", null);
        repos = backend.catalog().repositories();
    }

    @Test
    void upstreamsKeepTheirOrderAndSurviveARestart() {
        repos.create(null, "acme", "npm-store", null, null);
        repos.create(null, "acme", "team", null, null);
        Repository app = repos.create(null, "acme", "app", "Application builds", List.of("team", "npm-store"));

        assertThat(app.upstreams()).containsExactly("team", "npm-store");
        assertThat(app.administratorAccount()).isEqualTo(account());
        assertThat(repos.arn(app.id())).isEqualTo("arn:aws:codeartifact:us-east-1:" + account() + ":repository/acme/app");

        reopen();
        Repository again = backend.catalog().repositories().describe(null, "acme", "app");
        assertThat(again.upstreams()).containsExactly("team", "npm-store");
        assertThat(again.description()).isEqualTo("Application builds");
        assertThat(backend.catalog().domains().describe(null, "acme").repositoryCount()).isEqualTo(3);
    }

    @Test
    void updateReplacesTheListAndLeavesItAloneWhenOmitted() {
        repos.create(null, "acme", "up-a", null, null);
        repos.create(null, "acme", "up-b", null, null);
        repos.create(null, "acme", "app", null, List.of("up-a", "up-b"));

        assertThat(repos.update(null, "acme", "app", "new text", null).upstreams()).containsExactly("up-a", "up-b");
        assertThat(repos.update(null, "acme", "app", null, List.of("up-b", "up-a")).upstreams()).containsExactly("up-b", "up-a");
        Repository cleared = repos.update(null, "acme", "app", null, List.of());
        assertThat(cleared.upstreams()).isEmpty();
        assertThat(cleared.description()).isEqualTo("new text");
    }

    @Test
    void invalidNamesAndDescriptionsAreRejected() {
        assertThatThrownBy(() -> repos.create(null, "acme", "-bad", null, null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Invalid repository '-bad'");
        assertThatThrownBy(() -> repos.create(null, "acme", "x", null, null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("2-100 characters");
        assertThatThrownBy(() -> repos.create(null, "acme", "ok-name", "x".repeat(1001), null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("at most 1000 characters");
        assertThatThrownBy(() -> repos.create(null, "acme", "ok-name", "bell\u0007", null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("no control characters");
    }

    @Test
    void duplicateRepositoryIsAConflictAndUnknownOnesAreNotFound() {
        repos.create(null, "acme", "one", null, null);
        assertThatThrownBy(() -> repos.create(null, "acme", "one", null, null))
                .isInstanceOf(ConflictException.class).hasMessageContaining("Repository one already exists in domain acme");
        assertThatThrownBy(() -> repos.describe(null, "acme", "two"))
                .isInstanceOf(ResourceNotFoundException.class).hasMessageContaining("Repository two does not exist in domain acme");
        assertThatThrownBy(() -> repos.create(null, "ghost", "one", null, null))
                .isInstanceOf(ResourceNotFoundException.class).hasMessageContaining("Domain ghost does not exist");
    }

    @Test
    void upstreamsMustExistInTheSameDomain() {
        backend.catalog().domains().create("other", null);
        repos.create(null, "other", "elsewhere", null, null);
        assertThatThrownBy(() -> repos.create(null, "acme", "app", null, List.of("elsewhere")))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("Upstream repository elsewhere does not exist in domain acme")
                .hasMessageContaining("same domain");
    }

    @Test
    void atMostTenDirectUpstreams() {
        List<String> eleven = IntStream.range(0, 11).mapToObj(i -> "up-" + i).toList();
        eleven.forEach(n -> repos.create(null, "acme", n, null, null));
        assertThat(repos.create(null, "acme", "ten", null, eleven.subList(0, 10)).upstreams()).hasSize(10);
        assertThatThrownBy(() -> repos.create(null, "acme", "eleven", null, eleven))
                .isInstanceOfSatisfying(ServiceQuotaExceededException.class, e -> assertThat(e.httpStatus()).isEqualTo(402))
                .hasMessageContaining("lists 11 upstream repositories; at most 10");
    }

    @Test
    void selfDuplicateAndCyclicUpstreamsAreRejectedNamingThePath() {
        repos.create(null, "acme", "aa", null, null);
        repos.create(null, "acme", "bb", null, List.of("aa"));
        repos.create(null, "acme", "cc", null, List.of("bb"));

        assertThatThrownBy(() -> repos.update(null, "acme", "aa", null, List.of("aa")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("cannot be its own upstream");
        assertThatThrownBy(() -> repos.update(null, "acme", "cc", null, List.of("bb", "bb")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("listed twice");
        assertThatThrownBy(() -> repos.update(null, "acme", "aa", null, List.of("cc")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("aa → cc → bb → aa");
        assertThat(repos.describe(null, "acme", "aa").upstreams()).isEmpty();
    }

    @Test
    void theCatalogueHasTenConnectionsWithTheirFormats() {
        Map<String, PackageFormat> formats = java.util.Arrays.stream(ExternalConnection.values())
                .collect(Collectors.toMap(ExternalConnection::connectionName, ExternalConnection::format));
        assertThat(formats).hasSize(10).containsEntry("public:npmjs", PackageFormat.NPM)
                .containsEntry("public:pypi", PackageFormat.PYPI)
                .containsEntry("public:maven-central", PackageFormat.MAVEN)
                .containsEntry("public:maven-googleandroid", PackageFormat.MAVEN)
                .containsEntry("public:maven-gradleplugins", PackageFormat.MAVEN)
                .containsEntry("public:maven-commonsware", PackageFormat.MAVEN)
                .containsEntry("public:maven-clojars", PackageFormat.MAVEN)
                .containsEntry("public:nuget-org", PackageFormat.NUGET)
                .containsEntry("public:ruby-gems-org", PackageFormat.RUBY)
                .containsEntry("public:crates-io", PackageFormat.CARGO);
    }

    @Test
    void oneExternalConnectionPerRepositoryAndNeverBesideUpstreams() {
        repos.create(null, "acme", "npm-store", null, null);
        Repository connected = repos.associateExternalConnection(null, "acme", "npm-store", "public:npmjs");
        assertThat(connected.externalConnection()).contains(ExternalConnection.NPMJS);

        assertThatThrownBy(() -> repos.associateExternalConnection(null, "acme", "npm-store", "public:npmjs"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already connected to public:npmjs");
        assertThatThrownBy(() -> repos.associateExternalConnection(null, "acme", "npm-store", "public:pypi"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("can have only one");
        assertThatThrownBy(() -> repos.update(null, "acme", "npm-store", null, List.of("npm-store-2")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("upstreams or an external connection");

        repos.create(null, "acme", "app", null, List.of("npm-store"));
        assertThatThrownBy(() -> repos.associateExternalConnection(null, "acme", "app", "public:pypi"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("pypi-store");
        assertThatThrownBy(() -> repos.associateExternalConnection(null, "acme", "app", "public:left-pad"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("public:npmjs, public:pypi");

        reopen();
        assertThat(backend.catalog().repositories().describe(null, "acme", "npm-store").externalConnection()).contains(ExternalConnection.NPMJS);
        Repository disconnected = backend.catalog().repositories().disassociateExternalConnection(null, "acme", "npm-store", "public:npmjs");
        assertThat(disconnected.externalConnection()).isEmpty();
        assertThatThrownBy(() -> backend.catalog().repositories().disassociateExternalConnection(null, "acme", "npm-store", "public:npmjs"))
                .isInstanceOf(ResourceNotFoundException.class).hasMessageContaining("has no external connection public:npmjs");
    }

    @Test
    void deletingAnUpstreamLeavesTheNameDanglingAsInCodeArtifact() {
        repos.create(null, "acme", "base", null, null);
        repos.create(null, "acme", "app", null, List.of("base"));
        repos.delete(null, "acme", "base");
        assertThat(repos.describe(null, "acme", "app").upstreams()).containsExactly("base");
    }

    @Test
    void deletingARepositoryFreesTheContentsOnlyItHeld() throws Exception {
        Repository only = repos.create(null, "acme", "only-here", null, null);
        Repository shared = repos.create(null, "acme", "shared", null, null);
        PackageCoordinate lonely = PackageCoordinate.of(PackageFormat.NPM, null, "lonely");
        PackageCoordinate common = PackageCoordinate.of(PackageFormat.NPM, null, "common");
        publish(only, lonely, "1.0.0", "lonely bytes");
        publish(only, common, "1.0.0", "common bytes");
        publish(shared, common, "1.0.0", "common bytes");
        String lonelySha = sha256("lonely bytes");
        String commonSha = sha256("common bytes");
        assertThat(backend.storage().blobs().exists(only.domain(), lonelySha)).isTrue();

        repos.delete(null, "acme", "only-here");

        assertThat(backend.storage().blobs().exists(only.domain(), lonelySha)).isFalse();
        assertThat(backend.storage().blobs().exists(only.domain(), commonSha)).isTrue();
        assertThat(backend.catalog().domains().describe(null, "acme").assetSizeBytes()).isEqualTo("common bytes".length());
    }

    private static String sha256(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void listingsPageByPrefixAcrossDomains() {
        backend.catalog().domains().create("beta", null);
        for (String n : List.of("lib-a", "lib-b", "lib-c", "app")) {
            repos.create(null, "acme", n, null, null);
        }
        repos.create(null, "beta", "lib-z", null, null);

        List<String> inDomain = new ArrayList<>();
        String token = null;
        do {
            Page<Repository> page = repos.listInDomain(null, "acme", null, "lib-", 2, token);
            page.items().forEach(r -> inDomain.add(r.name()));
            token = page.nextToken().orElse(null);
        } while (token != null);
        assertThat(inDomain).containsExactly("lib-a", "lib-b", "lib-c");

        List<String> all = new ArrayList<>();
        token = null;
        do {
            Page<Repository> page = repos.listAll("lib", 1, token);
            page.items().forEach(r -> all.add(r.domain().name() + "/" + r.name()));
            token = page.nextToken().orElse(null);
        } while (token != null);
        assertThat(all).containsExactly("acme/lib-a", "acme/lib-b", "acme/lib-c", "beta/lib-z");

        String firstToken = repos.listInDomain(null, "acme", null, "lib-", 1, null).nextToken().orElseThrow();
        assertThatThrownBy(() -> repos.listInDomain(null, "acme", null, "app", 1, firstToken))
                .isInstanceOf(ValidationException.class).hasMessageContaining("belongs to another listing");
    }
}
