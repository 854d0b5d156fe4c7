package dev.packyard.formats.nuget;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.packyard.formats.nuget.manifest.NupkgArchive;
import dev.packyard.formats.nuget.manifest.Nuspec;
import dev.packyard.model.PackageVersion;
import dev.packyard.service.error.ResourceNotFoundException;
import dev.packyard.server.packages.Downloads;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The v3 protocol as the NuGet client walks it (no dotnet exists on these machines, so the walk is spoken with
 * OkHttp): service index → registration → flat container download, through repository {@code app} whose upstream
 * chain ends at the demo's NuGet Gallery. Resources are found by their {@code @type}, as the client finds them.
 */
class NugetProtocolWalkTest extends NugetFeedTest {
    @Test
    void theClientFindsEveryResourceItNeedsInTheServiceIndex() throws Exception {
        JsonNode index = f.json(f.endpoint("app") + "v3/index.json");
        assertThat(index.path("version").asText()).isEqualTo("3.0.0");
        for (String type : List.of("PackageBaseAddress/3.0.0", "RegistrationsBaseUrl", "RegistrationsBaseUrl/3.6.0",
                "SearchQueryService", "SearchQueryService/3.5.0", "PackagePublish/2.0.0")) {
            assertThat(resource(index, type)).as(type).startsWith(f.endpoint("app"));
        }
    }

    @Test
    void serviceIndexThenRegistrationThenFlatContainerDownloadsTheDependencyChain() throws Exception {
        JsonNode index = f.json(f.endpoint("app") + "v3/index.json");
        String registrations = resource(index, "RegistrationsBaseUrl/3.6.0");
        String flat = resource(index, "PackageBaseAddress/3.0.0");

        // The client lower-cases the id for every URL; the registration keeps the id as its author spelled it.
        JsonNode top = f.json(registrations + "demo.tree.top/index.json");
        JsonNode leaves = top.path("items").path(0).path("items");
        assertThat(leaves.size()).isEqualTo(2);
        JsonNode newest = leaves.path(1).path("catalogEntry");
        assertThat(newest.path("id").asText()).isEqualTo("Demo.Tree.Top");
        assertThat(newest.path("version").asText()).isEqualTo("1.1.0");
        assertThat(newest.path("listed").asBoolean()).isTrue();
        JsonNode dependency = newest.path("dependencyGroups").path(0).path("dependencies").path(0);
        assertThat(dependency.path("id").asText()).isEqualTo("Demo.Tree.Middle");
        assertThat(dependency.path("range").asText()).isEqualTo("[2.0.0, )");
        assertThat(dependency.path("registration").asText()).isEqualTo(registrations + "demo.tree.middle/index.json");

        String content = leaves.path(1).path("packageContent").asText();
        assertThat(content).isEqualTo(flat + "demo.tree.top/1.1.0/demo.tree.top.1.1.0.nupkg");
        NugetFeedFixture.Answer nupkg = f.get(content);
        assertThat(nupkg.status()).as(nupkg.text()).isEqualTo(200);
        assertThat(nupkg.headers().get(Downloads.SOURCE_HEADER)).isEqualTo("UPSTREAM");
        Nuspec nuspec = NupkgArchive.nuspec(new ByteArrayInputStream(nupkg.body()));
        assertThat(nuspec.id()).isEqualTo("Demo.Tree.Top");
        assertThat(nuspec.version()).isEqualTo("1.1.0");

        // Down the chain, as restore does it: the flat container's version list, then each .nuspec and .nupkg.
        assertThat(versions(flat, "demo.tree.middle")).containsExactly("1.0.0", "2.0.0", "2.1.0");
        NugetFeedFixture.Answer middleSpec = f.get(flat + "demo.tree.middle/2.1.0/demo.tree.middle.2.1.0.nuspec");
        assertThat(middleSpec.status()).isEqualTo(200);
        assertThat(middleSpec.text()).contains("<dependency id=\"Demo.Tree.Leaf\" version=\"[1.0.0, 2.0.0)\"");
        assertThat(versions(flat, "demo.tree.leaf")).as("the prerelease in NuGet's order, lower case")
                .containsExactly("1.0.0", "1.1.0-preview.1", "1.1.0");
        assertThat(f.get(flat + "demo.tree.leaf/1.1.0/demo.tree.leaf.1.1.0.nupkg").status()).isEqualTo(200);
        JsonNode leaf = f.json(registrations + "demo.tree.leaf/1.1.0-preview.1.json");
        assertThat(leaf.path("catalogEntry").path("version").asText()).isEqualTo("1.1.0-preview.1");
        assertThat(leaf.path("packageContent").asText()).endsWith("demo.tree.leaf/1.1.0-preview.1/demo.tree.leaf.1.1.0-preview.1.nupkg");
    }

