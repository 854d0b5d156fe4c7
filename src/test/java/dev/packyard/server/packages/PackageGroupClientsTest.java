package dev.packyard.server.packages;

import static dev.packyard.testing.RealClients.requireClient;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.packyard.demo.ClientProcess;
import dev.packyard.testing.AwsCli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Package groups set with the real AWS CLI against a {@code serve --demo} child, and the real npm refused by them:
 * an install whose package may not be ingested from the public registry (EXTERNAL_UPSTREAM) or retained from the
 * upstream repository (INTERNAL_UPSTREAM), and a publish the group blocks (PUBLISH); each allowed again through the
 * allowed-repository list or the mode.
 */
class PackageGroupClientsTest extends DemoServeTest {
    private static final Duration CLIENT_TIMEOUT = Duration.ofMinutes(4);

    private static AwsCli aws;
    private static String store;

    @BeforeAll
    static void startServe() throws Exception {
        aws = new AwsCli(demo.serve().url(), work.resolve("aws-home"));
        store = demo.api().describeRepository(r -> r.domain("demo").repository("app")).repository().upstreams().stream()
                .map(u -> u.repositoryName()).filter(n -> n.contains("npm")).findFirst().orElseThrow();
    }

    @Test
    void theCliManagesGroupsAndTheirRestrictionsRefuseAndThenAllowNpmInstall(@TempDir Path project) throws Exception {
        requireClient("aws");
        requireClient("npm");
        JsonNode created = aws.ok("create-package-group", "--domain", "demo", "--package-group", "/npm/demo/*",
                "--description", "the demo scope");
        assertThat(created.at("/packageGroup/parent/pattern").asText()).isEqualTo("/*");
        JsonNode blocked = aws.ok("update-package-group-origin-configuration", "--domain", "demo", "--package-group",
                "/npm/demo/*", "--restrictions", "EXTERNAL_UPSTREAM=BLOCK");
        assertThat(blocked.at("/packageGroup/originConfiguration/restrictions/EXTERNAL_UPSTREAM/effectiveMode").asText())
                .isEqualTo("BLOCK");
        assertThat(blocked.at("/packageGroup/originConfiguration/restrictions/PUBLISH/inheritedFrom/pattern").asText())
                .isEqualTo("/*");
        JsonNode associated = aws.ok("get-associated-package-group", "--domain", "demo", "--format", "npm",
                "--namespace", "demo", "--package", "greeter");
        assertThat(associated.at("/packageGroup/pattern").asText()).isEqualTo("/npm/demo/*");
        assertThat(associated.at("/associationType").asText()).isEqualTo("WEAK");
        List<String> patterns = new java.util.ArrayList<>();
        aws.ok("list-package-groups", "--domain", "demo").at("/packageGroups").forEach(g -> patterns.add(g.get("pattern")
                .asText()));
        assertThat(patterns).startsWith("/*").contains("/npm/demo/*").isSorted();

        Map<String, String> env = npmEnv(project, "refused");
        ClientProcess.Result refused = npm(project, env, "install", "--no-audit", "--no-fund", "--no-update-notifier",
                "@demo/greeter");
        assertThat(refused.exitCode()).isNotZero();
        assertThat(refused.output()).contains("E403");

        aws.ok("update-package-group-origin-configuration", "--domain", "demo", "--package-group", "/npm/demo/*",
                "--restrictions", "EXTERNAL_UPSTREAM=ALLOW_SPECIFIC_REPOSITORIES", "--add-allowed-repositories",
                "originRestrictionType=EXTERNAL_UPSTREAM,repositoryName=" + store);
        assertThat(aws.ok("list-allowed-repositories-for-group", "--domain", "demo", "--package-group", "/npm/demo/*",
                "--origin-restriction-type", "EXTERNAL_UPSTREAM").at("/allowedRepositories").get(0).asText())
                .isEqualTo(store);
        ClientProcess.Result allowed = npm(project, npmEnv(project, "allowed"), "install", "--no-audit", "--no-fund",
                "--no-update-notifier", "@demo/greeter");
        assertThat(allowed.exitCode()).as(allowed.tail()).isZero();

        aws.ok("create-package-group", "--domain", "demo", "--package-group", "/npm//tree-~");
        aws.ok("update-package-group-origin-configuration", "--domain", "demo", "--package-group", "/npm//tree-~",
                "--restrictions", "INTERNAL_UPSTREAM=BLOCK");
        ClientProcess.Result notRetained = npm(project, npmEnv(project, "internal"), "install", "--no-audit",
                "--no-fund", "--no-update-notifier", "tree-leaf");
        assertThat(notRetained.exitCode()).isNotZero();
        assertThat(notRetained.output()).contains("E403");
    }

