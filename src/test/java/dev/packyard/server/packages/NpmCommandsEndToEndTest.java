package dev.packyard.server.packages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.packyard.demo.ClientProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The npm commands a team uses beyond install and publish, and yarn 1, run with the real clients against a real
 * {@code serve --demo} child, each client configured in a fresh HOME as the README says. These clients are part of
 * CI (.ci/run installs yarn 1), so a missing one fails the test.
 */
class NpmCommandsEndToEndTest extends DemoServeTest {
    private static final Duration CLIENT_TIMEOUT = Duration.ofMinutes(3);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LIB = "@team/e2e-tags";

    @Test
    void npmPingWhoamiTagsDeprecateSearchAuditAndUnpublishBehaveAsOnCodeArtifact(@TempDir Path dir) throws Exception {
        requireClient("npm");
        Map<String, String> env = npmHome(dir);
        ClientProcess.Result ping = npm(dir, env, "ping");
        assertThat(ping.exitCode()).as(ping.tail()).isZero();
        assertThat(ping.output()).contains("PONG");
        ClientProcess.Result whoami = npm(dir, env, "whoami");
        assertThat(whoami.exitCode()).as(whoami.tail()).isZero();
        assertThat(whoami.output().strip()).endsWith("aws@demo-" + demo.owner());

        Path lib = Files.createDirectories(dir.resolve("lib"));
        publish(lib, env, "1.0.0", "Tags and deprecations from the end-to-end test");
        publish(lib, env, "2.0.0-beta.1", "Tags and deprecations from the end-to-end test", "--tag", "beta");
        assertThat(viewJson(dir, env, LIB, "dist-tags")).isEqualTo(JSON.readTree("{\"latest\":\"1.0.0\",\"beta\":\"2.0.0-beta.1\"}"));
        assertThat(demo.api().listPackageVersions(r -> r.domain("demo").repository("app").format("npm").namespace("team")
                .packageValue("e2e-tags")).defaultDisplayVersion()).isEqualTo("1.0.0");

        ClientProcess.Result add = npm(dir, env, "dist-tag", "add", LIB + "@2.0.0-beta.1", "next");
        assertThat(add.exitCode()).as(add.tail()).isZero();
        assertThat(npm(dir, env, "dist-tag", "ls", LIB).output()).contains("next: 2.0.0-beta.1").contains("latest: 1.0.0");
        ClientProcess.Result rm = npm(dir, env, "dist-tag", "rm", LIB, "next");
        assertThat(rm.exitCode()).as(rm.tail()).isZero();
        assertThat(npm(dir, env, "dist-tag", "ls", LIB).output()).doesNotContain("next:");

        ClientProcess.Result deprecate = npm(dir, env, "deprecate", LIB + "@1.0.0", "moved to 2.x");
        assertThat(deprecate.exitCode()).as(deprecate.tail()).isZero();
        assertThat(viewJson(dir, env, LIB + "@1.0.0", "deprecated").asText()).isEqualTo("moved to 2.x");

        ClientProcess.Result search = npm(dir, env, "search", "e2e-tags");
        assertThat(search.exitCode()).as(search.tail()).isZero();
        assertThat(search.output()).contains(LIB).contains("Tags and deprecations from the end-to-end test").contains("1.0.0");

        Path project = Files.createDirectories(dir.resolve("project"));
        Files.writeString(project.resolve("package.json"), "{\"name\":\"consumer\",\"version\":\"1.0.0\",\"private\":true}\n");
        ClientProcess.Result install = npm(project, env, "install", "--no-fund", LIB, "tree-top");
        assertThat(install.exitCode()).as(install.tail()).isZero();
        assertThat(install.output()).as("npm warns of the deprecation").contains("deprecated " + LIB + "@1.0.0: moved to 2.x");
        assertThat(project.resolve("node_modules/@team/e2e-tags/package.json")).content().contains("\"version\":\"1.0.0\"");

        ClientProcess.Result audit = npm(project, env, "audit");
        assertThat(audit.exitCode()).isNotZero();
        assertThat(audit.output()).contains("405").contains("npm audit is not supported by CodeArtifact")
                .doesNotContain("--endpoint-url");

        ClientProcess.Result unpublish = npm(dir, env, "unpublish", LIB + "@1.0.0", "--force");
        assertThat(unpublish.exitCode()).isNotZero();
        assertThat(unpublish.output()).contains("E405").contains("aws codeartifact delete-package-versions");
        ClientProcess.Result unpublishAll = npm(dir, env, "unpublish", LIB, "--force");
        assertThat(unpublishAll.exitCode()).isNotZero();
        assertThat(unpublishAll.output()).contains("E405").contains("aws codeartifact delete-package ");
        assertThat(viewJson(dir, env, LIB, "versions")).extracting(JsonNode::asText).containsExactly("1.0.0", "2.0.0-beta.1");
    }

