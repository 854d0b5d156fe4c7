package dev.packyard.server.controlplane;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.packyard.testing.AwsCli;
import dev.packyard.testing.RunningServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real AWS CLI ({@code aws --endpoint-url … codeartifact …}) against a running Packyard. */
class AwsCliStoryTest {
    @TempDir
    Path dir;

    private RunningServer server;
    private AwsCli cli;
    private String account;

    @BeforeEach
    void start() throws IOException, InterruptedException {
        requireThat(AwsCli.installed(), "The AWS CLI ('aws') is not on the PATH of this machine");
        String version = cliVersion();
        requireThat(knowsGenericPackages(version), "The AWS CLI here (" + version + ") predates CodeArtifact's generic "
                + "packages (awscli 1.27.90 / 2.11)");
        server = RunningServer.start(dir.resolve("server"));
        account = server.backend().account().accountId();
        cli = new AwsCli(server.endpoint(), dir.resolve("home"));
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theWholeStoryThroughTheAwsCli() throws Exception {
        JsonNode domain = ok("create-domain", "--domain", "cli-dom", "--tags", "key=team,value=qa").get("domain");
        assertThat(domain.get("name").asText()).isEqualTo("cli-dom");
        assertThat(domain.get("arn").asText()).isEqualTo("arn:aws:codeartifact:us-east-1:" + account + ":domain/cli-dom");
        assertThat(instant(domain.get("createdTime"))).isEqualTo(server.clock().instant());

        ok("create-repository", "--domain", "cli-dom", "--repository", "npm-store");
        JsonNode store = ok("associate-external-connection", "--domain", "cli-dom", "--repository", "npm-store",
                "--external-connection", "public:npmjs").get("repository");
        assertThat(store.at("/externalConnections/0/externalConnectionName").asText()).isEqualTo("public:npmjs");
        assertThat(store.at("/externalConnections/0/packageFormat").asText()).isEqualTo("npm");
        JsonNode app = ok("create-repository", "--domain", "cli-dom", "--repository", "app", "--description", "App repo",
                "--upstreams", "repositoryName=npm-store").get("repository");
        assertThat(app.at("/upstreams/0/repositoryName").asText()).isEqualTo("npm-store");
        for (String extra : List.of("tools", "web", "zeta")) {
            ok("create-repository", "--domain", "cli-dom", "--repository", extra);
        }
        assertThat(ok("describe-repository", "--domain", "cli-dom", "--repository", "app").at("/repository/description")
                .asText()).isEqualTo("App repo");

        JsonNode all = ok("list-repositories-in-domain", "--domain", "cli-dom", "--page-size", "2");
        assertThat(names(all.get("repositories"))).as("the CLI followed every nextToken to the end")
                .containsExactly("app", "npm-store", "tools", "web", "zeta");
        assertThat(all.has("nextToken")).isFalse();
        JsonNode firstPage = ok("list-repositories", "--max-results", "2");
        assertThat(firstPage.get("repositories")).hasSize(2);
        assertThat(firstPage.get("nextToken").asText()).isNotBlank();

        assertThat(ok("update-repository", "--domain", "cli-dom", "--repository", "app", "--upstreams")
                .at("/repository/upstreams")).isEmpty();
        ok("update-repository", "--domain", "cli-dom", "--repository", "app", "--upstreams", "repositoryName=tools",
                "repositoryName=npm-store");
        assertThat(names(ok("describe-repository", "--domain", "cli-dom", "--repository", "app").at("/repository/upstreams"),
                "repositoryName")).containsExactly("tools", "npm-store");

        Path file = dir.resolve("report.txt");
        Files.writeString(file, "generic content");
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        for (String version : List.of("1.0.0", "1.1.0")) {
            JsonNode published = ok("publish-package-version", "--domain", "cli-dom", "--repository", "tools", "--format",
                    "generic", "--namespace", "reports", "--package", "report", "--package-version", version,
                    "--asset-content", file.toString(), "--asset-name", "report.txt", "--asset-sha256", sha);
            assertThat(published.get("status").asText()).isEqualTo("Published");
        }
        JsonNode origin = ok("put-package-origin-configuration", "--domain", "cli-dom", "--repository", "tools", "--format",
                "generic", "--namespace", "reports", "--package", "report", "--restrictions", "publish=ALLOW,upstream=BLOCK");
        assertThat(origin.at("/originConfiguration/restrictions/upstream").asText()).isEqualTo("BLOCK");
        assertThat(ok("describe-package", "--domain", "cli-dom", "--repository", "tools", "--format", "generic",
                "--namespace", "reports", "--package", "report").at("/package/originConfiguration/restrictions/publish")
                .asText()).isEqualTo("ALLOW");
        JsonNode status = ok("update-package-versions-status", "--domain", "cli-dom", "--repository", "tools", "--format",
                "generic", "--namespace", "reports", "--package", "report", "--versions", "1.0.0",
                "--expected-status", "Published", "--target-status", "Unlisted");
        assertThat(status.at("/successfulVersions/1.0.0/status").asText()).isEqualTo("Unlisted");
        JsonNode versions = ok("list-package-versions", "--domain", "cli-dom", "--repository", "tools", "--format",
                "generic", "--namespace", "reports", "--package", "report");
        assertThat(versions.at("/versions/0/status").asText()).isEqualTo("Unlisted");
        assertThat(versions.at("/versions/1/status").asText()).isEqualTo("Published");

        JsonNode token = ok("get-authorization-token", "--domain", "cli-dom", "--duration-seconds", "900");
        assertThat(token.get("authorizationToken").asText()).isNotBlank();
        assertThat(instant(token.get("expiration"))).isEqualTo(server.clock().instant().plusSeconds(900));
        String endpoint = server.endpoint() + "/d/cli-dom/" + account + "/npm/app/";
        assertThat(ok("get-repository-endpoint", "--domain", "cli-dom", "--repository", "app", "--format", "npm")
                .get("repositoryEndpoint").asText()).isEqualTo(endpoint);
        AwsCli.Result login = aws("login", "--tool", "npm", "--domain", "cli-dom", "--repository", "app", "--dry-run");
        assertThat(login.exitCode()).as(login.stderr()).isZero();
        assertThat(login.stdout()).contains("npm config set registry " + endpoint)
                .contains(endpoint.substring("http:".length()) + ":_authToken ");

        String repoArn = "arn:aws:codeartifact:us-east-1:" + account + ":repository/cli-dom/app";
        assertThat(aws("tag-resource", "--resource-arn", repoArn, "--tags", "key=owner,value=web-team").exitCode()).isZero();
        assertThat(ok("list-tags-for-resource", "--resource-arn", repoArn).at("/tags/0/value").asText()).isEqualTo("web-team");
        assertThat(aws("untag-resource", "--resource-arn", repoArn, "--tag-keys", "owner").exitCode()).isZero();
        assertThat(ok("list-tags-for-resource", "--resource-arn", repoArn).get("tags")).isEmpty();
        JsonNode policy = ok("put-domain-permissions-policy", "--domain", "cli-dom", "--policy-document",
                "{\"Version\":\"2012-10-17\",\"Statement\":[]}");
        assertThat(ok("get-domain-permissions-policy", "--domain", "cli-dom").at("/policy/revision").asText())
                .isEqualTo(policy.at("/policy/revision").asText());

        AwsCli.Result missing = aws("describe-domain", "--domain", "no-such-domain");
        assertThat(missing.exitCode()).isNotZero();
        assertThat(missing.stderr()).contains("(ResourceNotFoundException)").contains("Domain no-such-domain does not exist");
        AwsCli.Result invalid = aws("create-domain", "--domain", "Not_Valid");
        assertThat(invalid.exitCode()).isNotZero();
        assertThat(invalid.stderr()).contains("(ValidationException)").contains("Invalid domain 'Not_Valid'");
        AwsCli.Result conflict = aws("create-domain", "--domain", "cli-dom");
        assertThat(conflict.stderr()).contains("(ConflictException)");
        AwsCli.Result blocked = aws("associate-external-connection", "--domain", "cli-dom", "--repository", "app",
                "--external-connection", "public:pypi");
        assertThat(blocked.stderr()).contains("(ValidationException)").contains("upstreams or an external connection");
    }

    private JsonNode ok(String... args) throws Exception {
        return cli.ok(args);
    }

    private AwsCli.Result aws(String... args) throws Exception {
        return cli.run(args);
    }

    /** Fails the test with its reason on the build output as well as in the test report: CI installs the AWS CLI. */
    private static void requireThat(boolean condition, String reason) {
        if (!condition) {
            System.out.println("AwsCliStoryTest: " + reason);
        }
        assertTrue(condition, reason);
    }

    /** CLI v1 prints the epoch seconds it received; CLI v2 prints ISO-8601. */
    private static Instant instant(JsonNode timestamp) {
        if (timestamp.isNumber()) {
            return Instant.ofEpochMilli(timestamp.decimalValue().movePointRight(3).longValueExact());
        }
        return OffsetDateTime.parse(timestamp.asText()).toInstant();
    }

    private static String cliVersion() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("aws", "--version").redirectErrorStream(true).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return "unknown";
        }
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    }

    static boolean knowsGenericPackages(String version) {
        Matcher m = Pattern.compile("aws-cli/(\\d+)\\.(\\d+)\\.(\\d+)").matcher(version);
        if (!m.find()) {
            return false;
        }
        int[] v = {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))};
        int[] minimum = v[0] == 1 ? new int[] {1, 27, 90} : new int[] {2, 11, 0};
        return Arrays.compare(v, minimum) >= 0;
    }

    private static List<String> names(JsonNode list) {
        return names(list, "name");
    }

    private static List<String> names(JsonNode list, String field) {
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(n.get(field).asText()));
        return out;
    }

}
