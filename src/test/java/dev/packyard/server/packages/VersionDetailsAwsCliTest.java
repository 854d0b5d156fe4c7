package dev.packyard.server.packages;

import static dev.packyard.testing.TestArchives.files;
import static dev.packyard.testing.TestArchives.tgz;
import static dev.packyard.testing.TestArchives.zip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.packyard.testing.AwsCli;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * list-package-version-dependencies, get-package-version-readme and describe-package-version through the real AWS
 * CLI, for npm, PyPI and Maven versions published to Packyard and fetched from the demo registry.
 */
class VersionDetailsAwsCliTest {
    @TempDir
    Path dir;
    private PackageServerFixture f;
    private ClientUploads uploads;
    private AwsCli aws;

    @BeforeEach
    void start() throws Exception {
        assertTrue(AwsCli.installed(), "The AWS CLI ('aws') is not on the PATH of this machine");
        f = new PackageServerFixture(dir);
        uploads = new ClientUploads(f);
        aws = new AwsCli("http://127.0.0.1:" + f.server.port(), dir.resolve("home"));
    }

    @AfterEach
    void stop() {
        if (f != null) {
            f.close();
        }
    }

    @Test
    void publishedVersionsOfEveryFormat() throws Exception {
        String manifest = """
                {"name":"@team/widget","version":"1.0.0","description":"Widgets","license":"Apache-2.0",
                 "homepage":"https://widget.example/","repository":{"type":"git","url":"git+https://git.example/widget.git"},
                 "dependencies":{"@team/core":"^2.1.0"},"peerDependencies":{"react":">=18"}}""";
        uploads.npm(manifest, tgz(files("package/package.json", manifest, "package/README.md", "# widget\n")));
        assertThat(dependencies("npm", "--namespace", "team", "--package", "widget", "--package-version", "1.0.0"))
                .containsExactly("team/core regular ^2.1.0", "react peer >=18");
        assertThat(readme("npm", "--namespace", "team", "--package", "widget", "--package-version", "1.0.0"))
                .isEqualTo("# widget\n");
        JsonNode npm = describe("npm", "--namespace", "team", "--package", "widget", "--package-version", "1.0.0");
        assertThat(npm.get("summary").asText()).isEqualTo("Widgets");
        assertThat(npm.get("homePage").asText()).isEqualTo("https://widget.example/");
        assertThat(npm.at("/licenses/0/name").asText()).isEqualTo("Apache-2.0");

        byte[] wheel = zip(files("sparkle/__init__.py", "", "sparkle-0.3.0.dist-info/METADATA", """
                Metadata-Version: 2.1
                Name: sparkle
                Version: 0.3.0
                Summary: Makes text sparkle
                License: MIT
                Project-URL: Source, https://git.example/sparkle
                Requires-Dist: tidy-text (>=1.0)
                Requires-Dist: colorama; sys_platform == "win32"

                Sparkle *everything*.
                """));
        uploads.pypi("sparkle", "0.3.0", "sparkle-0.3.0-py3-none-any.whl", wheel);
        assertThat(dependencies("pypi", "--package", "sparkle", "--package-version", "0.3.0"))
                .containsExactly("tidy-text Requires-Dist >=1.0", "colorama Requires-Dist ; sys_platform == \"win32\"");
        assertThat(readme("pypi", "--package", "sparkle", "--package-version", "0.3.0")).isEqualTo("Sparkle *everything*.");
        JsonNode pypi = describe("pypi", "--package", "sparkle", "--package-version", "0.3.0");
        assertThat(pypi.get("sourceCodeRepository").asText()).isEqualTo("https://git.example/sparkle");
        assertThat(pypi.at("/licenses/0/name").asText()).isEqualTo("MIT");

        String pom = """
                <project><groupId>com.example.team</groupId><artifactId>mylib</artifactId><version>1.0.0</version>
                  <description>My library</description><url>https://mylib.example/</url>
                  <scm><url>https://git.example/mylib</url></scm>
                  <dependencies>
                    <dependency><groupId>org.slf4j</groupId><artifactId>slf4j-api</artifactId><version>2.0.17</version></dependency>
                    <dependency><groupId>org.junit</groupId><artifactId>junit</artifactId><version>5.10.0</version>
                      <scope>test</scope></dependency>
                  </dependencies></project>""";
        uploads.maven("com.example.team", "mylib", "1.0.0", Map.of("mylib-1.0.0.jar", "jar".getBytes(StandardCharsets.UTF_8),
                "mylib-1.0.0.pom", pom.getBytes(StandardCharsets.UTF_8)), true);
        List<String> maven = List.of("--namespace", "com.example.team", "--package", "mylib", "--package-version", "1.0.0");
        assertThat(dependencies("maven", maven.toArray(String[]::new)))
                .containsExactly("org.slf4j/slf4j-api compile 2.0.17", "org.junit/junit test 5.10.0");
        assertThat(readme("maven", maven.toArray(String[]::new))).as("Maven versions have no readme").isNull();
        JsonNode described = describe("maven", maven.toArray(String[]::new));
        assertThat(described.get("summary").asText()).isEqualTo("My library");
        assertThat(described.get("sourceCodeRepository").asText()).isEqualTo("https://git.example/mylib");
    }