    @Test
    void aGroupBlockingPublishRefusesNpmPublishUntilTheRepositoryIsAllowed(@TempDir Path project) throws Exception {
        requireClient("aws");
        requireClient("npm");
        aws.ok("create-package-group", "--domain", "demo", "--package-group", "/npm/locked/*");
        aws.ok("update-package-group-origin-configuration", "--domain", "demo", "--package-group", "/npm/locked/*",
                "--restrictions", "PUBLISH=BLOCK");
        Path lib = Files.createDirectories(project.resolve("lib"));
        Files.writeString(lib.resolve("package.json"), "{\"name\":\"@locked/lib\",\"version\":\"1.0.0\"}\n");
        Files.writeString(lib.resolve("index.js"), "module.exports = 1;\n");
        Map<String, String> env = npmEnv(project, "publish");
        ClientProcess.Result refused = npm(lib, env, "publish", "--no-update-notifier");
        assertThat(refused.exitCode()).isNotZero();
        assertThat(refused.output()).contains("E403");

        aws.ok("update-package-group-origin-configuration", "--domain", "demo", "--package-group", "/npm/locked/*",
                "--restrictions", "PUBLISH=ALLOW_SPECIFIC_REPOSITORIES", "--add-allowed-repositories",
                "originRestrictionType=PUBLISH,repositoryName=app");
        ClientProcess.Result published = npm(lib, env, "publish", "--no-update-notifier");
        assertThat(published.exitCode()).as(published.tail()).isZero();
        JsonNode packages = aws.ok("list-associated-packages", "--domain", "demo", "--package-group", "/npm/locked/*");
        assertThat(packages.at("/packages").findValuesAsText("package")).containsExactly("lib");
    }

    @Test
    void pipInstallIsRefusedByAnExactGroupAndAllowedOnceTheGroupIsDeleted(@TempDir Path dir) throws Exception {
        requireClient("aws");
        requireClient("python3");
        aws.ok("create-package-group", "--domain", "demo", "--package-group", "/pypi//fetchy$");
        aws.ok("update-package-group-origin-configuration", "--domain", "demo", "--package-group", "/pypi//fetchy$",
                "--restrictions", "EXTERNAL_UPSTREAM=BLOCK");
        assertThat(aws.ok("get-associated-package-group", "--domain", "demo", "--format", "pypi", "--package", "fetchy")
                .at("/associationType").asText()).isEqualTo("STRONG");
        String index = demo.endpoint("pypi").replaceFirst("^http://", "http://aws:" + demo.token() + "@") + "simple/";
        Map<String, String> env = new HashMap<>(Map.of("HOME", Files.createDirectories(dir.resolve("home")).toString(),
                "PIP_INDEX_URL", index, "PIP_CONFIG_FILE", "/dev/null", "PIP_RETRIES", "0"));
        List<String> install = List.of("python3", "-m", "pip", "install", "--no-cache-dir", "--disable-pip-version-check",
                "--no-deps", "--target", dir.resolve("site").toString(), "fetchy==1.1.0");
        ClientProcess.Result refused = ClientProcess.run(install, dir, List.of("PIP_"), env, CLIENT_TIMEOUT);
        assertThat(refused.exitCode()).isNotZero();
        assertThat(refused.output()).contains("403");

        aws.ok("delete-package-group", "--domain", "demo", "--package-group", "/pypi//fetchy$");
        ClientProcess.Result allowed = ClientProcess.run(install, dir, List.of("PIP_"), env, CLIENT_TIMEOUT);
        assertThat(allowed.exitCode()).as(allowed.tail()).isZero();
    }

    /** npm configured for repository app with a token, as {@code aws codeartifact login --tool npm} would leave it. */
    private static Map<String, String> npmEnv(Path project, String cache) throws Exception {
        Path home = Files.createDirectories(project.resolve("home-" + cache));
        String registry = demo.endpoint("npm");
        Path npmrc = Files.writeString(home.resolve(".npmrc"), "registry=" + registry + "\n"
                + registry.replaceFirst("^https?:", "") + ":_authToken=" + demo.token() + "\n");
        Path pkg = project.resolve("package.json");
        if (!Files.exists(pkg)) {
            Files.writeString(pkg, "{\"name\":\"consumer\",\"version\":\"1.0.0\",\"private\":true}\n");
        }
        return new HashMap<>(Map.of("HOME", home.toString(), "npm_config_userconfig", npmrc.toString(),
                "npm_config_globalconfig", Files.writeString(home.resolve("global.npmrc"), "").toString(),
                "npm_config_cache", project.resolve("npm-cache-" + cache).toString(),
                "npm_config_fetch_retries", "0"));
    }

    private static ClientProcess.Result npm(Path dir, Map<String, String> env, String... args) throws Exception {
        return ClientProcess.run(Stream.concat(Stream.of("npm"), Stream.of(args)).toList(), dir, List.of("npm_config_"), env,
                CLIENT_TIMEOUT);
    }
}
