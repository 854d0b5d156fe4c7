package dev.packyard.formats.nuget;

import dev.packyard.service.packages.PackageQuery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.packyard.demo.conditions.OutageMode;
import dev.packyard.model.PackageFormat;
import dev.packyard.model.PackageVersion;
import dev.packyard.service.packages.PublishException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Test;

/**
 * PackagePublish as the NuGet client uses it: {@code PUT} of multipart form data with the .nupkg and an
 * {@code X-NuGet-ApiKey}, {@code DELETE} to unlist (the version stays downloadable), {@code POST} to relist; and the
 * publish rules: 409 for a version that exists here or in the public gallery, let through and recorded in an outage.
 */
class NugetPushTest extends NugetFeedTest {
    @Test
    void aPushedPackageIsServedNormalisedAndASecondPushOfItIs409() throws Exception {
        byte[] widgets = NugetFeedFixture.nupkg("Team.Widgets", "02.0.0-Beta.1", "Demo.Tree.Leaf", "[1.0.0, )");
        NugetFeedFixture.Answer pushed = push(widgets);
        assertThat(pushed.status()).as(pushed.text()).isEqualTo(201);

        String flat = f.endpoint("app") + "v3/flatcontainer/";
        assertThat(versions(flat + "team.widgets/index.json")).containsExactly("2.0.0-beta.1");
        JsonNode entry = f.json(f.endpoint("app") + "v3/registrations/team.widgets/index.json")
                .path("items").path(0).path("items").path(0).path("catalogEntry");
        assertThat(entry.path("id").asText()).isEqualTo("Team.Widgets");
        assertThat(entry.path("version").asText()).as("normalised, label case kept").isEqualTo("2.0.0-Beta.1");
        assertThat(entry.path("listed").asBoolean()).isTrue();
        assertThat(entry.path("licenseExpression").asText()).isEqualTo("Apache-2.0");
        assertThat(entry.path("dependencyGroups").path(0).path("targetFramework").asText()).isEqualTo("net8.0");
        assertThat(entry.path("dependencyGroups").path(0).path("dependencies").path(0).path("range").asText()).isEqualTo("[1.0.0, )");
        NugetFeedFixture.Answer file = f.get(flat + "team.widgets/2.0.0-beta.1/team.widgets.2.0.0-beta.1.nupkg");
        assertThat(file.status()).isEqualTo(200);
        assertThat(java.util.Arrays.equals(file.body(), widgets)).as("the pushed bytes come back").isTrue();

        PackageVersion stored = f.backend.catalog().versions().describe(f.backend.catalog().locator().locate(null, "demo", "app", "nuget", null,
                "Team.Widgets"), "2.0.0-Beta.1");
        assertThat(stored.origin().type().name()).isEqualTo("INTERNAL");

        NugetFeedFixture.Answer again = push(NugetFeedFixture.nupkg("team.widgets", "2.0.0-beta.1", null, null));
        assertThat(again.status()).as("the same version, however it is spelled").isEqualTo(409);
    }

    @Test
    void deleteUnlistsTheVersionWhichStaysDownloadableAndPostRelistsIt() throws Exception {
        assertThat(push(NugetFeedFixture.nupkg("Team.Tools", "1.0.0", null, null)).status()).isEqualTo(201);
        f.clock.advance(java.time.Duration.ofMinutes(1));
        assertThat(push(NugetFeedFixture.nupkg("Team.Tools", "1.1.0", null, null)).status()).isEqualTo(201);
        assertThat(searchIds("tools")).containsExactly("Team.Tools@1.1.0");
        assertThat(searchIds("packageid:Team.Tools")).as("the client's id form").containsExactly("Team.Tools@1.1.0");
        assertThat(searchIds("widgets")).isEmpty();

        NugetFeedFixture.Answer unlisted = f.call(f.authorized(f.endpoint("app") + "v2/package/Team.Tools/1.1.0")
                .header("X-NuGet-ApiKey", "unused").delete().build());
        assertThat(unlisted.status()).as(unlisted.text()).isEqualTo(204);

        JsonNode leaves = f.json(f.endpoint("app") + "v3/registrations/team.tools/index.json").path("items").path(0).path("items");
        assertThat(leaves.path(1).path("catalogEntry").path("listed").asBoolean()).isFalse();
        assertThat(leaves.path(0).path("catalogEntry").path("listed").asBoolean()).isTrue();
        assertThat(searchIds("tools")).as("search finds listed versions only").containsExactly("Team.Tools@1.0.0");
        assertThat(versions(f.endpoint("app") + "v3/flatcontainer/team.tools/index.json")).containsExactly("1.0.0", "1.1.0");
        assertThat(f.get(f.endpoint("app") + "v3/flatcontainer/team.tools/1.1.0/team.tools.1.1.0.nupkg").status())
                .as("an unlisted version is still restored by its exact version").isEqualTo(200);

        NugetFeedFixture.Answer relisted = f.call(f.authorized(f.endpoint("app") + "v2/package/team.tools/1.1.0")
                .post(RequestBody.create(new byte[0])).build());
        assertThat(relisted.status()).isEqualTo(200);
        assertThat(searchIds("tools")).containsExactly("Team.Tools@1.1.0");

        NugetFeedFixture.Answer nothing = f.call(f.authorized(f.endpoint("app") + "v2/package/team.tools/9.0.0").delete().build());
        assertThat(nothing.status()).isEqualTo(404);
        assertThat(nothing.text()).contains("is not in repository app");
    }

