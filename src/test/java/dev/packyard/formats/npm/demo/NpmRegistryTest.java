package dev.packyard.formats.npm.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.packyard.demo.ArchiveContents;
import dev.packyard.demo.common.DemoRequest;
import dev.packyard.demo.common.DemoResponse;
import dev.packyard.demo.common.Digests;
import dev.packyard.testing.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NpmRegistryTest {
    private static final String BASE = "http://127.0.0.1:4873/npm/";
    private final ObjectMapper json = new ObjectMapper();
    private final MutableClock clock = MutableClock.startingAt("2026-06-01T12:00:00Z");
    private final NpmRegistry registry = new NpmRegistry(clock);

    @Test
    void everyListedTarballHasTheListedHashesAndUnpacksToAPackage() throws Exception {
        for (String name : registry.packageNames()) {
            JsonNode packument = get(name, "application/json");
            packument.get("versions").fields().forEachRemaining(version -> {
                JsonNode dist = version.getValue().get("dist");
                String tarballUrl = dist.get("tarball").asText();
                assertThat(tarballUrl).startsWith(BASE + name + "/-/");
                byte[] tarball = registry.handle(new DemoRequest(tarballUrl.substring(BASE.length()), "", BASE)).body();
                Digests digests = Digests.of(tarball);
                assertThat(dist.get("shasum").asText()).isEqualTo(digests.sha1Hex());
                assertThat(dist.get("integrity").asText()).isEqualTo("sha512-" + digests.sha512Base64());
                try {
                    Map<String, String> files = ArchiveContents.untgz(tarball);
                    assertThat(files).containsOnlyKeys("package/package.json", "package/index.js", "package/README.md");
                    JsonNode pkg = json.readTree(files.get("package/package.json"));
                    assertThat(pkg.get("name").asText()).isEqualTo(name);
                    assertThat(pkg.get("version").asText()).isEqualTo(version.getKey());
                    assertThat(pkg.get("dependencies")).isEqualTo(version.getValue().get("dependencies"));
                } catch (Exception e) {
                    throw new AssertionError("Tarball of " + name + "@" + version.getKey() + " does not unpack", e);
                }
            });
        }
    }

    @Test
    void scopedNamesAnswerInBothSpellingsWithScopedTarballUrls() throws Exception {
        JsonNode encoded = get("@demo%2fgreeter", "application/json");
        JsonNode plain = get("@demo/greeter", "application/json");
        assertThat(encoded).isEqualTo(plain);
        assertThat(plain.at("/versions/2.0.0/dist/tarball").asText())
                .isEqualTo(BASE + "@demo/greeter/-/greeter-2.0.0.tgz");
        assertThat(plain.at("/versions/2.0.0/dependencies/@demo~1config").asText()).isEqualTo("^1.0.0");
    }

    @Test
    void installersGetTheAbbreviatedDocumentAndBrowsersTheFullOne() throws Exception {
        DemoResponse abbreviated = registry.handle(new DemoRequest("tree-top",
                "application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8, */*", BASE));
        assertThat(abbreviated.contentType()).isEqualTo(NpmRegistry.ABBREVIATED);
        JsonNode small = json.readTree(abbreviated.body());
        assertThat(small.has("time")).isFalse();
        assertThat(small.at("/dist-tags/latest").asText()).isEqualTo("1.1.0");
        assertThat(small.at("/versions/1.1.0/dependencies/tree-middle").asText()).isEqualTo("^2.0.0");

        JsonNode full = get("tree-top", "application/json");
        assertThat(full.at("/time/1.0.0").asText()).isEqualTo("2024-03-01T23:30:00.000Z");
        assertThat(full.at("/time/created").asText()).isEqualTo(full.at("/time/1.0.0").asText());
        assertThat(full.at("/time/modified").asText()).isEqualTo(full.at("/time/1.1.0").asText());
    }

    @Test
    void theCatalogueIsTheSameByteForByteOnEveryRun() {
        NpmRegistry other = new NpmRegistry(Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC));
        for (String name : registry.packageNames()) {
            DemoRequest request = new DemoRequest(name, "", BASE);
            assertThat(other.handle(request).body()).isEqualTo(registry.handle(request).body());
        }
    }

    @Test
    void publishingAddsTheNextPatchVersionAsLatestWithCorrectHashes() throws Exception {
        clock.advance(Duration.ofMinutes(5));
        assertThat(registry.publishNextVersion("tree-leaf")).isEqualTo("1.2.1");

        JsonNode packument = get("tree-leaf", "application/json");
        assertThat(packument.at("/dist-tags/latest").asText()).isEqualTo("1.2.1");
        assertThat(packument.at("/time/1.2.1").asText()).isEqualTo("2026-06-01T12:05:00.000Z");
        byte[] tarball = registry.handle(new DemoRequest("tree-leaf/-/tree-leaf-1.2.1.tgz", "", BASE)).body();
        assertThat(packument.at("/versions/1.2.1/dist/shasum").asText()).isEqualTo(Digests.of(tarball).sha1Hex());
        assertThat(ArchiveContents.untgz(tarball).get("package/package.json")).contains("\"version\" : \"1.2.1\"");
    }

    @Test
    void unknownPackagesAndTarballsAre404WithAJsonError() throws Exception {
        DemoResponse missing = registry.handle(new DemoRequest("no-such-package", "", BASE));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(json.readTree(missing.body()).get("error").asText()).contains("no-such-package");
        assertThat(registry.handle(new DemoRequest("tree-leaf/-/tree-leaf-9.9.9.tgz", "", BASE)).status()).isEqualTo(404);
    }

    private JsonNode get(String path, String accept) throws Exception {
        DemoResponse response = registry.handle(new DemoRequest(path, accept, BASE));
        assertThat(response.status()).as("status of %s", path).isEqualTo(200);
        return json.readTree(response.body());
    }
}
