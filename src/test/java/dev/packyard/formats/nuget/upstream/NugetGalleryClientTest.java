package dev.packyard.formats.nuget.upstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.testing.MutableClock;
import dev.packyard.upstream.FailureKind;
import dev.packyard.upstream.NotFoundUpstreamException;
import dev.packyard.upstream.PackageListing;
import dev.packyard.upstream.UpstreamUnavailableException;
import dev.packyard.upstream.UpstreamVersion;
import dev.packyard.upstream.http.HttpSettings;
import dev.packyard.upstream.http.UpstreamHttp;
import java.time.Instant;
import java.util.Optional;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.jetbrains.annotations.NotNull;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The gallery client against a feed laid out as the public gallery's: registration pages that are not inlined
 * (large packages), unlisted versions marked by the 1900 publication date, and versions normalised on the way in.
 */
class NugetGalleryClientTest {
    private static final PackageCoordinate BIG = PackageCoordinate.of(PackageFormat.NUGET, null, "Big.Package");

    @StartStop
    private final MockWebServer server = new MockWebServer();
    private volatile String serviceIndex;
    private NugetGalleryClient client;

    @BeforeEach
    void setUp() {
        String base = server.url("/").toString();
        serviceIndex = """
                {"version":"3.0.0","resources":[
                  {"@id":"%1$sflat/","@type":"PackageBaseAddress/3.0.0"},
                  {"@id":"%1$sreg","@type":"RegistrationsBaseUrl/3.6.0"}]}""".formatted(base);
        server.setDispatcher(new Dispatcher() {
            @NotNull
            @Override
            public MockResponse dispatch(@NotNull RecordedRequest request) {
                String path = request.getUrl().encodedPath();
                String body = switch (path) {
                    case "/v3/index.json" -> serviceIndex;
                    case "/reg/big.package/index.json" -> """
                            {"count":2,"items":[
                              {"@id":"%1$sreg/big.package/page/1.json","lower":"1.0.0","upper":"1.0.1"},
                              {"@id":"%1$sreg/big.package/page/2.json","lower":"2.0.0","upper":"2.0.0"}]}""".formatted(base);
                    case "/reg/big.package/page/1.json" -> """
                            {"items":[
                              {"catalogEntry":{"id":"Big.Package","version":"1.0.0.0","listed":true,"published":"2024-01-02T03:04:05.123+00:00",
                                 "dependencyGroups":[{"targetFramework":"net8.0","dependencies":[{"id":"Other","range":"[1.0.0, )"}]}]}},
                              {"catalogEntry":{"id":"Big.Package","version":"1.0.1","published":"1900-01-01T00:00:00+00:00"}}]}""";
                    case "/reg/big.package/page/2.json" -> """
                            {"items":[{"packageContent":"%1$selsewhere/big.package.2.0.0.nupkg",
                              "catalogEntry":{"id":"Big.Package","version":"2.0.0-RC.1+sha.5","listed":true}}]}""".formatted(base);
                    default -> null;
                };
                return body == null ? new MockResponse.Builder().code(404).build()
                        : new MockResponse.Builder().setHeader("Content-Type", "application/json").body(body).build();
            }
        });
        client = new NugetGalleryClient(base, new UpstreamHttp(HttpSettings.DEFAULT, MutableClock.startingAt("2026-01-01T00:00:00Z")));
    }

    @Test
    void readsPagedRegistrationsWithNormalisedVersionsAndFileLocations() throws Exception {
        PackageListing listing = client.fetchListing(BIG);
        assertThat(listing.versionNames()).containsExactly("1.0.0", "1.0.1", "2.0.0-RC.1");
        UpstreamVersion first = listing.version("1.0.0").orElseThrow();
        assertThat(first.publishedTime()).contains(Instant.parse("2024-01-02T03:04:05.123Z"));
        assertThat(first.assets().get(0).assetName()).isEqualTo("big.package.1.0.0.nupkg");
        assertThat(first.assets().get(0).url()).isEqualTo(server.url("/flat/big.package/1.0.0/big.package.1.0.0.nupkg").toString());
        assertThat(listing.version("1.0.1").orElseThrow().publishedTime()).as("the unlisted mark is no date").isEqualTo(Optional.empty());
        assertThat(listing.version("2.0.0-RC.1").orElseThrow().assets().get(0).url()).as("the registration's own packageContent")
                .isEqualTo(server.url("/elsewhere/big.package.2.0.0.nupkg").toString());

        String kept = listing.document().orElseThrow().text();
        assertThat(kept).contains("\"1.0.1\":{").contains("\"listed\":false").contains("\"targetFramework\":\"net8.0\"");
    }

    @Test
    void aPackageTheGalleryDoesNotHaveIsNotFoundAndAFeedWithoutRegistrationsIsABadResponse() {
        assertThatThrownBy(() -> client.fetchListing(PackageCoordinate.of(PackageFormat.NUGET, null, "missing")))
                .isInstanceOf(NotFoundUpstreamException.class);

        serviceIndex = "{\"version\":\"3.0.0\",\"resources\":[]}";
        NugetGalleryClient fresh = new NugetGalleryClient(server.url("/v3/index.json").toString(),
                new UpstreamHttp(HttpSettings.DEFAULT, MutableClock.startingAt("2026-01-01T00:00:00Z")));
        assertThatThrownBy(() -> fresh.fetchListing(BIG)).isInstanceOf(UpstreamUnavailableException.class)
                .hasMessageContaining("not a NuGet service index")
                .satisfies(e -> assertThat(((UpstreamUnavailableException) e).kind()).isEqualTo(FailureKind.BAD_RESPONSE));
    }
}