    @Test
    void aVersionTheGalleryHasCannotBePushedAndABlockedPackageIsRefused() throws Exception {
        NugetFeedFixture.Answer conflict = push(NugetFeedFixture.nupkg("Demo.Strings", "1.0.0", null, null));
        assertThat(conflict.status()).as(conflict.text()).isEqualTo(409);
        assertThat(conflict.text()).contains("public registry");

        f.backend.catalog().packages().putOriginConfiguration(null, "demo", "app", "nuget", null, "locked.down", "BLOCK", "ALLOW");
        NugetFeedFixture.Answer blocked = push(NugetFeedFixture.nupkg("Locked.Down", "1.0.0", null, null));
        assertThat(blocked.status()).isEqualTo(403);
        assertThat(blocked.text()).contains("publish=BLOCK");
    }

    @Test
    void aPushDuringAnOutageGoesThroughAndIsRecorded() throws Exception {
        f.demo.controls(PackageFormat.NUGET).goDown(OutageMode.SERVICE_UNAVAILABLE);
        NugetFeedFixture.Answer pushed = push(NugetFeedFixture.nupkg("Fresh.Name", "1.0.0", null, null));
        assertThat(pushed.status()).as(pushed.text()).isEqualTo(201);

        List<PublishException> recorded = f.backend.publishing().publishExceptions().list(null, "demo", null);
        assertThat(recorded).hasSize(1);
        assertThat(recorded.get(0).coordinate().name()).isEqualTo("fresh.name");
        assertThat(recorded.get(0).connectionName()).isEqualTo("public:nuget-org");
    }

    @Test
    void aPushThatIsNoPackageIsA400AndLeavesNothing() throws Exception {
        NugetFeedFixture.Answer notZip = push("just some text".getBytes());
        assertThat(notZip.status()).isEqualTo(400);
        assertThat(notZip.text()).contains("not a usable .nupkg").doesNotContain("Exception");
        assertThat(f.call(f.authorized(f.endpoint("app") + "v2/package").put(RequestBody.create(new byte[0],
                MediaType.get("multipart/form-data; boundary=x"))).build()).status()).isEqualTo(400);
        assertThat(f.backend.catalog().packages().list(PackageQuery.in(null, "demo", "app").format("nuget"), 10, null).items()).isEmpty();
    }

    @Test
    void withoutCredentialsThePushIsChallenged() throws Exception {
        NugetFeedFixture.Answer anonymous = f.call(new Request.Builder().url(f.endpoint("app") + "v2/package")
                .put(body(NugetFeedFixture.nupkg("Team.X", "1.0.0", null, null))).build());
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.headers().get("WWW-Authenticate")).startsWith("Basic");

        NugetFeedFixture.Answer notAToken = f.call(new Request.Builder().url(f.endpoint("app") + "v2/package")
                .header("X-NuGet-ApiKey", "unused").put(body(NugetFeedFixture.nupkg("Team.X", "1.0.0", null, null))).build());
        assertThat(notAToken.status()).as("an API key that is no token is challenged, so the client sends the source's credentials")
                .isEqualTo(401);
        assertThat(notAToken.headers().get("WWW-Authenticate")).startsWith("Basic");
    }

    @Test
    void theTokenAsApiKeyPushesWithoutOtherCredentials() throws Exception {
        NugetFeedFixture.Answer pushed = f.call(new Request.Builder().url(f.endpoint("app") + "v2/package")
                .header("X-NuGet-ApiKey", f.token).put(body(NugetFeedFixture.nupkg("Team.Keyed", "1.0.0", null, null))).build());
        assertThat(pushed.status()).as(pushed.text()).isEqualTo(201);
    }

    private NugetFeedFixture.Answer push(byte[] nupkg) throws Exception {
        return f.call(f.authorized(f.endpoint("app") + "v2/package").header("X-NuGet-ApiKey", "unused").put(body(nupkg)).build());
    }

    /** The body the NuGet client sends: multipart form data with the package as its one file part. */
    private static RequestBody body(byte[] nupkg) {
        return new MultipartBody.Builder().setType(MultipartBody.FORM)
                .addFormDataPart("package", "package.nupkg", RequestBody.create(nupkg, MediaType.get("application/octet-stream")))
                .build();
    }

    private List<String> versions(String url) throws Exception {
        List<String> out = new ArrayList<>();
        f.json(url).path("versions").forEach(v -> out.add(v.asText()));
        return out;
    }

    private List<String> searchIds(String q) throws Exception {
        List<String> out = new ArrayList<>();
        f.json(f.endpoint("app") + "v3/search?q=" + q + "&prerelease=true&semVerLevel=2.0.0").path("data")
                .forEach(d -> out.add(d.path("id").asText() + "@" + d.path("version").asText()));
        return out;
    }
}