    @Test
    void versionsFetchedFromThePublicRegistriesOfEveryFormat() throws Exception {
        uploads.fetch("npm", "@demo/greeter/-/greeter-2.0.0.tgz");
        uploads.fetch("pypi", "files/fetchy/1.0.0/fetchy-1.0.0-py3-none-any.whl");
        uploads.fetch("maven", "dev/packyard/demo/gamma/1.0.0/gamma-1.0.0.pom");
        // A client is answered once its bytes are verified; the fetch task schedules persistence just after.
        assertThat(f.backend.tasks().queue().awaitIdle(Duration.ofSeconds(20))).isTrue();
        f.scheduler.advance(Duration.ofMinutes(5));
        // The due persistence runs on the task queue, not on this thread.
        assertThat(f.backend.tasks().queue().awaitIdle(Duration.ofSeconds(20))).isTrue();

        String[] greeter = {"--namespace", "demo", "--package", "greeter", "--package-version", "2.0.0"};
        assertThat(dependencies("npm", greeter)).containsExactly("demo/config regular ^1.0.0");
        assertThat(readme("npm", greeter)).startsWith("# @demo/greeter\n");
        JsonNode npm = describe("npm", greeter);
        assertThat(npm.get("summary").asText()).isEqualTo("Says hello in the offline demo");
        assertThat(npm.at("/licenses/0/name").asText()).isEqualTo("MIT");

        String[] fetchy = {"--package", "fetchy", "--package-version", "1.0.0"};
        assertThat(dependencies("pypi", fetchy)).containsExactly("tidy-text Requires-Dist >=1.1");
        assertThat(readme("pypi", fetchy)).isEqualTo("Fetches things politely");
        assertThat(describe("pypi", fetchy).at("/licenses/0/name").asText()).isEqualTo("MIT");

        String[] gamma = {"--namespace", "dev.packyard.demo", "--package", "gamma", "--package-version", "1.0.0"};
        assertThat(dependencies("maven", gamma)).containsExactly("dev.packyard.demo/delta compile 1.0.0");
        assertThat(describe("maven", gamma).get("summary").asText()).isEqualTo("Gamma, built on delta");
    }

    @Test
    void dependenciesBeyondOnePageComeWithANextToken() throws Exception {
        StringBuilder deps = new StringBuilder();
        for (int i = 0; i < 101; i++) {
            deps.append(i == 0 ? "" : ",").append("\"dep-").append(i).append("\":\"^1.0.0\"");
        }
        String manifest = "{\"name\":\"many\",\"version\":\"1.0.0\",\"dependencies\":{" + deps + "}}";
        uploads.npm(manifest, tgz(files("package/package.json", manifest)));

        JsonNode first = aws.ok("list-package-version-dependencies", "--domain", "demo", "--repository", "app", "--format",
                "npm", "--package", "many", "--package-version", "1.0.0");
        assertThat(first.get("dependencies")).hasSize(100);
        JsonNode second = aws.ok("list-package-version-dependencies", "--domain", "demo", "--repository", "app", "--format",
                "npm", "--package", "many", "--package-version", "1.0.0", "--next-token", first.get("nextToken").asText());
        assertThat(second.get("dependencies")).singleElement().satisfies(d ->
                assertThat(d.get("package").asText()).isEqualTo("dep-100"));
        assertThat(second.has("nextToken")).isFalse();
    }

    private List<String> dependencies(String format, String... coordinates) throws Exception {
        JsonNode answer = aws.ok(args("list-package-version-dependencies", format, coordinates));
        List<String> out = new ArrayList<>();
        answer.get("dependencies").forEach(d -> out.add((d.has("namespace") ? d.get("namespace").asText() + "/" : "")
                + d.get("package").asText() + " " + d.get("dependencyType").asText() + " "
                + (d.has("versionRequirement") ? d.get("versionRequirement").asText() : "-")));
        return out;
    }

    private String readme(String format, String... coordinates) throws Exception {
        JsonNode answer = aws.ok(args("get-package-version-readme", format, coordinates));
        assertThat(answer.get("versionRevision").asText()).isNotBlank();
        return answer.has("readme") ? answer.get("readme").asText() : null;
    }

    private JsonNode describe(String format, String... coordinates) throws Exception {
        return aws.ok(args("describe-package-version", format, coordinates)).get("packageVersion");
    }

    private static String[] args(String operation, String format, String... coordinates) {
        List<String> args = new ArrayList<>(List.of(operation, "--domain", "demo", "--repository", "app", "--format", format));
        args.addAll(List.of(coordinates));
        return args.toArray(String[]::new);
    }
}
