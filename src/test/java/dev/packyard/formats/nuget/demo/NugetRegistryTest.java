package dev.packyard.formats.nuget.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.packyard.demo.common.DemoRequest;
import dev.packyard.demo.common.DemoResponse;
import dev.packyard.formats.nuget.manifest.NupkgArchive;
import dev.packyard.formats.nuget.manifest.Nuspec;
import dev.packyard.model.SharedJson;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The demo gallery serves real .nupkg files, the same bytes on every run, and publishes new versions on request. */
class NugetRegistryTest {
    private static final String BASE = "http://127.0.0.1:1/nuget/";
    private final NugetRegistry gallery = new NugetRegistry(Clock.fixed(Instant.parse("2026-05-01T00:00:00Z"), ZoneOffset.UTC));

    @Test
    void eachNupkgIsAZipWhoseNuspecNamesItsDependencies() throws Exception {
        DemoResponse file = gallery.handle(new DemoRequest("v3-flatcontainer/demo.tree.middle/2.1.0/demo.tree.middle.2.1.0.nupkg", "", BASE));
        assertThat(file.status()).isEqualTo(200);
        Nuspec nuspec = NupkgArchive.nuspec(new ByteArrayInputStream(file.body()));
        assertThat(nuspec.id()).isEqualTo("Demo.Tree.Middle");
        assertThat(nuspec.dependencyGroups().get(0).dependencies().get(0).id()).isEqualTo("Demo.Tree.Leaf");
        assertThat(new NugetRegistry(Clock.systemUTC()).handle(new DemoRequest(
                "v3-flatcontainer/demo.tree.middle/2.1.0/demo.tree.middle.2.1.0.nupkg", "", BASE)).body())
                .as("the same bytes on every run").isEqualTo(file.body());
    }

    @Test
    void theServiceIndexAndRegistrationLinkToTheFlatContainer() throws Exception {
        JsonNode index = json("v3/index.json");
        assertThat(index.path("resources").findValuesAsText("@type")).contains("PackageBaseAddress/3.0.0", "RegistrationsBaseUrl/3.6.0");
        JsonNode leaves = json("v3/registration/demo.tree.leaf/index.json").path("items").path(0).path("items");
        assertThat(leaves.findValuesAsText("version")).containsExactly("1.0.0", "1.1.0-preview.1", "1.1.0");
        assertThat(leaves.path(1).path("packageContent").asText())
                .isEqualTo(BASE + "v3-flatcontainer/demo.tree.leaf/1.1.0-preview.1/demo.tree.leaf.1.1.0-preview.1.nupkg");
        assertThat(gallery.handle(new DemoRequest("v3/registration/no.such/index.json", "", BASE)).status()).isEqualTo(404);
    }

    @Test
    void publishingTheNextVersionListsItWithTheClocksTime() throws Exception {
        assertThat(gallery.publishNextVersion("Demo.Tree.Top")).isEqualTo("1.1.1");
        assertThat(json("v3-flatcontainer/demo.tree.top/index.json").path("versions").toString()).isEqualTo("[\"1.0.0\",\"1.1.0\",\"1.1.1\"]");
        JsonNode entry = json("v3/registration/demo.tree.top/index.json").path("items").path(0).path("items").path(2).path("catalogEntry");
        assertThat(entry.path("published").asText()).isEqualTo("2026-05-01T00:00:00Z");
    }

    private JsonNode json(String path) throws Exception {
        DemoResponse r = gallery.handle(new DemoRequest(path, "", BASE));
        assertThat(r.status()).as(path).isEqualTo(200);
        return SharedJson.MAPPER.readTree(r.body());
    }
}
