package dev.packyard.formats.pypi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.packyard.demo.ArchiveContents;
import dev.packyard.demo.common.DemoRequest;
import dev.packyard.demo.common.DemoResponse;
import dev.packyard.demo.common.Digests;
import dev.packyard.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PypiRegistryTest {
    private static final String BASE = "http://127.0.0.1:4874/pypi/";
    private static final String PEP691 = "application/vnd.pypi.simple.v1+json";
    private static final Pattern ANCHOR = Pattern.compile("<a href=\"([^\"#]+)#sha256=([0-9a-f]{64})\"[^>]*>([^<]+)</a>");

    private final ObjectMapper json = new ObjectMapper();
    private final MutableClock clock = MutableClock.startingAt("2026-06-01T12:00:00Z");
    private final PypiRegistry registry = new PypiRegistry(clock);

    @Test
    void everyAnchorOfTheHtmlIndexCarriesTheSha256OfTheServedWheel() throws Exception {
        for (String project : registry.packageNames()) {
            String page = text(get("simple/" + project + "/", "text/html"));
            List<String> files = new ArrayList<>();
            Matcher anchor = ANCHOR.matcher(page);
            while (anchor.find()) {
                byte[] wheel = get(anchor.group(1).substring(BASE.length()), "").body();
                assertThat(Digests.of(wheel).sha256Hex()).as(anchor.group(3)).isEqualTo(anchor.group(2));
                files.add(anchor.group(3));
            }
            assertThat(files).hasSameSizeAs(registry.versions(project)).allMatch(f -> f.endsWith("-py3-none-any.whl"));
            assertThat(page).contains("data-requires-python=\"&gt;=3.8\"");
        }
    }

    @Test
    void wheelsHoldTheModuleMetadataAndARecordWithCorrectHashes() throws Exception {
        DemoResponse response = get("packages/fetchy/fetchy-1.1.0-py3-none-any.whl", "");
        Map<String, String> entries = ArchiveContents.unzip(response.body());
        assertThat(entries).containsOnlyKeys("fetchy/__init__.py", "fetchy-1.1.0.dist-info/METADATA",
                "fetchy-1.1.0.dist-info/WHEEL", "fetchy-1.1.0.dist-info/RECORD");
        assertThat(entries.get("fetchy-1.1.0.dist-info/METADATA")).contains("Metadata-Version: 2.1\n", "Name: fetchy\n",
                "Version: 1.1.0\n", "Summary: Fetches things politely\n", "Requires-Dist: tidy-text>=1.1\n");
        assertThat(entries.get("fetchy-1.1.0.dist-info/WHEEL")).contains("Tag: py3-none-any");

        String[] record = entries.get("fetchy-1.1.0.dist-info/RECORD").split("\n");
        assertThat(record).hasSize(4).contains("fetchy-1.1.0.dist-info/RECORD,,");
        for (String line : record) {
            String[] fields = line.split(",", -1);
            if (!fields[1].isEmpty()) {
                byte[] content = entries.get(fields[0]).getBytes(StandardCharsets.UTF_8);
                assertThat(fields[1]).as(fields[0]).isEqualTo("sha256=" + Digests.recordSha256(content));
                assertThat(Long.parseLong(fields[2])).as(fields[0]).isEqualTo(content.length);
            }
        }
    }

    @Test
    void projectNamesAreNormalisedLikePep503() throws Exception {
        assertThat(text(get("simple/", "text/html"))).contains("<a href=\"tidy-text/\">tidy-text</a>");
        DemoResponse redirect = registry.handle(new DemoRequest("simple/Tidy_Text/", "", BASE));
        assertThat(redirect.status()).isEqualTo(301);
        assertThat(redirect.headers()).containsEntry("Location", BASE + "simple/tidy-text/");
        assertThat(get("packages/tidy-text/tidy_text-1.0.0-py3-none-any.whl", "").body()).isNotEmpty();
    }

    @Test
    void thePep691JsonFormIsServedWhenAskedFor() throws Exception {
        DemoResponse response = get("simple/fetchy/", PEP691 + ", application/vnd.pypi.simple.v1+html;q=0.1");
        assertThat(response.contentType()).isEqualTo(PEP691);
        JsonNode doc = json.readTree(response.body());
        assertThat(doc.at("/meta/api-version").asText()).isEqualTo("1.0");
        assertThat(doc.get("name").asText()).isEqualTo("fetchy");
        JsonNode file = doc.get("files").get(0);
        assertThat(file.get("filename").asText()).isEqualTo("fetchy-0.9.0-py3-none-any.whl");
        byte[] wheel = get(file.get("url").asText().substring(BASE.length()), "").body();
        assertThat(file.at("/hashes/sha256").asText()).isEqualTo(Digests.of(wheel).sha256Hex());

        JsonNode index = json.readTree(get("simple/", PEP691).body());
        assertThat(index.get("projects").findValuesAsText("name")).contains("fetchy", "tidy-text");
    }

    @Test
    void theJsonApiDescribesTheNewestVersionAndEveryRelease() throws Exception {
        JsonNode doc = json.readTree(get("pypi/fetchy/json", "").body());
        assertThat(doc.at("/info/version").asText()).isEqualTo("1.1.0");
        assertThat(doc.at("/info/requires_dist/0").asText()).isEqualTo("tidy-text>=1.1");
        assertThat(doc.get("releases").size()).isEqualTo(3);
        assertThat(doc.at("/urls/0/digests/sha256").asText())
                .isEqualTo(Digests.of(get("packages/fetchy/fetchy-1.1.0-py3-none-any.whl", "").body()).sha256Hex());
    }

    @Test
    void theCatalogueIsTheSameByteForByteOnEveryRun() {
        PypiRegistry other = new PypiRegistry(MutableClock.startingAt("2031-01-01T00:00:00Z"));
        for (String project : registry.packageNames()) {
            for (String path : List.of("simple/" + project + "/", "pypi/" + project + "/json")) {
                DemoRequest request = new DemoRequest(path, "", BASE);
                assertThat(other.handle(request).body()).as(path).isEqualTo(registry.handle(request).body());
            }
        }
    }

    @Test
    void publishingAddsTheNextVersionToEveryListing() throws Exception {
        assertThat(registry.publishNextVersion("Tidy_Text")).isEqualTo("1.2.1");
        byte[] wheel = get("packages/tidy-text/tidy_text-1.2.1-py3-none-any.whl", "").body();
        assertThat(text(get("simple/tidy-text/", "")))
                .contains("tidy_text-1.2.1-py3-none-any.whl#sha256=" + Digests.of(wheel).sha256Hex());
        JsonNode doc = json.readTree(get("pypi/tidy-text/json", "").body());
        assertThat(doc.at("/info/version").asText()).isEqualTo("1.2.1");
        assertThat(doc.at("/releases/1.2.1/0/upload_time").asText()).isEqualTo("2026-06-01T12:00:00");
        assertThat(ArchiveContents.unzip(wheel).get("tidy_text-1.2.1.dist-info/METADATA")).contains("Version: 1.2.1\n");
    }

    private DemoResponse get(String path, String accept) {
        DemoResponse response = registry.handle(new DemoRequest(path, accept, BASE));
        assertThat(response.status()).as("status of %s", path).isEqualTo(200);
        return response;
    }

    private static String text(DemoResponse response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
