package dev.packyard.formats.nuget;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.packyard.testing.AwsCli;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real AWS CLI's {@code codeartifact login --tool dotnet|nuget --dry-run} against Packyard: the source it would
 * add is the repository's service index, and Packyard answers that URL with a valid v3 service index for the token
 * the CLI obtained. Also {@code get-repository-endpoint --format nuget}.
 */
class NugetAwsLoginTest {
    private static final Pattern SOURCE = Pattern.compile("(http://\\S+/v3/index\\.json)");

    @TempDir
    Path dir;
    private NugetFeedFixture f;
    private AwsCli aws;

    @BeforeEach
    void start() throws Exception {
        assertThat(AwsCli.installed()).as("the aws CLI must be on the PATH").isTrue();
        f = new NugetFeedFixture(dir.resolve("data"));
        aws = new AwsCli("http://127.0.0.1:" + f.server.port(), dir.resolve("home"));
    }

    @AfterEach
    void stop() {
        f.close();
    }

    @Test
    void getRepositoryEndpointAnswersTheRepositorysNuGetFeed() throws Exception {
        JsonNode answer = aws.ok("get-repository-endpoint", "--domain", "demo", "--repository", "app", "--format", "nuget");
        assertThat(answer.path("repositoryEndpoint").asText()).isEqualTo(f.endpoint("app"));
    }

    @Test
    void loginForDotnetPrintsASourceWhoseServiceIndexPackyardAnswers() throws Exception {
        checkDryRun("dotnet");
    }

    @Test
    void loginForNugetPrintsASourceWhoseServiceIndexPackyardAnswers() throws Exception {
        checkDryRun("nuget");
    }

    /**
     * No dotnet or nuget exists on these machines, and the CLI asks the tool for its configured sources before it
     * prints the command it would run. This stand-in answers that one question as the real tool does (the public
     * gallery as the only source) and fails any other command, so nothing else can pass through it unnoticed.
     */
    private Path sourceListingTool(String tool) throws java.io.IOException {
        Path bin = java.nio.file.Files.createDirectories(dir.resolve("bin-" + tool));
        Path script = bin.resolve(tool);
        java.nio.file.Files.writeString(script, String.join("\n",
                "#!/bin/sh",
                "case \"$*\" in",
                "  'nuget list source --format detailed'|'sources list -format detailed')",
                "    printf 'Registered Sources:\\n\\n  1.  nuget.org [Enabled]\\n      https://api.nuget.org/v3/index.json\\n' ;;",
                "  *) echo \"unexpected: $*\" >&2; exit 3 ;;",
                "esac", ""));
        script.toFile().setExecutable(true);
        return bin;
    }

    private void checkDryRun(String tool) throws Exception {
        AwsCli.Result result = aws.withToolsFrom(sourceListingTool(tool)).run("login", "--tool", tool, "--domain", "demo", "--repository", "app", "--dry-run");
        String printed = result.stdout() + result.stderr();
        assertThat(result.exitCode()).as(printed).isZero();
        Matcher source = SOURCE.matcher(printed);
        assertThat(source.find()).as("a source URL in: %s", printed).isTrue();
        assertThat(source.group(1)).isEqualTo(f.endpoint("app") + "v3/index.json");
        Matcher password = Pattern.compile("--password\\s+(\\S+)|-password\\s+(\\S+)").matcher(printed);
        assertThat(password.find()).as("a password in: %s", printed).isTrue();
        String token = password.group(1) != null ? password.group(1) : password.group(2);

        String basic = java.util.Base64.getEncoder().encodeToString(("aws:" + token).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        NugetFeedFixture.Answer index = f.call(new okhttp3.Request.Builder().url(source.group(1))
                .header("Authorization", "Basic " + basic).build());
        assertThat(index.status()).as(index.text()).isEqualTo(200);
        JsonNode doc = NugetFeedFixture.JSON.readTree(index.body());
        assertThat(doc.path("version").asText()).isEqualTo("3.0.0");
        assertThat(NugetProtocolWalkTest.resource(doc, "PackageBaseAddress/3.0.0")).isEqualTo(f.endpoint("app") + "v3/flatcontainer/");
        assertThat(NugetProtocolWalkTest.resource(doc, "PackagePublish/2.0.0")).isEqualTo(f.endpoint("app") + "v2/package");
    }
}