    @Test
    void tagsAreMergedAcrossAnUpstreamRepositoryAndCopiedWithTheirVersions(@TempDir Path dir) throws Exception {
        requireClient("npm");
        String name = "@team/e2e-merged";
        demo.api().createRepository(r -> r.domain("demo").repository("e2e-team"));
        demo.api().createRepository(r -> r.domain("demo").repository("e2e-consumer").upstreams(u -> u.repositoryName("e2e-team")));
        demo.api().createRepository(r -> r.domain("demo").repository("e2e-release"));
        Map<String, String> team = npmHome(dir.resolve("team"), repositoryEndpoint("e2e-team"));
        Map<String, String> consumer = npmHome(dir.resolve("consumer"), repositoryEndpoint("e2e-consumer"));
        Map<String, String> release = npmHome(dir.resolve("release"), repositoryEndpoint("e2e-release"));

        Path lib = Files.createDirectories(dir.resolve("lib"));
        publish(name, lib, team, "1.0.0", "Merged tags");
        publish(name, lib, team, "1.1.0", "Merged tags", "--tag", "candidate");
        assertThat(npm(dir, consumer, "dist-tag", "ls", name).output())
                .as("the upstream's tags, seen through the consumer").contains("latest: 1.0.0").contains("candidate: 1.1.0");

        Path project = Files.createDirectories(dir.resolve("project"));
        Files.writeString(project.resolve("package.json"), "{\"name\":\"merged-consumer\",\"version\":\"1.0.0\",\"private\":true}\n");
        ClientProcess.Result install = npm(project, consumer, "install", "--no-fund", name);
        assertThat(install.exitCode()).as(install.tail()).isZero();
        assertThat(project.resolve("node_modules/@team/e2e-merged/package.json")).content().contains("\"version\":\"1.0.0\"");

        ClientProcess.Result own = npm(dir, consumer, "dist-tag", "add", name + "@1.1.0", "latest");
        assertThat(own.exitCode()).as(own.tail()).isZero();
        assertThat(npm(dir, consumer, "dist-tag", "ls", name).output()).as("the consumer's own latest wins").contains("latest: 1.1.0");
        assertThat(npm(dir, team, "dist-tag", "ls", name).output()).as("the upstream keeps its own").contains("latest: 1.0.0");

        demo.api().copyPackageVersions(r -> r.domain("demo").sourceRepository("e2e-team").destinationRepository("e2e-release")
                .format("npm").namespace("team").packageValue("e2e-merged").versions("1.0.0", "1.1.0"));
        assertThat(viewJson(dir, release, name, "dist-tags"))
                .isEqualTo(JSON.readTree("{\"latest\":\"1.0.0\",\"candidate\":\"1.1.0\"}"));
        Path released = Files.createDirectories(dir.resolve("released"));
        Files.writeString(released.resolve("package.json"), "{\"name\":\"released\",\"version\":\"1.0.0\",\"private\":true}\n");
        ClientProcess.Result candidate = npm(released, release, "install", "--no-fund", name + "@candidate");
        assertThat(candidate.exitCode()).as(candidate.tail()).isZero();
        assertThat(released.resolve("node_modules/@team/e2e-merged/package.json")).content().contains("\"version\":\"1.1.0\"");
    }

    @Test
    void yarnOneInstallsAfterTheReadmesAlwaysAuthLineAndIsToldItWithoutIt(@TempDir Path dir) throws Exception {
        requireClient("yarn");
        Map<String, String> env = npmHome(dir);
        Path project = Files.createDirectories(dir.resolve("project"));
        Files.writeString(project.resolve("package.json"), "{\"name\":\"consumer\",\"version\":\"1.0.0\",\"private\":true,"
                + "\"dependencies\":{\"tree-top\":\"^1.0.0\",\"@demo/greeter\":\"^2.0.0\"}}\n");
        ClientProcess.Result version = yarn(project, env, "--version");
        assertThat(version.output().strip()).startsWith("1.");

        ClientProcess.Result refused = yarn(project, env, "install", "--non-interactive", "--no-progress");
        assertThat(refused.exitCode()).isNotZero();
        String alwaysAuth = registryKey() + ":always-auth=true";
        assertThat(refused.output()).contains(alwaysAuth);

        Path npmrc = Path.of(env.get("HOME")).resolve(".npmrc");
        Files.writeString(npmrc, Files.readString(npmrc) + alwaysAuth + "\n");
        ClientProcess.Result install = yarn(project, env, "install", "--non-interactive", "--no-progress");
        assertThat(install.exitCode()).as(install.tail()).isZero();
        for (String name : List.of("tree-top", "tree-middle", "tree-leaf", "@demo/greeter", "@demo/config")) {
            assertThat(project.resolve("node_modules").resolve(name).resolve("package.json")).as(name).isRegularFile();
        }
        assertThat(project.resolve("yarn.lock")).content().contains(endpoint() + "tree-leaf/-/tree-leaf-1.2.0.tgz");
    }

