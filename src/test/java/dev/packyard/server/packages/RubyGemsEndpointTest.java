package dev.packyard.server.packages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.packyard.demo.conditions.OutageMode;
import dev.packyard.model.OriginType;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.model.PackageVersion;
import dev.packyard.model.RepositoryId;
import dev.packyard.service.packages.PublishException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/**
 * The RubyGems endpoint against the demo's RubyGems with the CodeArtifact timing profile and a moved clock: how Bundler
 * revalidates the compact index, retention after the persistence latency, an outage, the lazily refreshed listing, and
 * gem push's 409 or its recorded let-through.
 */
class RubyGemsEndpointTest extends PackageServerTest {
    @Test
    void theInfoFileAnswersIfNoneMatchWith304AndAnOpenRangeWithItsTail() throws Exception {
        String url = f.endpoint("ruby", "app") + "info/greeter";
        PackageServerFixture.Answer whole = f.call(basic(url).build());
        assertThat(whole.status()).as(whole.body()).isEqualTo(200);
        assertThat(whole.body()).startsWith("---\n").contains("1.1.0 polite:~> 1.0|checksum:").contains("2.0.0.beta1 ");
        String etag = whole.headers().get("ETag");
        assertThat(etag).isEqualTo("\"" + md5(whole.body()) + "\"");

        assertThat(f.call(basic(url).header("If-None-Match", etag).build()).status()).isEqualTo(304);
        int from = whole.body().length() - 10;
        PackageServerFixture.Answer tail = f.call(basic(url).header("If-None-Match", "\"stale\"")
                .header("Range", "bytes=" + from + "-").build());
        assertThat(tail.status()).isEqualTo(206);
        assertThat(tail.body()).isEqualTo(whole.body().substring(from));
        assertThat(tail.headers().get("Content-Range")).isEqualTo("bytes " + from + "-" + (whole.body().length() - 1) + "/"
                + whole.body().length());

        PackageServerFixture.Answer versions = f.call(basic(f.endpoint("ruby", "app") + "versions").build());
        assertThat(versions.body()).contains("\ngreeter 1.0.0,1.1.0,2.0.0.beta1 ", "\nfast-sum 1.0.0,1.0.0-x86_64-linux ");
        assertThat(f.call(basic(f.endpoint("ruby", "app") + "info/no-such-gem").build()).status()).isEqualTo(404);
    }

    @Test
    void theDependencyApiAnswersEveryGemAskedInJsonAndInMarshalThatRubyLoads() throws Exception {
        String base = f.endpoint("ruby", "app") + "api/v1/dependencies";
        PackageServerFixture.Answer json = f.call(basic(base + ".json?gems=greeter,no-such-gem").build());
        assertThat(json.status()).as(json.body()).isEqualTo(200);
        assertThat(com.fasterxml.jackson.databind.json.JsonMapper.builder().build().readTree(json.body()))
                .extracting(row -> row.path("number").asText() + " " + row.path("dependencies").toString())
                .containsExactly("1.0.0 [[\"polite\",\"~> 1.0\"]]", "1.1.0 [[\"polite\",\"~> 1.0\"]]",
                        "2.0.0.beta1 [[\"polite\",\"~> 1.0\"]]");

        java.nio.file.Path marshal = dir.resolve("dependencies.marshal");
        try (Response r = f.http.newCall(basic(base + "?gems=fast-sum").build()).execute()) {
            assertThat(r.code()).isEqualTo(200);
            java.nio.file.Files.write(marshal, r.body().bytes());
        }
        dev.packyard.demo.ClientProcess.Result ruby = dev.packyard.demo.ClientProcess.run(List.of("ruby", "-e",
                "Marshal.load(File.binread(ARGV[0])).each { |g| puts [g[:name], g[:number], g[:platform]].join(' ') }",
                marshal.toString()), dir, List.of("GEM_", "RUBY"), java.util.Map.of("HOME", dir.toString()), Duration.ofMinutes(1));
        assertThat(ruby.exitCode()).as(ruby.tail()).isZero();
        assertThat(ruby.output().lines()).containsExactly("fast-sum 1.0.0 ruby", "fast-sum 1.0.0 x86_64-linux");
    }

