package dev.packyard.formats.nuget;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.packyard.demo.conditions.OutageMode;
import dev.packyard.model.PackageFormat;
import dev.packyard.model.metadata.RevalidationResult;
import dev.packyard.server.packages.Downloads;
import dev.packyard.upstream.metadata.CachedListing;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seed's rules for NuGet with a moved clock against the demo's gallery: listings synchronised in the background
 * (a new gallery version is served within ten minutes, with no client request needed to trigger it), and an outage
 * that keeps retained versions served while new ones fail with "upstream unavailable", never "not found".
 */
class NugetSeedRulesTest extends NugetFeedTest {
    @Test
    void aNewGalleryVersionIsServedWithinTenMinutesBySynchronisation() throws Exception {
        String index = f.endpoint("app") + "v3/flatcontainer/demo.strings/index.json";
        assertThat(versions(index)).containsExactly("0.9.0", "1.0.0", "1.0.1");

        String published = f.demo.controls(PackageFormat.NUGET).publishNextVersion("Demo.Strings");
        assertThat(published).isEqualTo("1.0.2");
        assertThat(versions(index)).as("the cached listing still serves what it knew").containsExactly("0.9.0", "1.0.0", "1.0.1");

        f.clock.advance(Duration.ofMinutes(10));
        assertThat(f.fetch.maintenance().tick()).as("the listing synchronised").isEqualTo(1);
        CachedListing listing = f.fetch.metadata().entries(f.backend.catalog().domains().require(null, "demo").id()).stream()
                .filter(l -> l.listing().coordinate().name().equals("demo.strings")).findFirst().orElseThrow();
        assertThat(listing.lastResult()).isEqualTo(RevalidationResult.CHANGED);
        assertThat(versions(index)).containsExactly("0.9.0", "1.0.0", "1.0.1", "1.0.2");
        assertThat(f.json(f.endpoint("app") + "v3/registrations/demo.strings/1.0.2.json").path("catalogEntry")
                .path("description").asText()).isEqualTo("Small string helpers");
    }

    @Test
    void inAnOutageRetainedVersionsAreServedAndOthersAreUpstreamUnavailable() throws Exception {
        String flat = f.endpoint("app") + "v3/flatcontainer/";
        assertThat(f.get(flat + "demo.tree.leaf/1.0.0/demo.tree.leaf.1.0.0.nupkg").status()).isEqualTo(200);
        f.persistDue();

        f.demo.controls(PackageFormat.NUGET).goDown(OutageMode.SERVICE_UNAVAILABLE);
        f.clock.advance(Duration.ofMinutes(15));
        f.fetch.maintenance().tick();

        NugetFeedFixture.Answer retained = f.get(flat + "demo.tree.leaf/1.0.0/demo.tree.leaf.1.0.0.nupkg");
        assertThat(retained.status()).isEqualTo(200);
        assertThat(retained.headers().get(Downloads.SOURCE_HEADER)).isEqualTo("RETAINED");
        assertThat(versions(flat + "demo.tree.leaf/index.json")).as("the stale listing is still served")
                .containsExactly("1.0.0", "1.1.0-preview.1", "1.1.0");

        NugetFeedFixture.Answer notRetained = f.get(flat + "demo.tree.leaf/1.1.0/demo.tree.leaf.1.1.0.nupkg");
        assertThat(notRetained.status()).isEqualTo(503);
        assertThat(notRetained.text().toLowerCase()).contains("upstream unavailable").doesNotContain("not found");
        assertThat(notRetained.headers().get("Retry-After")).isNotBlank();

        NugetFeedFixture.Answer neverSeen = f.get(flat + "demo.logging/index.json");
        assertThat(neverSeen.status()).as("a package never listed before").isEqualTo(503);
        assertThat(neverSeen.text().toLowerCase()).contains("upstream unavailable");

        f.demo.controls(PackageFormat.NUGET).recover();
        f.clock.advance(Duration.ofMinutes(15));
        f.fetch.maintenance().tick();
        assertThat(f.get(flat + "demo.tree.leaf/1.1.0/demo.tree.leaf.1.1.0.nupkg").status()).as("after the recovery").isEqualTo(200);
    }

    @Test
    void afterARestartDuringAnOutageTheKeptListingStillGivesDependencyGroupsAndRetainedFiles() throws Exception {
        String flat = f.endpoint("app") + "v3/flatcontainer/";
        assertThat(f.get(flat + "demo.tree.middle/2.1.0/demo.tree.middle.2.1.0.nupkg").status()).isEqualTo(200);
        f.persistDue();

        f.demo.controls(PackageFormat.NUGET).goDown(OutageMode.SERVICE_UNAVAILABLE);
        f.restart();
        String registrations = f.endpoint("app") + "v3/registrations/";
        JsonNode leaves = f.json(registrations + "demo.tree.middle/index.json").path("items").path(0).path("items");
        assertThat(leaves.size()).as("every version the gallery listed, from the kept listing").isEqualTo(3);
        assertThat(leaves.path(0).path("catalogEntry").path("dependencyGroups").path(0).path("dependencies").path(0)
                .path("id").asText()).as("a version never fetched still has the gallery's dependency groups").isEqualTo("Demo.Tree.Leaf");
        NugetFeedFixture.Answer retained = f.get(f.endpoint("app") + "v3/flatcontainer/demo.tree.middle/2.1.0/demo.tree.middle.2.1.0.nupkg");
        assertThat(retained.status()).isEqualTo(200);
        assertThat(f.get(f.endpoint("app") + "v3/flatcontainer/demo.tree.middle/2.0.0/demo.tree.middle.2.0.0.nupkg").status())
                .isEqualTo(503);
    }

    @Test
    void aPackageTheGalleryDoesNotHaveIsAskedForOnceWhileTheAnswerIsRemembered() throws Exception {
        String url = f.endpoint("app") + "v3/flatcontainer/no.such.package/index.json";
        assertThat(f.get(url).status()).isEqualTo(404);
        assertThat(f.get(url).status()).isEqualTo(404);
        assertThat(f.get(f.endpoint("app") + "v3/registrations/no.such.package/index.json").status()).isEqualTo(404);
        assertThat(f.demo.controls(PackageFormat.NUGET).stats().requestsByPath())
                .as("the gallery was asked once; the negative cache answered the rest")
                .containsEntry("v3/registration/no.such.package/index.json", 1L);
    }

    @Test
    void anOriginControlThatBlocksUpstreamsKeepsTheGallerysVersionsOut() throws Exception {
        f.backend.catalog().packages().putOriginConfiguration(null, "demo", "app", "nuget", null, "demo.strings", "ALLOW", "BLOCK");
        NugetFeedFixture.Answer blocked = f.get(f.endpoint("app") + "v3/flatcontainer/demo.strings/1.0.1/demo.strings.1.0.1.nupkg");
        assertThat(blocked.status()).isEqualTo(404);
        assertThat(f.get(f.endpoint("nuget-store") + "v3/flatcontainer/demo.strings/1.0.1/demo.strings.1.0.1.nupkg").status())
                .as("the store itself is not blocked").isEqualTo(200);
    }

    private List<String> versions(String url) throws Exception {
        List<String> out = new ArrayList<>();
        f.json(url).path("versions").forEach(v -> out.add(v.asText()));
        return out;
    }
}