    @Test
    void idsAndVersionsInRequestsAreNormalisedAsNuGetDoes() throws Exception {
        String flat = f.endpoint("app") + "v3/flatcontainer/";
        // Mixed case, leading zeros and a zero fourth part name the same file as the normalised spelling.
        NugetFeedFixture.Answer odd = f.get(flat + "Demo.Strings/01.00.01.0/demo.strings.1.0.1.nupkg");
        NugetFeedFixture.Answer plain = f.get(flat + "demo.strings/1.0.1/demo.strings.1.0.1.nupkg");
        assertThat(odd.status()).as(odd.text()).isEqualTo(200);
        assertThat(odd.body()).isEqualTo(plain.body());
        assertThat(f.json(f.endpoint("app") + "v3/registrations/DEMO.STRINGS/1.0.1.0.json").path("catalogEntry")
                .path("version").asText()).isEqualTo("1.0.1");

        NugetFeedFixture.Answer notAVersion = f.get(flat + "demo.strings/one/demo.strings.one.nupkg");
        assertThat(notAVersion.status()).isEqualTo(400);
        assertThat(notAVersion.text()).contains("is not a NuGet version");
        NugetFeedFixture.Answer missing = f.get(flat + "demo.strings/9.9.9/demo.strings.9.9.9.nupkg");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(f.get(flat + "no.such.package/index.json").status()).isEqualTo(404);
    }

    @Test
    void aDownloadIsRetainedInAppAndTheStoreAfterThePersistenceLatencyButNotInTheIntermediate() throws Exception {
        String flat = f.endpoint("app") + "v3/flatcontainer/";
        assertThat(f.get(flat + "demo.logging/2.1.0/demo.logging.2.1.0.nupkg").status()).isEqualTo(200);
        assertThat(retained("app", "demo.logging")).as("before the persistence latency").isEmpty();

        f.persistDue();
        assertThat(retained("app", "demo.logging")).containsExactly("2.1.0");
        assertThat(retained("nuget-store", "demo.logging")).containsExactly("2.1.0");
        assertThat(retained("mid", "demo.logging")).isEmpty();

        // Once retained, the registration names it from the repository, and the file comes from the blob store.
        NugetFeedFixture.Answer again = f.get(flat + "demo.logging/2.1.0/demo.logging.2.1.0.nupkg");
        assertThat(again.headers().get(Downloads.SOURCE_HEADER)).isEqualTo("RETAINED");
        JsonNode entry = f.json(f.endpoint("app") + "v3/registrations/demo.logging/2.1.0.json").path("catalogEntry");
        assertThat(entry.path("id").asText()).isEqualTo("Demo.Logging");
        assertThat(entry.path("dependencyGroups").path(0).path("dependencies").path(0).path("id").asText()).isEqualTo("Demo.Strings");

        // What list-package-version-dependencies and describe-package-version answer, read from the retained .nupkg.
        var ref = f.backend.catalog().locator().locate(null, "demo", "app", "nuget", null, "demo.logging");
        var dependencies = f.backend.catalog().versionDetails().dependencies(ref, "2.1.0", null).page().items();
        assertThat(dependencies).extracting(d -> d.packageName() + " " + d.dependencyType() + " " + d.versionRequirement())
                .containsExactly("Demo.Strings .NETStandard2.0 [1.0.0, )");
        var described = f.backend.catalog().versionDetails().describe(ref, "2.1.0");
        assertThat(described.metadata().summary()).isEqualTo("Coloured console logging");
        assertThat(described.metadata().licenses()).extracting(l -> l.name()).containsExactly("MIT");
    }

    private List<String> versions(String flat, String lowerId) throws Exception {
        List<String> out = new ArrayList<>();
        f.json(flat + lowerId + "/index.json").path("versions").forEach(v -> out.add(v.asText()));
        return out;
    }

    private List<String> retained(String repository, String name) {
        try {
            return f.backend.catalog().versions().list(f.backend.catalog().locator().locate(null, "demo", repository, "nuget", null, name),
                    null, null, null, 100, null).page().items().stream().map(PackageVersion::version).toList();
        } catch (ResourceNotFoundException e) {
            return List.of();
        }
    }

    static String resource(JsonNode index, String type) {
        for (JsonNode r : index.path("resources")) {
            if (r.path("@type").asText().equals(type)) {
                return r.path("@id").asText();
            }
        }
        throw new AssertionError("The service index has no " + type + " resource: " + index);
    }
}