    @Test
    void aFetchedGemIsRetainedInAppAndGemsStoreOnlyAfterThePersistenceLatency() throws Exception {
        byte[] fromRegistry = registryFile("gems/polite-1.1.0.gem");
        try (Response r = f.http.newCall(basic(f.endpoint("ruby", "app") + "gems/polite-1.1.0.gem").build()).execute()) {
            assertThat(r.code()).isEqualTo(200);
            assertThat(r.body().bytes()).isEqualTo(fromRegistry);
        }
        // The client is answered once the bytes are verified; the fetch task schedules persistence just after.
        assertThat(f.backend.tasks().queue().awaitIdle(Duration.ofSeconds(20))).isTrue();
        assertThat(held("app", "polite", "1.1.0")).as("not visible during the persistence latency").isEmpty();

        f.scheduler.advance(Duration.ofMinutes(2));
        assertThat(held("app", "polite", "1.1.0")).isEmpty();
        f.scheduler.advance(Duration.ofMinutes(2));
        assertThat(f.backend.tasks().queue().awaitIdle(Duration.ofSeconds(20))).isTrue();
        for (String repository : List.of("app", "gems-store")) {
            assertThat(held(repository, "polite", "1.1.0")).as(repository).hasValueSatisfying(v ->
                    assertThat(v.origin().type()).isEqualTo(OriginType.EXTERNAL));
        }
        assertThat(f.call(basic(f.endpoint("ruby", "app") + "versions").build()).body())
                .as("a held gem is listed with the MD5 of the info file Packyard serves")
                .contains("\npolite 1.0.0,1.1.0 " + md5(f.call(basic(f.endpoint("ruby", "app") + "info/polite").build()).body()));
    }

    @Test
    void aFetchedGemIsDescribedFromItsGemspecWithDependenciesAndReadme() throws Exception {
        assertThat(f.call(basic(f.endpoint("ruby", "app") + "gems/polite-1.1.0.gem").build()).status()).isEqualTo(200);
        assertThat(f.backend.tasks().queue().awaitIdle(Duration.ofSeconds(20))).isTrue();
        f.scheduler.advance(Duration.ofMinutes(5));
        assertThat(f.backend.tasks().queue().awaitIdle(Duration.ofSeconds(20))).isTrue();

        var ref = f.backend.catalog().locator().locate(null, "demo", "gems-store", "ruby", null, "polite");
        assertThat(f.backend.catalog().versionDetails().dependencies(ref, "1.1.0", null).page().items())
                .extracting(d -> d.packageName() + " " + d.dependencyType() + " " + d.versionRequirement())
                .containsExactly("tidy-words runtime >= 0.2");
        assertThat(f.backend.catalog().versionDetails().readme(ref, "1.1.0").readme()).hasValueSatisfying(r ->
                assertThat(r).startsWith("# polite\n\nSays things politely"));
        assertThat(f.backend.catalog().versionDetails().describe(ref, "1.1.0").metadata().summary()).isEqualTo("Says things politely");
    }

    @Test
    void retainingOnePlatformsGemLeavesTheOtherPlatformsOfThatVersionOffered() throws Exception {
        assertThat(f.call(basic(f.endpoint("ruby", "app") + "gems/fast-sum-1.0.0-x86_64-linux.gem").build()).status()).isEqualTo(200);
        assertThat(f.backend.tasks().queue().awaitIdle(Duration.ofSeconds(20))).isTrue();
        f.scheduler.advance(Duration.ofMinutes(5));
        assertThat(f.backend.tasks().queue().awaitIdle(Duration.ofSeconds(20))).isTrue();
        assertThat(held("app", "fast-sum", "1.0.0")).isPresent();

        String info = f.call(basic(f.endpoint("ruby", "app") + "info/fast-sum").build()).body();
        assertThat(info).contains("\n1.0.0 |checksum:", "\n1.0.0-x86_64-linux |checksum:");
        assertThat(f.call(basic(f.endpoint("ruby", "app") + "versions").build()).body())
                .contains("\nfast-sum 1.0.0,1.0.0-x86_64-linux " + md5(info));
        try (Response r = f.http.newCall(basic(f.endpoint("ruby", "app") + "gems/fast-sum-1.0.0.gem").build()).execute()) {
            assertThat(r.code()).isEqualTo(200);
            assertThat(r.body().bytes()).isEqualTo(registryFile("gems/fast-sum-1.0.0.gem"));
        }
    }

