package dev.packyard.server.packages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Test;

/**
 * The HTTP shapes of the npm commands beyond install and publish, against the real server and the demo registry:
 * dist-tags, ping, whoami, search, deprecate, and the 405 refusals of unpublish and audit.
 */
class NpmCommandsEndpointTest extends PackageServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final MediaType JSON_TYPE = MediaType.get("application/json");

    @Test
    void publishWithATagLeavesLatestWhereItWasAndTheControlPlaneShowsLatest() throws Exception {
        assertThat(f.call(publish("app", "@team/lib", "1.0.0", "latest")).status()).isEqualTo(200);
        f.clock.advance(Duration.ofMinutes(1));
        assertThat(f.call(publish("app", "@team/lib", "2.0.0-beta.1", "beta")).status()).isEqualTo(200);

        JsonNode tags = packument("app", "@team%2flib").path("dist-tags");
        assertThat(tags.path("latest").asText()).isEqualTo("1.0.0");
        assertThat(tags.path("beta").asText()).isEqualTo("2.0.0-beta.1");
        assertThat(f.backend.catalog().versions().list(f.backend.catalog().locator().locate(null, "demo", "app", "npm", "team", "lib"),
                null, null, null, null, null).defaultDisplayVersion()).contains("1.0.0");

        f.clock.advance(Duration.ofMinutes(1));
        assertThat(f.call(publish("app", "@team/lib", "1.1.0", "latest")).status()).isEqualTo(200);
        assertThat(packument("app", "@team%2flib").path("dist-tags").path("latest").asText()).isEqualTo("1.1.0");
    }

    @Test
    void distTagsAreAddedListedAndRemovedWithTheRegistryPaths() throws Exception {
        f.call(publish("app", "@team/lib", "1.0.0", "latest"));
        f.clock.advance(Duration.ofMinutes(1));
        f.call(publish("app", "@team/lib", "2.0.0", "next"));
        String tags = f.endpoint("npm", "app") + "-/package/@team%2flib/dist-tags";

        PackageServerFixture.Answer added = f.call(f.authorized(tags + "/stable").put(RequestBody.create("\"2.0.0\"", JSON_TYPE)).build());
        assertThat(added.status()).as(added.body()).isEqualTo(200);
        assertThat(JSON.readTree(f.call(f.authorized(tags).build()).body()))
                .isEqualTo(JSON.readTree("{\"latest\":\"1.0.0\",\"next\":\"2.0.0\",\"stable\":\"2.0.0\"}"));
        assertThat(packument("app", "@team/lib").path("dist-tags").path("stable").asText()).isEqualTo("2.0.0");

        assertThat(f.call(f.authorized(tags + "/stable").delete().build()).status()).isEqualTo(200);
        assertThat(JSON.readTree(f.call(f.authorized(tags).build()).body()).has("stable")).isFalse();

        PackageServerFixture.Answer latest = f.call(f.authorized(tags + "/latest").delete().build());
        assertThat(latest.status()).isEqualTo(400);
        assertThat(error(latest)).contains("latest tag cannot be removed");
        PackageServerFixture.Answer unknownTag = f.call(f.authorized(tags + "/nightly").delete().build());
        assertThat(unknownTag.status()).isEqualTo(404);
        assertThat(error(unknownTag)).contains("'nightly' is not a dist-tag of");
        PackageServerFixture.Answer noVersion = f.call(f.authorized(tags + "/stable").put(RequestBody.create("\"9.9.9\"", JSON_TYPE)).build());
        assertThat(noVersion.status()).isEqualTo(404);
        assertThat(error(noVersion)).contains("@team/lib@9.9.9 is not available");
        PackageServerFixture.Answer rangeTag = f.call(f.authorized(tags + "/1.x").put(RequestBody.create("\"1.0.0\"", JSON_TYPE)).build());
        assertThat(rangeTag.status()).isEqualTo(400);
        assertThat(error(rangeTag)).contains("must not look like a version");
    }

    @Test
    void aDistTagBodyOverOneMiBIs413AndTagsNothing() throws Exception {
        f.call(publish("app", "@team/lib", "1.0.0", "latest"));
        String tags = f.endpoint("npm", "app") + "-/package/@team%2flib/dist-tags";
        String huge = "\"1.0.0" + " ".repeat(DocumentBodies.MAX_BYTES) + "\"";

        PackageServerFixture.Answer answer = f.call(f.authorized(tags + "/stable").put(RequestBody.create(huge, JSON_TYPE)).build());
        assertThat(answer.status()).as(answer.body()).isEqualTo(413);
        assertThat(error(answer)).contains("is larger than 1 MiB");
        assertThat(JSON.readTree(f.call(f.authorized(tags).build()).body()).has("stable")).isFalse();
    }

    @Test
    void aTagIsKeptOnlyOnAPackageTheRepositoryHolds() throws Exception {
        PackageServerFixture.Answer answer = f.call(f.authorized(f.endpoint("npm", "app") + "-/package/tree-top/dist-tags/stable")
                .put(RequestBody.create("\"1.0.0\"", JSON_TYPE)).build());
        assertThat(answer.status()).isEqualTo(404);
        assertThat(error(answer)).contains("tree-top has no versions in repository app");
    }

    @Test
    void tagsOfARepositoryWinOverTheSameTagOfItsUpstream() throws Exception {
        f.backend.catalog().repositories().create(null, "demo", "team", null, null);
        f.backend.catalog().repositories().create(null, "demo", "consumer", null, List.of("team"));
        f.call(publish("team", "shared-lib", "1.0.0", "latest"));
        f.clock.advance(Duration.ofMinutes(1));
        f.call(publish("team", "shared-lib", "1.1.0", "candidate"));
        assertThat(packument("consumer", "shared-lib").path("dist-tags"))
                .isEqualTo(JSON.readTree("{\"latest\":\"1.0.0\",\"candidate\":\"1.1.0\"}"));

        f.call(publish("consumer", "shared-lib", "1.2.0", "candidate"));
        JsonNode merged = packument("consumer", "shared-lib").path("dist-tags");
        assertThat(merged.path("candidate").asText()).as("the nearer repository's tag").isEqualTo("1.2.0");
        assertThat(merged.path("latest").asText()).as("consumer's own latest, its first publish").isEqualTo("1.2.0");
        assertThat(packument("team", "shared-lib").path("dist-tags").path("candidate").asText()).isEqualTo("1.1.0");
    }

    @Test
    void copyPackageVersionsCarriesTheTagsNamingTheCopiedVersionsAndTheirManifests() throws Exception {
        f.backend.catalog().repositories().create(null, "demo", "staging", null, null);
        f.backend.catalog().repositories().create(null, "demo", "release", null, null);
        f.call(publish("staging", "web-helper", "1.0.0", "latest"));
        f.call(publish("release", "web-helper", "1.0.0", "latest"));
        f.clock.advance(Duration.ofMinutes(1));
        f.call(publish("staging", "web-helper", "1.0.1", "latest"));
        f.call(publish("staging", "web-helper", "2.0.0-rc.1", "next"));
        f.call(publish("release", "web-helper", "0.9.0", "legacy"));

        var result = f.backend.catalog().copier().copy(null, "demo", "staging", "release", "npm", null, "web-helper",
                List.of("1.0.1"), null, false, false);
        assertThat(result.failed()).isEmpty();

        JsonNode release = packument("release", "web-helper");
        assertThat(release.path("dist-tags")).as("latest moves to the copied 1.0.1; next names a version not copied")
                .isEqualTo(JSON.readTree("{\"latest\":\"1.0.1\",\"legacy\":\"0.9.0\"}"));
        assertThat(release.path("versions").path("1.0.1").path("description").asText())
                .as("the manifest it was published with").isEqualTo("Published by the test: web-helper");
        assertThat(f.backend.catalog().versions().list(f.backend.catalog().locator().locate(null, "demo", "release", "npm", null, "web-helper"),
                null, null, null, null, null).defaultDisplayVersion()).contains("1.0.1");

        f.backend.catalog().copier().copy(null, "demo", "staging", "release", "npm", null, "web-helper", List.of("2.0.0-rc.1"), null, false, false);
        assertThat(packument("release", "web-helper").path("dist-tags").path("next").asText()).isEqualTo("2.0.0-rc.1");
        assertThat(packument("release", "web-helper").path("dist-tags").path("latest").asText()).isEqualTo("1.0.1");
    }

    @Test
    void aVersionRetainedFromAnUpstreamRepositoryLeavesTheUpstreamsLaterVersionsVisible() throws Exception {
        f.backend.catalog().repositories().create(null, "demo", "team", null, null);
        f.backend.catalog().repositories().create(null, "demo", "consumer", null, List.of("team"));
        f.call(publish("team", "shared-lib", "1.0.0", "latest"));
        PackageServerFixture.Answer tarball = f.call(f.authorized(f.endpoint("npm", "consumer") + "shared-lib/-/shared-lib-1.0.0.tgz").build());
        assertThat(tarball.status()).isEqualTo(200);
        f.clock.advance(Duration.ofMinutes(1));
        f.call(publish("team", "shared-lib", "1.1.0", "candidate"));

        JsonNode consumer = packument("consumer", "shared-lib");
        assertThat(consumer.path("versions").has("1.1.0")).as("ingested first, so upstream=ALLOW").isTrue();
        assertThat(consumer.path("dist-tags").path("candidate").asText()).isEqualTo("1.1.0");
    }

    @Test
    void pingAndWhoamiAnswerForAValidTokenOnly() throws Exception {
        PackageServerFixture.Answer ping = f.call(f.authorized(f.endpoint("npm", "app") + "-/ping?write=true").build());
        assertThat(ping.status()).isEqualTo(200);
        assertThat(JSON.readTree(ping.body()).isObject()).isTrue();
        PackageServerFixture.Answer whoami = f.call(f.authorized(f.endpoint("npm", "app") + "-/whoami").build());
        assertThat(JSON.readTree(whoami.body()).path("username").asText()).isEqualTo("aws@demo-" + f.owner);

        assertThat(f.call(new Request.Builder().url(f.endpoint("npm", "app") + "-/ping").build()).status()).isEqualTo(401);
        assertThat(f.call(new Request.Builder().url(f.endpoint("npm", "app") + "-/whoami")
                .header("Authorization", "Bearer pyd1.not-a-token").build()).status()).isEqualTo(401);
        PackageServerFixture.Answer unknown = f.call(f.authorized(f.endpoint("npm", "app") + "-/user/org.couchdb.user:me").build());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(error(unknown)).contains("-/ping, -/whoami, -/v1/search");
    }

    @Test
    void searchFindsTheRepositorysPackagesByNameOrDescriptionWithTheirLatestVersion() throws Exception {
        f.call(publish("app", "@team/lib", "1.0.0", "latest"));
        f.clock.advance(Duration.ofMinutes(1));
        f.call(publish("app", "@team/lib", "2.0.0-beta.1", "beta"));
        f.call(publish("app", "lib-helper", "0.3.0", "latest"));
        f.call(publish("app", "unrelated", "1.0.0", "latest"));

        JsonNode found = search("text=lib&size=20&from=0");
        assertThat(found.path("total").asInt()).isEqualTo(2);
        assertThat(found.path("objects")).extracting(o -> o.path("package").path("name").asText())
                .containsExactly("@team/lib", "lib-helper");
        JsonNode lib = found.path("objects").get(0).path("package");
        assertThat(lib.path("version").asText()).as("latest, not the newer beta").isEqualTo("1.0.0");
        assertThat(lib.path("description").asText()).isEqualTo("Published by the test: @team/lib");
        assertThat(lib.path("maintainers").isArray()).isTrue();
        assertThat(found.path("objects").get(0).path("score").path("final").isNumber()).isTrue();

        assertThat(search("text=published+test").path("total").asInt()).as("words of the description").isEqualTo(3);
        assertThat(search("text=lib&size=1&from=1").path("objects")).singleElement()
                .satisfies(o -> assertThat(o.path("package").path("name").asText()).isEqualTo("lib-helper"));
        assertThat(search("text=nothing-like-it").path("objects")).isEmpty();
        PackageServerFixture.Answer bad = f.call(f.authorized(f.endpoint("npm", "app") + "-/v1/search?text=lib&size=many").build());
        assertThat(bad.status()).isEqualTo(400);
        assertThat(error(bad)).contains("size must be a whole number");
    }

    @Test
    void deprecateKeepsTheMessageInTheDocumentAndAnEmptyMessageTakesItBack() throws Exception {
        f.call(publish("app", "@team/lib", "1.0.0", "latest"));
        ObjectNode doc = (ObjectNode) packument("app", "@team%2flib");
        ((ObjectNode) doc.path("versions").path("1.0.0")).put("deprecated", "use 2.x");
        PackageServerFixture.Answer put = f.call(f.authorized(f.endpoint("npm", "app") + "@team%2flib")
                .put(RequestBody.create(JSON.writeValueAsString(doc), JSON_TYPE)).build());
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(packument("app", "@team%2flib").path("versions").path("1.0.0").path("deprecated").asText()).isEqualTo("use 2.x");
        JsonNode abbreviated = JSON.readTree(f.call(f.authorized(f.endpoint("npm", "app") + "@team%2flib")
                .header("Accept", "application/vnd.npm.install-v1+json").build()).body());
        assertThat(abbreviated.path("versions").path("1.0.0").path("deprecated").asText()).isEqualTo("use 2.x");

        ((ObjectNode) doc.path("versions").path("1.0.0")).put("deprecated", "");
        f.call(f.authorized(f.endpoint("npm", "app") + "@team%2flib").put(RequestBody.create(JSON.writeValueAsString(doc), JSON_TYPE)).build());
        assertThat(packument("app", "@team%2flib").path("versions").path("1.0.0").has("deprecated")).isFalse();
    }

    @Test
    void aDocumentWithoutATarballCannotAddAVersion() throws Exception {
        f.call(publish("app", "@team/lib", "1.0.0", "latest"));
        ObjectNode doc = (ObjectNode) packument("app", "@team%2flib");
        ((ObjectNode) doc.path("versions")).set("1.1.0", doc.path("versions").path("1.0.0").deepCopy());
        PackageServerFixture.Answer answer = f.call(f.authorized(f.endpoint("npm", "app") + "@team%2flib")
                .put(RequestBody.create(JSON.writeValueAsString(doc), JSON_TYPE)).build());
        assertThat(answer.status()).isEqualTo(400);
        assertThat(error(answer)).contains("@team/lib@1.1.0 is not in repository app").contains("npm publish");
        assertThat(packument("app", "@team%2flib").path("versions").has("1.1.0")).isFalse();
    }

    @Test
    void aVersionFromThePublicRegistryCannotBeDeprecatedHere() throws Exception {
        ObjectNode doc = (ObjectNode) packument("app", "tree-leaf");
        ((ObjectNode) doc.path("versions").path("1.2.0")).put("deprecated", "not ours");
        PackageServerFixture.Answer answer = f.call(f.authorized(f.endpoint("npm", "app") + "tree-leaf")
                .put(RequestBody.create(JSON.writeValueAsString(doc), JSON_TYPE)).build());
        assertThat(answer.status()).isEqualTo(403);
        assertThat(error(answer)).contains("tree-leaf@1.2.0 was not published to repository app");
        assertThat(packument("app", "tree-leaf").path("versions").path("1.2.0").has("deprecated")).isFalse();
    }

    @Test
    void unpublishIsRefusedWith405AndTheCodeArtifactOperationsToUseAndNothingIsRemoved() throws Exception {
        f.call(publish("app", "@team/lib", "1.0.0", "latest"));
        f.clock.advance(Duration.ofMinutes(1));
        f.call(publish("app", "@team/lib", "1.1.0", "latest"));
        ObjectNode doc = (ObjectNode) packument("app", "@team%2flib");
        ((ObjectNode) doc.path("versions")).remove("1.0.0");

        PackageServerFixture.Answer version = f.call(f.authorized(f.endpoint("npm", "app") + "@team%2flib/-rev/undefined")
                .put(RequestBody.create(JSON.writeValueAsString(doc), JSON_TYPE)).build());
        assertThat(version.status()).isEqualTo(405);
        assertThat(error(version)).contains("npm unpublish is not supported by CodeArtifact")
                .contains("aws codeartifact delete-package-versions --domain demo --domain-owner " + f.owner
                        + " --repository app --format npm --namespace team --package lib --versions VERSION");
        PackageServerFixture.Answer whole = f.call(f.authorized(f.endpoint("npm", "app") + "@team%2flib/-rev/undefined").delete().build());
        assertThat(whole.status()).isEqualTo(405);
        assertThat(error(whole)).contains("aws codeartifact delete-package --domain demo");
        PackageServerFixture.Answer tarball = f.call(f.authorized(f.endpoint("npm", "app") + "@team/lib/-/lib-1.0.0.tgz/-rev/undefined")
                .delete().build());
        assertThat(tarball.status()).isEqualTo(405);

        assertThat(packument("app", "@team%2flib").path("versions").has("1.0.0")).isTrue();
        assertThat(f.call(f.authorized(f.endpoint("npm", "app") + "@team/lib/-/lib-1.0.0.tgz").build()).status()).isEqualTo(200);
    }

    @Test
    void auditIsRefusedWith405AndAMessageNpmPrints() throws Exception {
        for (String path : List.of("-/npm/v1/security/advisories/bulk", "-/npm/v1/security/audits/quick")) {
            PackageServerFixture.Answer answer = f.call(f.authorized(f.endpoint("npm", "app") + path)
                    .post(RequestBody.create("{\"tree-leaf\":[\"1.2.0\"]}", JSON_TYPE)).build());
            assertThat(answer.status()).as(path).isEqualTo(405);
            assertThat(error(answer)).contains("npm audit is not supported by CodeArtifact").doesNotContain("--endpoint-url");
        }
    }

    @Test
    void yarnOneWithoutATokenIsToldTheAlwaysAuthLineToAdd() throws Exception {
        String url = f.endpoint("npm", "app") + "tree-top";
        PackageServerFixture.Answer yarn = f.call(new Request.Builder().url(url).header("User-Agent", "yarn/1.22.22 npm/? node/v20.20.2 linux x64").build());
        assertThat(yarn.status()).isEqualTo(401);
        assertThat(error(yarn)).contains("//127.0.0.1:" + f.server.port() + "/d/demo/" + f.owner + "/npm/app/:always-auth=true");

        PackageServerFixture.Answer npm = f.call(new Request.Builder().url(url).header("User-Agent", "npm/11.19.1 node/v20.20.2").build());
        assertThat(npm.status()).isEqualTo(401);
        assertThat(error(npm)).doesNotContain("always-auth");
    }

    private JsonNode packument(String repository, String name) throws Exception {
        PackageServerFixture.Answer answer = f.call(f.authorized(f.endpoint("npm", repository) + name).build());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private JsonNode search(String query) throws Exception {
        PackageServerFixture.Answer answer = f.call(f.authorized(f.endpoint("npm", "app") + "-/v1/search?" + query).build());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private static String error(PackageServerFixture.Answer answer) throws Exception {
        return JSON.readTree(answer.body()).path("error").asText();
    }

    /** What {@code npm publish [--tag TAG]} sends: the document with one version, its tarball and the tag naming it. */
    private Request publish(String repository, String name, String version, String tag) throws Exception {
        byte[] tarball = ("pretend tarball of " + name + " " + version).getBytes(StandardCharsets.UTF_8);
        String integrity = "sha512-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-512").digest(tarball));
        String shasum = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(tarball));
        String body = """
                {"_id":"%1$s","name":"%1$s","description":"Published by the test: %1$s","dist-tags":{"%7$s":"%2$s"},
                 "versions":{"%2$s":{"name":"%1$s","version":"%2$s","description":"Published by the test: %1$s",
                   "dist":{"integrity":"%3$s","shasum":"%4$s","tarball":"http://elsewhere/x.tgz"}}},
                 "_attachments":{"%1$s-%2$s.tgz":{"content_type":"application/octet-stream","data":"%5$s","length":%6$d}}}
                """.formatted(name, version, integrity, shasum, Base64.getEncoder().encodeToString(tarball), tarball.length, tag);
        return f.authorized(f.endpoint("npm", repository) + name.replace("/", "%2f")).put(RequestBody.create(body, JSON_TYPE)).build();
    }
}
