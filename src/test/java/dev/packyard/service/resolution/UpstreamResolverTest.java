package dev.packyard.service.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.packyard.model.ExternalConnection;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.model.Repository;
import dev.packyard.model.RepositoryId;
import dev.packyard.testing.BackendTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UpstreamResolverTest extends BackendTest {
    private final PackageCoordinate lodash = PackageCoordinate.of(PackageFormat.NPM, null, "lodash");

    @BeforeEach
    void domain() {
        backend.catalog().domains().create("acme", null);
    }

    private Repository repo(String name, String... upstreams) {
        return backend.catalog().repositories().create(null, "acme", name, null, List.of(upstreams));
    }

    private List<String> order(Repository start, PackageCoordinate coordinate) {
        return backend.catalog().resolver().plan(start, coordinate).steps().stream().map(s -> s.repository().name()).toList();
    }

    @Test
    void searchIsDepthFirstInListOrder() {
        repo("ee");
        repo("cc");
        repo("dd", "ee");
        repo("aa", "cc", "dd");
        repo("bb");
        Repository mine = repo("my-repo", "aa", "bb");

        assertThat(order(mine, lodash)).containsExactly("my-repo", "aa", "cc", "dd", "ee", "bb");
    }

    @Test
    void aRepositoryReachedTwiceIsSearchedOnce() {
        repo("shared");
        repo("left", "shared");
        repo("right", "shared");
        Repository top = repo("top", "left", "right");
        assertThat(order(top, lodash)).containsExactly("top", "left", "shared", "right");
    }

    @Test
    void atMostTwentyFiveRepositoriesAreSearched() {
        String previous = null;
        for (int i = 30; i >= 1; i--) {
            String name = "chain-" + i;
            if (previous == null) {
                repo(name);
            } else {
                repo(name, previous);
            }
            previous = name;
        }
        Repository start = backend.catalog().repositories().describe(null, "acme", "chain-1");
        ResolutionPlan plan = backend.catalog().resolver().plan(start, lodash);
        assertThat(plan.steps()).hasSize(25);
        assertThat(plan.steps().get(24).repository().name()).isEqualTo("chain-25");
        assertThat(plan.truncatedAtLimit()).isTrue();
    }

    @Test
    void theExternalConnectionIsOfferedOnlyForItsFormat() {
        repo("npm-store");
        backend.catalog().repositories().associateExternalConnection(null, "acme", "npm-store", "public:npmjs");
        Repository app = repo("app", "npm-store");

        ResolutionPlan npm = backend.catalog().resolver().plan(app, lodash);
        assertThat(npm.externalSteps()).hasSize(1);
        assertThat(npm.externalSteps().get(0).externalConnection()).contains(ExternalConnection.NPMJS);

        ResolutionPlan pypi = backend.catalog().resolver().plan(app, PackageCoordinate.of(PackageFormat.PYPI, null, "requests"));
        assertThat(pypi.externalSteps()).isEmpty();
    }

    @Test
    void externallyFetchedVersionsAreRetainedInTheRequesterAndTheConnectionRepositoryOnly() {
        repo("cc");
        backend.catalog().repositories().associateExternalConnection(null, "acme", "cc", "public:npmjs");
        repo("bb", "cc");
        Repository aa = repo("aa", "bb");

        ResolutionPlan plan = backend.catalog().resolver().plan(aa, lodash);
        ResolutionStep external = plan.externalSteps().get(0);
        assertThat(plan.retentionTargets(external, true)).extracting(RepositoryId::name).containsExactly("aa", "cc");

        ResolutionStep viaUpstream = plan.steps().get(1);
        assertThat(plan.retentionTargets(viaUpstream, false)).extracting(RepositoryId::name).containsExactly("aa");
    }

    @Test
    void theFirstRepositoryHoldingTheVersionWins() {
        Repository low = repo("low");
        Repository high = repo("high");
        Repository app = repo("app", "high", "low");
        publish(low, lodash, "4.17.21", "from low");
        publish(high, lodash, "4.17.21", "from high");

        ResolutionPlan plan = backend.catalog().resolver().plan(app, lodash);
        assertThat(backend.catalog().resolver().findRetained(plan, "4.17.21")).get()
                .extracting(v -> v.repository().name()).isEqualTo("high");
        assertThat(backend.catalog().resolver().findRetained(plan, "1.0.0")).isEmpty();
    }

    @Test
    void upstreamBlockStopsTheSearchAtThatRepository() {
        repo("npm-store");
        backend.catalog().repositories().associateExternalConnection(null, "acme", "npm-store", "public:npmjs");
        Repository app = repo("app", "npm-store");
        backend.catalog().packages().putOriginConfiguration(null, "acme", "app", "npm", null, "lodash", "ALLOW", "BLOCK");

        assertThat(order(app, lodash)).containsExactly("app");
        assertThat(order(app, PackageCoordinate.of(PackageFormat.NPM, null, "chalk"))).containsExactly("app", "npm-store");
    }

    @Test
    void deletedUpstreamsAreSkippedAndReported() {
        repo("gone");
        repo("kept");
        Repository app = repo("app", "gone", "kept");
        backend.catalog().repositories().delete(null, "acme", "gone");

        ResolutionPlan plan = backend.catalog().resolver().plan(app, lodash);
        assertThat(plan.steps()).extracting(s -> s.repository().name()).containsExactly("app", "kept");
        assertThat(plan.skippedMissingUpstreams()).containsExactly("gone");
    }
}