    @Test
    void aGemTheRegistryDoesNotHaveIsRememberedForTheNegativeCacheLifetime() throws Exception {
        String url = f.endpoint("ruby", "app") + "info/never-published";
        assertThat(f.call(basic(url).build()).status()).isEqualTo(404);
        assertThat(f.call(basic(url).build()).status()).isEqualTo(404);
        assertThat(f.demo.controls(PackageFormat.RUBY).stats().requestsTo("info/never-published")).as("asked once").isEqualTo(1);
        f.clock.advance(Duration.ofMinutes(6));
        assertThat(f.call(basic(url).build()).status()).isEqualTo(404);
        assertThat(f.demo.controls(PackageFormat.RUBY).stats().requestsTo("info/never-published")).as("asked again after 5 min")
                .isEqualTo(2);
    }

    @Test
    void duringAnOutageRetainedGemsAreServedAndOthersAreUpstreamUnavailable() throws Exception {
        assertThat(f.call(basic(f.endpoint("ruby", "app") + "gems/tidy-words-1.0.0.gem").build()).status()).isEqualTo(200);
        assertThat(f.backend.tasks().queue().awaitIdle(Duration.ofSeconds(20))).isTrue();
        f.scheduler.advance(Duration.ofMinutes(5));
        assertThat(f.backend.tasks().queue().awaitIdle(Duration.ofSeconds(20))).isTrue();

        f.demo.controls(PackageFormat.RUBY).goDown(OutageMode.SERVICE_UNAVAILABLE);
        PackageServerFixture.Answer retained = f.call(basic(f.endpoint("ruby", "app") + "gems/tidy-words-1.0.0.gem").build());
        assertThat(retained.status()).isEqualTo(200);
        assertThat(f.call(basic(f.endpoint("ruby", "app") + "info/tidy-words").build()).body()).contains("1.0.0 |checksum:");
        PackageServerFixture.Answer missing = f.call(basic(f.endpoint("ruby", "app") + "gems/slow-math-1.0.1.gem").build());
        assertThat(missing.status()).isEqualTo(503);
        assertThat(missing.body().toLowerCase()).contains("upstream unavailable").doesNotContain("not found");
    }

    @Test
    void aNewUpstreamVersionAppearsOnlyAfterTheListingExpiresAndTheFirstRequestRefreshesIt() throws Exception {
        String url = f.endpoint("ruby", "app") + "info/slow-math";
        assertThat(f.call(basic(url).build()).body()).doesNotContain("1.0.2");
        assertThat(f.demo.controls(PackageFormat.RUBY).publishNextVersion("slow-math")).isEqualTo("1.0.2");
        f.clock.advance(Duration.ofHours(2));
        assertThat(f.call(basic(url).build()).body()).as("within the listing's lifetime").doesNotContain("1.0.2");
        f.clock.advance(Duration.ofHours(1).plusMinutes(1));
        assertThat(f.call(basic(url).build()).body()).as("the first request after expiry refreshes in the background")
                .doesNotContain("1.0.2");
        assertThat(f.backend.tasks().queue().awaitIdle(Duration.ofSeconds(20))).isTrue();
        assertThat(f.call(basic(url).build()).body()).contains("1.0.2 |checksum:");
    }

    @Test
    void pushingAVersionThePublicRegistryHasIs409AndDuringAnOutageItIsLetThroughAndRecorded() throws Exception {
        PackageServerFixture.Answer conflict = push(registryFile("gems/slow-math-1.0.1.gem"));
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.body()).contains("public registry");