    /** A fresh HOME whose .npmrc has the registry and token lines of the README's npm set-up, and nothing else. */
    private static Map<String, String> npmHome(Path dir) throws Exception {
        return npmHome(dir, endpoint());
    }

    private static Map<String, String> npmHome(Path dir, String registry) throws Exception {
        Files.createDirectories(dir);
        Path home = Files.createDirectories(dir.resolve("home"));
        Path npmrc = Files.writeString(home.resolve(".npmrc"), "registry=" + registry + "\n" + registry.replaceFirst("^http:", "")
                + ":_authToken=" + demo.token() + "\n");
        return new HashMap<>(Map.of("HOME", home.toString(), "npm_config_userconfig", npmrc.toString(),
                "npm_config_globalconfig", Files.writeString(dir.resolve("global.npmrc"), "").toString(),
                "npm_config_cache", dir.resolve("npm-cache").toString(), "npm_config_update_notifier", "false",
                "YARN_CACHE_FOLDER", dir.resolve("yarn-cache").toString()));
    }

    private static void publish(Path lib, Map<String, String> env, String version, String description, String... options)
            throws Exception {
        publish(LIB, lib, env, version, description, options);
    }

    private static void publish(String name, Path lib, Map<String, String> env, String version, String description, String... options)
            throws Exception {
        Files.writeString(lib.resolve("package.json"), "{\"name\":\"" + name + "\",\"version\":\"" + version
                + "\",\"description\":\"" + description + "\",\"main\":\"index.js\"}\n");
        Files.writeString(lib.resolve("index.js"), "module.exports = '" + version + "';\n");
        ClientProcess.Result published = npm(lib, env, Stream.concat(Stream.of("publish"), Stream.of(options)).toArray(String[]::new));
        assertThat(published.exitCode()).as(published.tail()).isZero();
    }

    private static JsonNode viewJson(Path dir, Map<String, String> env, String spec, String field) throws Exception {
        ClientProcess.Result view = npm(dir, env, "view", spec, field, "--json");
        assertThat(view.exitCode()).as(view.tail()).isZero();
        String out = view.output();
        return JSON.readTree(out.substring(Math.min(indexOfJson(out), out.length())));
    }

    /** npm may print warnings before the JSON; it starts at the first line that opens a value. */
    private static int indexOfJson(String output) {
        int at = 0;
        for (String line : output.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("{") || trimmed.startsWith("[") || trimmed.startsWith("\"")) {
                return at;
            }
            at += line.length() + 1;
        }
        return output.length();
    }

    private static ClientProcess.Result npm(Path dir, Map<String, String> env, String... args) throws Exception {
        return ClientProcess.run(Stream.concat(Stream.of("npm"), Stream.of(args)).toList(), dir, List.of("npm_config_"), env,
                CLIENT_TIMEOUT);
    }

    private static ClientProcess.Result yarn(Path dir, Map<String, String> env, String... args) throws Exception {
        return ClientProcess.run(Stream.concat(Stream.of("yarn"), Stream.of(args)).toList(), dir, List.of("npm_config_", "YARN_"),
                env, CLIENT_TIMEOUT);
    }

    private static String endpoint() {
        return demo.endpoint("npm");
    }

    private static String repositoryEndpoint(String repository) {
        return demo.serve().url() + "/d/demo/" + demo.owner() + "/npm/" + repository + "/";
    }

    /** The registry URL without its scheme, as .npmrc keys per-registry settings. */
    private static String registryKey() {
        return endpoint().replaceFirst("^http:", "");
    }

    private static void requireClient(String executable) {
        assertThat(ClientProcess.onPath(executable)).as(executable + " must be on the PATH (CI installs it; see .ci/run)")
                .isPresent();
    }
}
