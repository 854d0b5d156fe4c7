package dev.packyard.server.packages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.packyard.demo.conditions.OutageMode;
import dev.packyard.model.PackageFormat;
import dev.packyard.service.packages.PublishException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Test;

/** The npm endpoint against the real server and the demo registry: documents, tarballs, publishing and its refusals. */
class NpmEndpointTest extends PackageServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void withoutATokenTheAnswerIs401WithABasicChallengeAndWhatToDo() throws Exception {
        PackageServerFixture.Answer none = f.call(new Request.Builder().url(f.endpoint("npm", "app") + "tree-top").build());
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.headers().get("WWW-Authenticate")).isEqualTo("Basic realm=\"Packyard\"");
        assertThat(none.body()).contains("get-authorization-token");

        PackageServerFixture.Answer unknown = f.call(new Request.Builder().url(f.endpoint("npm", "app") + "tree-top")
                .header("Authorization", "Bearer pyd1.not-a-real-token").build());
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.body()).contains("unknown or has expired");

        f.backend.catalog().domains().create("other", null);
        String otherToken = f.backend.catalog().tokens().issue(null, "other", null).token();
        PackageServerFixture.Answer wrongDomain = f.call(new Request.Builder().url(f.endpoint("npm", "app") + "tree-top")
                .header("Authorization", "Bearer " + otherToken).build());
        assertThat(wrongDomain.status()).isEqualTo(403);
        assertThat(wrongDomain.body()).contains("for domain other");
    }

    @Test
    void thePackumentOffersTheRegistryVersionsWithTarballsPointingBackAtPackyard() throws Exception {
        PackageServerFixture.Answer answer = f.call(f.authorized(f.endpoint("npm", "app") + "@demo%2fgreeter").build());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode doc = JSON.readTree(answer.body());
        assertThat(doc.path("dist-tags").path("latest").asText()).isEqualTo("2.0.0");
        JsonNode v2 = doc.path("versions").path("2.0.0");
        assertThat(v2.path("dependencies").path("@demo/config").asText()).isEqualTo("^1.0.0");
        String tarball = v2.path("dist").path("tarball").asText();
        assertThat(tarball).isEqualTo(f.endpoint("npm", "app") + "@demo/greeter/-/greeter-2.0.0.tgz");
        assertThat(v2.path("dist").path("integrity").asText()).startsWith("sha512-");
        assertThat(JSON.readTree(f.call(f.authorized(f.endpoint("npm", "app") + "-/package/@demo%2fgreeter/dist-tags").build())
                .body()).path("latest").asText()).as("npm dist-tag ls").isEqualTo("2.0.0");

        PackageServerFixture.Answer abbreviated = f.call(f.authorized(f.endpoint("npm", "app") + "@demo/greeter")
                .header("Accept", "application/vnd.npm.install-v1+json").build());
        assertThat(abbreviated.headers().get("Content-Type")).startsWith("application/vnd.npm.install-v1+json");
        assertThat(JSON.readTree(abbreviated.body()).path("versions").path("2.0.0").has("description")).isFalse();

        byte[] tgz;
        try (okhttp3.Response r = f.http.newCall(f.authorized(tarball).build()).execute()) {
            assertThat(r.code()).isEqualTo(200);
            tgz = r.body().bytes();
        }
        assertThat("sha512-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-512").digest(tgz)))
                .isEqualTo(v2.path("dist").path("integrity").asText());
    }

    @Test
    void aPackageNothingHasIs404ButDuringAnOutageItIs503UpstreamUnavailable() throws Exception {
        assertThat(f.call(f.authorized(f.endpoint("npm", "app") + "no-such-package").build()).status()).isEqualTo(404);

        f.demo.controls(PackageFormat.NPM).goDown(OutageMode.SERVICE_UNAVAILABLE);
        PackageServerFixture.Answer answer = f.call(f.authorized(f.endpoint("npm", "app") + "tiny-date").build());
        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.headers().get("Retry-After")).isNotBlank();
        assertThat(answer.body().toLowerCase()).contains("upstream unavailable");
    }

    @Test
    void publishingStoresTheVersionAsInternalAndServesItsManifest() throws Exception {
        PackageServerFixture.Answer put = f.call(publish("@team/mine", "1.0.0", "{\"tree-leaf\":\"^1.0.0\"}"));
        assertThat(put.status()).as(put.body()).isEqualTo(200);

        JsonNode doc = JSON.readTree(f.call(f.authorized(f.endpoint("npm", "app") + "@team%2fmine").build()).body());
        assertThat(doc.path("dist-tags").path("latest").asText()).isEqualTo("1.0.0");
        assertThat(doc.path("versions").path("1.0.0").path("dependencies").path("tree-leaf").asText()).isEqualTo("^1.0.0");
        assertThat(doc.path("versions").path("1.0.0").path("dist").path("tarball").asText())
                .isEqualTo(f.endpoint("npm", "app") + "@team/mine/-/mine-1.0.0.tgz");
        assertThat(f.backend.catalog().versions().describe(f.backend.catalog().locator().locate(null, "demo", "app", "npm", "team", "mine"), "1.0.0")
                .origin().type().name()).isEqualTo("INTERNAL");

        assertThat(f.call(publish("@team/mine", "1.0.0", "{}")).status()).as("same version again").isEqualTo(409);
    }

    @Test
    void anUnlistedVersionLeavesTheDocumentButItsTarballStillDownloads() throws Exception {
        assertThat(f.call(publish("@team/mine", "1.0.0", "{}")).status()).isEqualTo(200);
        f.clock.advance(java.time.Duration.ofMinutes(1));
        assertThat(f.call(publish("@team/mine", "1.1.0", "{}")).status()).isEqualTo(200);
        f.backend.catalog().versions().updateStatus(f.backend.catalog().locator().locate(null, "demo", "app", "npm", "team", "mine"),
                List.of("1.1.0"), java.util.Map.of(), null, "Unlisted");

        JsonNode doc = JSON.readTree(f.call(f.authorized(f.endpoint("npm", "app") + "@team%2fmine").build()).body());
        assertThat(doc.path("versions").has("1.1.0")).isFalse();
        assertThat(doc.path("dist-tags").path("latest").asText()).isEqualTo("1.0.0");
        assertThat(f.call(f.authorized(f.endpoint("npm", "app") + "@team/mine/-/mine-1.1.0.tgz").build()).status())
                .isEqualTo(200);
    }

    @Test
    void aVersionThePublicRegistryHasCannotBePublishedAndABlockedPackageIsRefused() throws Exception {
        PackageServerFixture.Answer conflict = f.call(publish("string-kit", "1.0.0", "{}"));
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(JSON.readTree(conflict.body()).path("error").asText()).contains("public registry");

        f.backend.catalog().packages().putOriginConfiguration(null, "demo", "app", "npm", null, "locked-down", "BLOCK", "ALLOW");
        PackageServerFixture.Answer blocked = f.call(publish("locked-down", "1.0.0", "{}"));
        assertThat(blocked.status()).isEqualTo(403);
        assertThat(blocked.body()).contains("publish=BLOCK");
    }

    @Test
    void aPublishDuringAnOutageGoesThroughAndIsRecorded() throws Exception {
        f.demo.controls(PackageFormat.NPM).goDown(OutageMode.SERVICE_UNAVAILABLE);
        PackageServerFixture.Answer put = f.call(publish("fresh-name", "1.0.0", "{}"));
        assertThat(put.status()).as(put.body()).isEqualTo(200);

        List<PublishException> recorded = f.backend.publishing().publishExceptions().list(null, "demo", null);
        assertThat(recorded).hasSize(1);
        assertThat(recorded.get(0).coordinate().name()).isEqualTo("fresh-name");
        assertThat(recorded.get(0).version()).isEqualTo("1.0.0");
        assertThat(recorded.get(0).repository().name()).isEqualTo("app");
        assertThat(recorded.get(0).connectionName()).isEqualTo("public:npmjs");
        assertThat(recorded.get(0).describe()).contains("without checking public:npmjs");
    }

    private Request publish(String name, String version, String dependencies) throws Exception {
        byte[] tarball = ("pretend tarball of " + name + " " + version).getBytes(StandardCharsets.UTF_8);
        String integrity = "sha512-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-512").digest(tarball));
        String shasum = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(tarball));
        String body = """
                {"_id":"%1$s","name":"%1$s","dist-tags":{"latest":"%2$s"},
                 "versions":{"%2$s":{"name":"%1$s","version":"%2$s","dependencies":%3$s,
                   "dist":{"integrity":"%4$s","shasum":"%5$s","tarball":"http://elsewhere/x.tgz"}}},
                 "_attachments":{"%1$s-%2$s.tgz":{"content_type":"application/octet-stream","data":"%6$s","length":%7$d}}}
                """.formatted(name, version, dependencies, integrity, shasum, Base64.getEncoder().encodeToString(tarball),
                tarball.length);
        String path = name.replace("/", "%2f");
        return f.authorized(f.endpoint("npm", "app") + path)
                .put(RequestBody.create(body, MediaType.get("application/json"))).build();
    }
}
