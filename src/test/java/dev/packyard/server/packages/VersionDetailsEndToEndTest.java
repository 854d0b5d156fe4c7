package dev.packyard.server.packages;

import static dev.packyard.testing.TestArchives.files;
import static dev.packyard.testing.TestArchives.tgz;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.packyard.model.Asset;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.model.RepositoryId;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.codeartifact.CodeartifactClient;
import software.amazon.awssdk.services.codeartifact.model.ListPackageVersionDependenciesRequest;
import software.amazon.awssdk.services.codeartifact.model.ListPackageVersionDependenciesResponse;
import software.amazon.awssdk.services.codeartifact.model.PackageDependency;
import software.amazon.awssdk.services.codeartifact.model.PackageVersionDescription;
import software.amazon.awssdk.services.codeartifact.model.ResourceNotFoundException;

/**
 * Dependencies, readme and describe-package-version details through the SDK, for versions published over the
 * package managers' own protocols and for versions fetched from the demo registry.
 */
class VersionDetailsEndToEndTest {
    @TempDir
    Path dir;
    private PackageServerFixture f;
    private ClientUploads uploads;
    private CodeartifactClient sdk;

    @BeforeEach
    void start() {
        f = new PackageServerFixture(dir);
        uploads = new ClientUploads(f);
        sdk = CodeartifactClient.builder().endpointOverride(URI.create("http://127.0.0.1:" + f.server.port()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDPACKYARDTEST", "dummy")))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
    }

    @AfterEach
    void stop() {
        sdk.close();
        f.close();
    }

    @Test
    void aPublishedNpmVersionsDependenciesComeInPagesInManifestOrder() throws Exception {
        Map<String, String> deps = new LinkedHashMap<>();
        for (int i = 0; i < 150; i++) {
            deps.put("dep-" + i, "^" + i + ".0.0");
        }
        String manifest = "{\"name\":\"@team/many\",\"version\":\"1.0.0\",\"description\":\"Needs a lot\","
                + "\"license\":\"ISC\",\"homepage\":\"https://many.example/\","
                + "\"repository\":{\"type\":\"git\",\"url\":\"https://github.com/team/many.git\"},"
                + "\"dependencies\":" + new ObjectMapper().writeValueAsString(deps)
                + ",\"devDependencies\":{\"@team/test-kit\":\"1.x\"}}";
        uploads.npm(manifest, tgz(files("package/package.json", manifest, "package/README.md", "# many\n")));

        ListPackageVersionDependenciesResponse first = sdk.listPackageVersionDependencies(npm("team", "many", "1.0.0", null));
        assertThat(first.dependencies()).hasSize(100);
        assertThat(first.nextToken()).isNotBlank();
        assertThat(first.versionRevision()).isNotBlank();
        ListPackageVersionDependenciesResponse second = sdk.listPackageVersionDependencies(
                npm("team", "many", "1.0.0", first.nextToken()));
        assertThat(second.nextToken()).as("only when more exist").isNull();
        List<PackageDependency> all = new ArrayList<>(first.dependencies());
        all.addAll(second.dependencies());
        assertThat(all).hasSize(151);
        assertThat(all.get(0).packageValue()).isEqualTo("dep-0");
        assertThat(all.get(149).versionRequirement()).isEqualTo("^149.0.0");
        assertThat(all.get(150).namespace()).isEqualTo("team");
        assertThat(all.get(150).packageValue()).isEqualTo("test-kit");
        assertThat(all.get(150).dependencyType()).isEqualTo("dev");

        assertThat(sdk.getPackageVersionReadme(r -> r.domain("demo").repository("app").format("npm").namespace("team")
                .packageValue("many").packageVersion("1.0.0")).readme()).isEqualTo("# many\n");
        PackageVersionDescription d = describe("app", "npm", "team", "many", "1.0.0");
        assertThat(d.summary()).isEqualTo("Needs a lot");
        assertThat(d.sourceCodeRepository()).isEqualTo("https://github.com/team/many.git");
    }

    @Test
    void fetchedVersionsOfEveryFormatAreDescribedFromTheirArchives() throws Exception {
        uploads.fetch("npm", "tree-middle/-/tree-middle-2.1.0.tgz");
        uploads.fetch("pypi", "files/fetchy/1.1.0/fetchy-1.1.0-py3-none-any.whl");
        uploads.fetch("maven", "dev/packyard/demo/alpha/2.0.0/alpha-2.0.0.pom");
        // A client is answered once its bytes are verified; the fetch task schedules persistence just after.
        assertThat(f.backend.tasks().queue().awaitIdle(Duration.ofSeconds(20))).isTrue();
        f.scheduler.advance(Duration.ofMinutes(5));
        // The due persistence runs on the task queue, not on this thread.
        assertThat(f.backend.tasks().queue().awaitIdle(Duration.ofSeconds(20))).isTrue();

        PackageVersionDescription npm = describe("npm-store", "npm", null, "tree-middle", "2.1.0");
        assertThat(npm.summary()).isEqualTo("Middle of a three-level dependency tree");
        assertThat(npm.licenses()).singleElement().satisfies(l -> assertThat(l.name()).isEqualTo("MIT"));
        assertThat(dependencies("app", "npm", null, "tree-middle", "2.1.0"))
                .containsExactly("tree-leaf regular ^1.0.0");
        assertThat(readme("app", "npm", null, "tree-middle", "2.1.0")).startsWith("# tree-middle\n");

        assertThat(describe("app", "pypi", null, "fetchy", "1.1.0").summary()).isEqualTo("Fetches things politely");
        assertThat(dependencies("pypi-store", "pypi", null, "fetchy", "1.1.0"))
                .containsExactly("tidy-text Requires-Dist >=1.1");
        assertThat(readme("app", "pypi", null, "fetchy", "1.1.0")).isEqualTo("Fetches things politely");

        assertThat(describe("app", "maven", "dev.packyard.demo", "alpha", "2.0.0").summary()).isEqualTo("Alpha, built on beta");
        assertThat(dependencies("maven-central-store", "maven", "dev.packyard.demo", "alpha", "2.0.0")).containsExactly(
                "dev.packyard.demo:demo-parent parent 1.1.0", "dev.packyard.demo:beta compile null");
        assertThat(readme("app", "maven", "dev.packyard.demo", "alpha", "2.0.0")).isNull();
    }

    @Test
    void theArchiveIsReadOnceAndTheCatalogueAnswersAfterwards() throws Exception {
        String manifest = "{\"name\":\"once\",\"version\":\"1.0.0\",\"description\":\"Read once\","
                + "\"dependencies\":{\"left-pad\":\"^1.3.0\"}}";
        uploads.npm(manifest, tgz(files("package/package.json", manifest, "package/README.md", "once\n")));
        assertThat(readme("app", "npm", null, "once", "1.0.0")).isEqualTo("once\n");

        RepositoryId app = f.backend.catalog().repositories().require(null, "demo", "app").id();
        Asset tarball = f.backend.storage().packages().listAssets(app, PackageCoordinate.of(PackageFormat.NPM, null, "once"),
                "1.0.0").get(0);
        f.backend.storage().blobs().delete(app.domain(), tarball.sha256());

        assertThat(readme("app", "npm", null, "once", "1.0.0")).as("from the catalogue").isEqualTo("once\n");
        assertThat(dependencies("app", "npm", null, "once", "1.0.0")).containsExactly("left-pad regular ^1.3.0");
        assertThat(describe("app", "npm", null, "once", "1.0.0").summary()).isEqualTo("Read once");
    }

    @Test
    void aPomDeployedAfterTheJarIsReadWhenItArrives() throws Exception {
        byte[] jar = "jar bytes".getBytes(StandardCharsets.UTF_8);
        uploads.maven("com.example.team", "mylib", "1.0.0", Map.of("mylib-1.0.0.jar", jar), false);
        assertThat(dependencies("app", "maven", "com.example.team", "mylib", "1.0.0")).as("no POM yet").isEmpty();

        String pom = "<project><groupId>com.example.team</groupId><artifactId>mylib</artifactId><version>1.0.0</version>"
                + "<description>My library</description><licenses><license><name>MIT</name></license></licenses>"
                + "<dependencies><dependency><groupId>org.slf4j</groupId><artifactId>slf4j-api</artifactId>"
                + "<version>2.0.17</version></dependency></dependencies></project>";
        uploads.maven("com.example.team", "mylib", "1.0.0", Map.of("mylib-1.0.0.pom", pom.getBytes(StandardCharsets.UTF_8)),
                true);

        assertThat(dependencies("app", "maven", "com.example.team", "mylib", "1.0.0"))
                .containsExactly("org.slf4j:slf4j-api compile 2.0.17");
        PackageVersionDescription d = describe("app", "maven", "com.example.team", "mylib", "1.0.0");
        assertThat(d.summary()).isEqualTo("My library");
        assertThat(d.licenses()).singleElement().satisfies(l -> assertThat(l.name()).isEqualTo("MIT"));
    }

    @Test
    void aVersionWithoutAReadableArchiveHasNoDependenciesAndNoReadme() throws Exception {
        uploads.pypi("broken", "1.0.0", "broken-1.0.0-py3-none-any.whl", "not a zip".getBytes(StandardCharsets.UTF_8));

        assertThat(dependencies("app", "pypi", null, "broken", "1.0.0")).isEmpty();
        assertThat(readme("app", "pypi", null, "broken", "1.0.0")).isNull();
        assertThat(describe("app", "pypi", null, "broken", "1.0.0").version()).isEqualTo("1.0.0");
        assertThatThrownBy(() -> dependencies("app", "pypi", null, "broken", "9.9.9"))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> sdk.listPackageVersionDependencies(pypiRequest("broken", "1.0.0", "garbage")))
                .hasMessageContaining("next-token");
    }

    private ListPackageVersionDependenciesRequest npm(String namespace, String name, String version, String token) {
        return ListPackageVersionDependenciesRequest.builder().domain("demo").repository("app").format("npm")
                .namespace(namespace).packageValue(name).packageVersion(version).nextToken(token).build();
    }

    private ListPackageVersionDependenciesRequest pypiRequest(String name, String version, String token) {
        return ListPackageVersionDependenciesRequest.builder().domain("demo").repository("app").format("pypi")
                .packageValue(name).packageVersion(version).nextToken(token).build();
    }

    private PackageVersionDescription describe(String repository, String format, String namespace, String name, String version) {
        return sdk.describePackageVersion(r -> r.domain("demo").repository(repository).format(format).namespace(namespace)
                .packageValue(name).packageVersion(version)).packageVersion();
    }

    private String readme(String repository, String format, String namespace, String name, String version) {
        return sdk.getPackageVersionReadme(r -> r.domain("demo").repository(repository).format(format).namespace(namespace)
                .packageValue(name).packageVersion(version)).readme();
    }

    /** Each dependency as "[namespace:]package type requirement". */
    private List<String> dependencies(String repository, String format, String namespace, String name, String version) {
        Consumer<ListPackageVersionDependenciesRequest.Builder> request = r -> r.domain("demo").repository(repository)
                .format(format).namespace(namespace).packageValue(name).packageVersion(version);
        return sdk.listPackageVersionDependencies(request).dependencies().stream()
                .map(d -> (d.namespace() == null ? "" : d.namespace() + ":") + d.packageValue() + " " + d.dependencyType()
                        + " " + d.versionRequirement())
                .toList();
    }
}
