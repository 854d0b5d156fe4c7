package dev.packyard.server.packages;

import dev.packyard.service.packages.PackageQuery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.packyard.demo.conditions.CorruptFiles;
import dev.packyard.demo.conditions.OutageMode;
import dev.packyard.model.Hashes;
import dev.packyard.model.PackageFormat;
import dev.packyard.model.PackageVersion;
import dev.packyard.service.error.ResourceNotFoundException;
import dev.packyard.service.packages.PublishException;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.codeartifact.CodeartifactClient;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Cargo endpoint against the real server and the demo's crates.io, speaking the sparse protocol and the web API as
 * Cargo does, with CodeArtifact's timings on a moved clock: retention after the persistence latency, outages, checksums,
 * publish refusals and yanks, and the lazily refreshed listings.
 */
class CargoEndpointTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private CargoServerFixture f;

    @BeforeEach
    void start() {
        f = new CargoServerFixture(dir);
    }

    @AfterEach
    void stop() {
        f.close();
    }

    @Test
    void configJsonPointsDownloadsAndTheApiAtTheEndpointAndNeedsAToken() throws Exception {
        CargoServerFixture.Answer config = f.get("app", "config.json");
        assertThat(config.status()).as(config.body()).isEqualTo(200);
        JsonNode doc = JSON.readTree(config.bytes());
        assertThat(doc.path("dl").asText()).isEqualTo(f.endpoint("app") + "api/v1/crates/{crate}/{version}/download");
        assertThat(doc.path("api").asText()).isEqualTo(f.endpoint("app").replaceAll("/$", ""));
        assertThat(doc.path("auth-required").asBoolean()).isTrue();

        CargoServerFixture.Answer anonymous = f.call(new Request.Builder().url(f.endpoint("app") + "config.json").build());
        assertThat(anonymous.status()).as("Cargo asks without a token first and sends it after a 401").isEqualTo(401);
        CargoServerFixture.Answer bearer = f.call(new Request.Builder().url(f.endpoint("app") + "config.json")
                .header("Authorization", "Bearer " + f.token).build());
        assertThat(bearer.status()).isEqualTo(200);
        CargoServerFixture.Answer wrong = f.call(new Request.Builder().url(f.endpoint("app") + "config.json")
                .header("Authorization", "pyd1.not-a-token").build());
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.body()).contains("unknown or has expired");
    }

    @Test
    void anIndexFileHasOneLinePerVersionWithDepsCksumAndFeaturesAndAnETag() throws Exception {
        CargoServerFixture.Answer index = f.get("app", "tr/ee/tree-middle");
        assertThat(index.status()).as(index.body()).isEqualTo(200);
        List<JsonNode> lines = lines(index.body());
        assertThat(lines).extracting(l -> l.path("vers").asText()).containsExactly("1.0.0", "2.0.0-beta.1", "2.0.0");
        JsonNode v2 = lines.get(2);
        assertThat(v2.path("name").asText()).isEqualTo("tree-middle");
        assertThat(v2.path("deps").get(0).path("name").asText()).isEqualTo("tree-leaf");
        assertThat(v2.path("deps").get(0).path("req").asText()).isEqualTo("^1.1");
        assertThat(v2.path("deps").get(0).path("kind").asText()).isEqualTo("normal");
        assertThat(v2.path("features").has("fast")).isTrue();
        assertThat(v2.path("yanked").asBoolean()).isFalse();
        assertThat(v2.path("cksum").asText()).matches("[0-9a-f]{64}");

        String etag = index.headers().get("ETag");
        assertThat(etag).isNotBlank();
        assertThat(f.call(f.cargo(f.endpoint("app") + "tr/ee/tree-middle").header("If-None-Match", etag).build()).status())
                .as("Cargo revalidates the index on every build").isEqualTo(304);

        assertThat(f.get("app", "3/t/top").status()).as("no such crate").isEqualTo(404);
        CargoServerFixture.Answer misplaced = f.get("app", "tr/xx/tree-middle");
        assertThat(misplaced.status()).isEqualTo(404);
        assertThat(misplaced.body()).contains("sparse+" + f.endpoint("app"));
    }

    @Test
    void aCrateCratesIoDoesNotHaveIsAskedForOnceWhileTheNegativeCacheRemembersIt() throws Exception {
        assertThat(f.get("app", "no/-s/no-such-crate").status()).isEqualTo(404);
        assertThat(f.get("app", "no/-s/no-such-crate").status()).isEqualTo(404);
        assertThat(f.demo.controls(PackageFormat.CARGO).stats().requestsTo("no/-s/no-such-crate")).isEqualTo(1);
        f.clock.advance(Duration.ofMinutes(6));
        assertThat(f.get("app", "no/-s/no-such-crate").status()).isEqualTo(404);
        assertThat(f.demo.controls(PackageFormat.CARGO).stats().requestsTo("no/-s/no-such-crate"))
                .as("asked again once the negative cache's 5 minutes are over").isEqualTo(2);
    }

    @Test
    void aDownloadMatchesItsCksumAndIsRetainedInAppAndTheStoreAfterThePersistenceLatency() throws Exception {
        String cksum = lines(f.get("app", "tr/ee/tree-leaf").body()).get(2).path("cksum").asText();
        CargoServerFixture.Answer crate = f.get("app", "api/v1/crates/tree-leaf/1.2.0/download");
        assertThat(crate.status()).as(crate.body()).isEqualTo(200);
        assertThat(Hashes.sha256Hex(crate.bytes())).isEqualTo(cksum);
        assertThat(retained("app", "tree-leaf")).as("not visible before the persistence latency").isEmpty();

        // A client is answered once its bytes are verified; the fetch task schedules persistence just after.
        assertThat(f.backend.tasks().queue().awaitIdle(Duration.ofSeconds(20))).isTrue();
        f.scheduler.advance(Duration.ofMinutes(2));
        assertThat(f.backend.tasks().queue().awaitIdle(Duration.ofSeconds(20))).isTrue();
        assertThat(retained("app", "tree-leaf")).as("CodeArtifact's latency is about 3 minutes").isEmpty();
        f.scheduler.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(f.backend.tasks().queue().awaitIdle(Duration.ofSeconds(20))).isTrue();
        assertThat(retained("app", "tree-leaf")).extracting(PackageVersion::version).containsExactly("1.2.0");
        assertThat(retained("cargo-store", "tree-leaf")).extracting(PackageVersion::version).containsExactly("1.2.0");
        assertThat(retained("mid", "tree-leaf")).as("intermediate repositories keep nothing").isEmpty();
        assertThat(retained("app", "tree-leaf").get(0).origin().type().name()).isEqualTo("EXTERNAL");

        CargoServerFixture.Answer again = f.get("app", "api/v1/crates/tree-leaf/1.2.0/download");
        assertThat(again.headers().get(Downloads.SOURCE_HEADER)).isEqualTo("RETAINED");
        assertThat(again.bytes()).isEqualTo(crate.bytes());
    }

    @Test
    void duringAnOutageRetainedCratesAreServedWithTheirDepsAndOthersAreUpstreamUnavailable() throws Exception {
        assertThat(f.get("app", "api/v1/crates/tree-top/1.0.0/download").status()).isEqualTo(200);
        persist();
        f.demo.controls(PackageFormat.CARGO).goDown(OutageMode.SERVICE_UNAVAILABLE);
        f.clock.advance(Duration.ofHours(4));

        CargoServerFixture.Answer index = f.get("app", "tr/ee/tree-top");
        assertThat(index.status()).as(index.body()).isEqualTo(200);
        JsonNode retained = lines(index.body()).stream().filter(l -> l.path("vers").asText().equals("1.0.0")).findFirst()
                .orElseThrow();
        assertThat(retained.path("deps").get(0).path("name").asText()).as("the line keeps its dependencies").isEqualTo("tree-middle");
        assertThat(f.get("app", "api/v1/crates/tree-top/1.0.0/download").status()).isEqualTo(200);

        CargoServerFixture.Answer never = f.get("app", "de/mo/demo-greeting");
        assertThat(never.status()).isEqualTo(503);
        assertThat(never.body()).containsIgnoringCase("upstream unavailable").doesNotContainIgnoringCase("not found");
        CargoServerFixture.Answer notFetched = f.get("app", "api/v1/crates/tree-top/0.9.0/download");
        assertThat(notFetched.status()).isEqualTo(503);
        assertThat(notFetched.body()).containsIgnoringCase("upstream unavailable");
    }

    @Test
    void aCrateThatDoesNotMatchItsCksumIsRefusedAndNotKept() throws Exception {
        f.get("app", "tr/ee/tree-leaf");
        f.demo.controls(PackageFormat.CARGO).corruptFiles(CorruptFiles.WRONG_HASH);
        CargoServerFixture.Answer corrupt = f.get("app", "api/v1/crates/tree-leaf/1.1.0/download");
        assertThat(corrupt.status()).isEqualTo(502);
        persist();
        assertThat(retained("app", "tree-leaf")).isEmpty();

        f.demo.controls(PackageFormat.CARGO).repairFiles();
        assertThat(f.get("app", "api/v1/crates/tree-leaf/1.1.0/download").status()).isEqualTo(200);
    }

    @Test
    void publishingAVersionCratesIoHasIsAConflictButDuringAnOutageItGoesThroughAndIsRecorded() throws Exception {
        CargoServerFixture.Answer conflict = f.call(publish("app", "slow-math", "1.0.0", "[]"));
        assertThat(conflict.status()).as(conflict.body()).isEqualTo(409);
        assertThat(JSON.readTree(conflict.bytes()).path("errors").get(0).path("detail").asText())
                .as("Cargo shows its web API's errors from errors[].detail").contains("public registry").contains("public:crates-io");

        f.backend.catalog().packages().putOriginConfiguration(null, "demo", "app", "cargo", null, "locked-down", "BLOCK", "ALLOW");
        CargoServerFixture.Answer blocked = f.call(publish("app", "locked-down", "1.0.0", "[]"));
        assertThat(blocked.status()).isEqualTo(403);
        assertThat(blocked.body()).contains("publish=BLOCK");

        f.demo.controls(PackageFormat.CARGO).goDown(OutageMode.SERVICE_UNAVAILABLE);
        CargoServerFixture.Answer put = f.call(publish("app", "fresh-crate", "1.0.0", "[]"));
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(JSON.readTree(put.bytes()).path("warnings").has("other")).isTrue();
        List<PublishException> recorded = f.backend.publishing().publishExceptions().list(null, "demo", null);
        assertThat(recorded).singleElement().satisfies(e -> {
            assertThat(e.coordinate().name()).isEqualTo("fresh-crate");
            assertThat(e.connectionName()).isEqualTo("public:crates-io");
        });
    }

    @Test
    void aPublishedCrateServesItsIndexLineAndYankAndUnyankChangeIt() throws Exception {
        String deps = """
                [{"name":"tree-leaf","version_req":"^1.0","features":["std"],"optional":true,"default_features":false,
                  "target":null,"kind":"normal","registry":null,"explicit_name_in_toml":"leaf"}]""";
        CargoServerFixture.Answer put = f.call(publish("app", "Team-Lib", "0.1.0", deps));
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(f.call(publish("app", "Team-Lib", "0.1.0", "[]")).status()).as("the same version again").isEqualTo(409);

        JsonNode line = lines(f.get("app", "te/am/team-lib").body()).get(0);
        assertThat(line.path("name").asText()).isEqualTo("Team-Lib");
        assertThat(line.path("vers").asText()).isEqualTo("0.1.0");
        JsonNode dep = line.path("deps").get(0);
        assertThat(dep.path("name").asText()).as("the name in Cargo.toml").isEqualTo("leaf");
        assertThat(dep.path("package").asText()).as("the crate it renames").isEqualTo("tree-leaf");
        assertThat(dep.path("req").asText()).isEqualTo("^1.0");
        assertThat(dep.path("optional").asBoolean()).isTrue();
        assertThat(dep.path("default_features").asBoolean()).isFalse();
        assertThat(line.path("cksum").asText()).isEqualTo(Hashes.sha256Hex(crateBytes("Team-Lib", "0.1.0")));
        assertThat(f.get("app", "api/v1/crates/team-lib/0.1.0/download").bytes()).isEqualTo(crateBytes("Team-Lib", "0.1.0"));

        JsonNode search = JSON.readTree(f.get("app", "api/v1/crates?q=TEAM&per_page=5").bytes());
        assertThat(search.path("crates").get(0).path("name").asText()).as("cargo search").isEqualTo("team-lib");
        assertThat(search.path("crates").get(0).path("max_version").asText()).isEqualTo("0.1.0");
        assertThat(search.path("meta").path("total").asInt()).isEqualTo(1);

        CargoServerFixture.Answer yank = f.call(f.cargo(f.endpoint("app") + "api/v1/crates/Team-Lib/0.1.0/yank").delete().build());
        assertThat(yank.status()).as(yank.body()).isEqualTo(200);
        assertThat(JSON.readTree(yank.bytes()).path("ok").asBoolean()).isTrue();
        assertThat(lines(f.get("app", "te/am/team-lib").body()).get(0).path("yanked").asBoolean()).isTrue();
        assertThat(f.backend.catalog().versions().describe(f.backend.catalog().locator().locate(null, "demo", "app", "cargo", null, "team-lib"),
                "0.1.0").status().name()).isEqualTo("Unlisted");
        assertThat(f.get("app", "api/v1/crates/team-lib/0.1.0/download").status()).as("a yanked crate still downloads")
                .isEqualTo(200);

        CargoServerFixture.Answer unyank = f.call(f.cargo(f.endpoint("app") + "api/v1/crates/team-lib/0.1.0/unyank")
                .put(RequestBody.create(new byte[0])).build());
        assertThat(unyank.status()).isEqualTo(200);
        assertThat(lines(f.get("app", "te/am/team-lib").body()).get(0).path("yanked").asBoolean()).isFalse();

        assertThat(f.call(f.cargo(f.endpoint("app") + "api/v1/crates/team-lib/9.9.9/yank").delete().build()).status())
                .isEqualTo(404);
    }

    @Test
    void aBrokenPublishBodyIsABadRequestAndStoresNothing() throws Exception {
        CargoServerFixture.Answer truncated = f.call(f.cargo(f.endpoint("app") + "api/v1/crates/new")
                .put(RequestBody.create(new byte[] {5, 0}, MediaType.get("application/octet-stream"))).build());
        assertThat(truncated.status()).isEqualTo(400);
        assertThat(truncated.body()).contains("not what cargo publish sends");
        CargoServerFixture.Answer badName = f.call(publish("app", "no spaces", "1.0.0", "[]"));
        assertThat(badName.status()).isEqualTo(400);
        assertThat(badName.body()).contains("is not a crate name");
        assertThat(f.backend.catalog().packages().list(PackageQuery.in(null, "demo", "app").format("cargo"), 100, null).items()).isEmpty();
    }

    @Test
    void aNewVersionOnCratesIoAppearsLazilyAfterTheListingsLifetime() throws Exception {
        assertThat(versions(f.get("app", "tr/ee/tree-leaf").body())).containsExactly("1.0.0", "1.1.0", "1.2.0");
        f.demo.controls(PackageFormat.CARGO).publishNextVersion("tree-leaf");
        f.clock.advance(Duration.ofHours(1));
        assertThat(versions(f.get("app", "tr/ee/tree-leaf").body())).as("within the lifetime").doesNotContain("1.2.1");

        f.clock.advance(Duration.ofHours(2).plusMinutes(1));
        assertThat(versions(f.get("app", "tr/ee/tree-leaf").body())).as("the first request after expiry gets the old listing")
                .doesNotContain("1.2.1");
        assertThat(versions(f.get("app", "tr/ee/tree-leaf").body())).as("and later ones the new").contains("1.2.1");
    }

    @Test
    void aFetchedCratesSummaryLicenseDependenciesAndReadmeComeFromItsCargoToml() throws Exception {
        assertThat(f.get("app", "api/v1/crates/tree-middle/2.0.0/download").status()).isEqualTo(200);
        persist();
        try (CodeartifactClient sdk = CodeartifactClient.builder()
                .endpointOverride(URI.create("http://127.0.0.1:" + f.server.port())).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDPACKYARDTEST", "dummy")))
                .httpClient(UrlConnectionHttpClient.create()).build()) {
            var described = sdk.describePackageVersion(r -> r.domain("demo").repository("app").format("cargo")
                    .packageValue("tree-middle").packageVersion("2.0.0")).packageVersion();
            assertThat(described.summary()).isEqualTo("The middle of the demo's dependency chain");
            assertThat(described.licenses()).singleElement().satisfies(l -> assertThat(l.name()).isEqualTo("MIT"));
            assertThat(sdk.listPackageVersionDependencies(r -> r.domain("demo").repository("cargo-store").format("cargo")
                    .packageValue("tree-middle").packageVersion("2.0.0")).dependencies())
                    .extracting(d -> d.packageValue() + " " + d.dependencyType() + " " + d.versionRequirement())
                    .containsExactly("tree-leaf normal ^1.1");
            assertThat(sdk.getPackageVersionReadme(r -> r.domain("demo").repository("app").format("cargo")
                    .packageValue("tree-middle").packageVersion("2.0.0")).readme()).startsWith("# tree-middle\n");
        }
    }

    /** Lets the persistence latency pass once the fetch tasks have finished. */
    private void persist() throws InterruptedException {
        assertThat(f.backend.tasks().queue().awaitIdle(Duration.ofSeconds(20))).isTrue();
        f.scheduler.advance(Duration.ofMinutes(10));
        assertThat(f.backend.tasks().queue().awaitIdle(Duration.ofSeconds(20))).isTrue();
    }

    private List<PackageVersion> retained(String repository, String crate) {
        try {
            return f.backend.catalog().versions().list(f.backend.catalog().locator().locate(null, "demo", repository, "cargo", null, crate),
                    null, null, null, null, null).page().items();
        } catch (ResourceNotFoundException e) {
            return List.of();
        }
    }

    private static List<JsonNode> lines(String indexFile) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String line : indexFile.split("\n")) {
            if (!line.isBlank()) {
                out.add(JSON.readTree(line));
            }
        }
        return out;
    }

    private static List<String> versions(String indexFile) throws Exception {
        return lines(indexFile).stream().map(l -> l.path("vers").asText()).toList();
    }

    private static byte[] crateBytes(String name, String version) {
        return ("pretend crate of " + name + " " + version).getBytes(StandardCharsets.UTF_8);
    }

    /** The body cargo publish sends: length-prefixed metadata JSON, then the length-prefixed .crate. */
    private Request publish(String repository, String name, String version, String deps) throws Exception {
        byte[] metadata = """
                {"name":"%s","vers":"%s","deps":%s,"features":{"default":[]},"authors":[],"description":"A test crate",
                 "license":"MIT","repository":"https://example.org/team-lib","links":null}""".formatted(name, version, deps)
                .getBytes(StandardCharsets.UTF_8);
        byte[] crate = crateBytes(name, version);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(littleEndian(metadata.length));
        body.write(metadata);
        body.write(littleEndian(crate.length));
        body.write(crate);
        return f.cargo(f.endpoint(repository) + "api/v1/crates/new")
                .put(RequestBody.create(body.toByteArray(), MediaType.get("application/octet-stream"))).build();
    }

    private static byte[] littleEndian(int n) {
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(n).array();
    }
}