        // Taken from the registry itself, so Packyard has never listed fast-sum and cannot ask during the outage.
        byte[] unchecked = registryFile("gems/fast-sum-1.0.0-x86_64-linux.gem");
        f.demo.controls(PackageFormat.RUBY).goDown(OutageMode.SERVICE_UNAVAILABLE);
        PackageServerFixture.Answer through = push(unchecked);
        assertThat(through.status()).as(through.body()).isEqualTo(200);
        assertThat(through.body()).isEqualTo("Successfully registered gem: fast-sum (1.0.0-x86_64-linux)");
        List<PublishException> recorded = f.backend.publishing().publishExceptions().list(null, "demo", null);
        assertThat(recorded).singleElement().satisfies(e -> {
            assertThat(e.coordinate().name()).isEqualTo("fast-sum");
            assertThat(e.connectionName()).isEqualTo("public:ruby-gems-org");
        });
        assertThat(held("app", "fast-sum", "1.0.0")).hasValueSatisfying(v ->
                assertThat(v.origin().type()).isEqualTo(OriginType.INTERNAL));
        PackageServerFixture.Answer info = f.call(basic(f.endpoint("ruby", "app") + "info/fast-sum").build());
        assertThat(info.body()).as("the pushed platform gem, listed from what was pushed").contains("1.0.0-x86_64-linux |checksum:");
        PackageServerFixture.Answer quick = f.call(basic(f.endpoint("ruby", "app")
                + "quick/Marshal.4.8/fast-sum-1.0.0-x86_64-linux.gemspec.rz").build());
        assertThat(quick.status()).isEqualTo(200);
    }

    @Test
    void aGemFirstFetchedFromUpstreamCannotBePushedUnlessItsOriginControlAllowsIt() throws Exception {
        byte[] gem = registryFile("gems/polite-1.0.0.gem");
        assertThat(f.call(basic(f.endpoint("ruby", "app") + "gems/polite-1.1.0.gem").build()).status()).isEqualTo(200);
        assertThat(f.backend.tasks().queue().awaitIdle(Duration.ofSeconds(20))).isTrue();
        f.scheduler.advance(Duration.ofMinutes(5));
        assertThat(f.backend.tasks().queue().awaitIdle(Duration.ofSeconds(20))).isTrue();

        PackageServerFixture.Answer blocked = push(gem);
        assertThat(blocked.status()).isEqualTo(403);
        assertThat(blocked.body()).contains("publish=BLOCK");
    }

    @Test
    void aPushThatIsNotAGemIs400AndAWrongTokenIs401() throws Exception {
        PackageServerFixture.Answer bad = push("not a gem at all".getBytes(StandardCharsets.UTF_8));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("not a gem");
        Request wrong = new Request.Builder().url(f.endpoint("ruby", "app") + "api/v1/gems").header("Authorization", "nonsense")
                .post(RequestBody.create(new byte[] {1}, MediaType.get("application/octet-stream"))).build();
        assertThat(f.call(wrong).status()).isEqualTo(401);
    }

    private PackageServerFixture.Answer push(byte[] gem) throws IOException {
        // gem push sends the API key as the whole Authorization value.
        return f.call(new Request.Builder().url(f.endpoint("ruby", "app") + "api/v1/gems").header("Authorization", f.token)
                .post(RequestBody.create(gem, MediaType.get("application/octet-stream"))).build());
    }

    private Request.Builder basic(String url) {
        return new Request.Builder().url(url).header("Authorization", okhttp3.Credentials.basic("aws", f.token));
    }

    private Optional<PackageVersion> held(String repository, String gem, String version) {
        RepositoryId id = f.backend.catalog().repositories().require(f.owner, "demo", repository).id();
        return f.backend.storage().packages().findVersion(id, PackageCoordinate.of(PackageFormat.RUBY, null, gem), version);
    }

    private byte[] registryFile(String path) throws IOException {
        try (Response r = f.http.newCall(new Request.Builder().url(f.demo.endpoints().orElseThrow().baseFor(PackageFormat.RUBY)
                + path).build()).execute()) {
            assertThat(r.code()).isEqualTo(200);
            return r.body().bytes();
        }
    }

    private static String md5(String text) {
        return dev.packyard.model.Hashes.hex("MD5", text.getBytes(StandardCharsets.UTF_8));
    }

}
