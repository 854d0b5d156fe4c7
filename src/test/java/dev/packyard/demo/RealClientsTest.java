package dev.packyard.demo;

import dev.packyard.app.InstalledFormats;
import static dev.packyard.testing.RealClients.missing;
import static dev.packyard.testing.RealClients.requireClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.packyard.demo.common.Digests;
import dev.packyard.model.PackageFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The npm, pip and Maven clients installed on this machine install straight from the demo registry, with
 * their own configuration shut out so nothing else is asked. A test whose client is absent fails: CI installs every one.
 */
class RealClientsTest {
    private static final Duration CLIENT_TIMEOUT = Duration.ofMinutes(4);
    private static final String DEPENDENCY_PLUGIN = "org.apache.maven.plugins:maven-dependency-plugin:3.8.1";

    private static DemoRegistry registry;
    private static DemoEndpoints endpoints;

    @BeforeAll
    static void startRegistry() {
        registry = new DemoRegistry(Clock.systemUTC(), InstalledFormats.formats().demoStandIns());
        endpoints = registry.start(0);
    }

    @AfterAll
    static void stopRegistry() {
        registry.close();
    }

    @Test
    void npmInstallsTheScopedPackageAndTheTransitiveTree(@TempDir Path project) throws Exception {
        requireClient("npm");
        Files.writeString(project.resolve("package.json"), "{\"name\":\"demo-consumer\",\"version\":\"1.0.0\",\"private\":true}\n");
        Path emptyUserConfig = Files.writeString(project.resolve("user.npmrc"), "");
        Path emptyGlobalConfig = Files.writeString(project.resolve("global.npmrc"), "");
        ClientProcess.Result result = ClientProcess.run(List.of("npm", "install", "--registry", endpoints.baseFor(PackageFormat.NPM).toString(),
                        "--cache", project.resolve("npm-cache").toString(), "--no-audit", "--no-fund",
                        "--no-update-notifier", "@demo/greeter", "tree-top"),
                project, List.of("npm_config_"), Map.of("npm_config_userconfig", emptyUserConfig.toString(),
                        "npm_config_globalconfig", emptyGlobalConfig.toString()), CLIENT_TIMEOUT);
        assertThat(result.exitCode()).as(result.tail()).isZero();

        Path modules = project.resolve("node_modules");
        for (String name : List.of("@demo/greeter", "@demo/config", "tree-top", "tree-middle", "tree-leaf")) {
            assertThat(modules.resolve(name).resolve("package.json")).as(name).isRegularFile();
            assertThat(modules.resolve(name).resolve("index.js")).as(name).isRegularFile();
        }
        assertThat(Files.readString(modules.resolve("@demo/greeter/package.json"))).contains("\"version\" : \"2.0.0\"");
        assertThat(Files.readString(modules.resolve("tree-middle/package.json"))).contains("\"version\" : \"2.1.0\"");
        assertThat(Files.readString(project.resolve("package-lock.json"))).contains(endpoints.baseFor(PackageFormat.NPM) + "tree-leaf/-/tree-leaf-1.2.0.tgz");

        if (ClientProcess.onPath("node").isPresent()) {
            ClientProcess.Result run = ClientProcess.run(List.of("node", "-e", "console.log(require('tree-top').version)"),
                    project, List.of(), Map.of(), CLIENT_TIMEOUT);
            assertThat(run.output().trim()).as("the tree loads at run time").isEqualTo("1.1.0");
        }
    }

    @Test
    void pipInstallsTheProjectWithADependency(@TempDir Path work) throws Exception {
        requireClient("python3");
        Path target = work.resolve("site");
        ClientProcess.Result result = ClientProcess.run(List.of("python3", "-m", "pip", "install", "--no-cache-dir",
                        "--disable-pip-version-check", "--index-url", endpoints.baseFor(PackageFormat.PYPI).resolve("simple/").toString(),
                        "--target", target.toString(), "fetchy"),
                work, List.of("PIP_"), Map.of("PIP_CONFIG_FILE", "/dev/null"), CLIENT_TIMEOUT);
        assertTrue(!result.output().contains("No module named pip"), () -> missing("pip is not installed for python3"));
        assertThat(result.exitCode()).as(result.tail()).isZero();

        assertThat(target.resolve("fetchy/__init__.py")).content().contains("__version__ = \"1.1.0\"");
        assertThat(target.resolve("tidy_text/__init__.py")).content().contains("__version__ = \"1.2.0\"");
        assertThat(target.resolve("fetchy-1.1.0.dist-info/METADATA")).content().contains("Requires-Dist: tidy-text>=1.1");
        assertThat(target.resolve("tidy_text-1.2.0.dist-info/RECORD")).isRegularFile();
    }

    @Test
    void mavenGetsTheArtifactWithAParentAndItsDependency(@TempDir Path work) throws Exception {
        requireClient("mvn");
        Path userRepository = MavenClientSetup.userLocalRepository();
        assertTrue(MavenClientSetup.pluginAvailable(work, DEPENDENCY_PLUGIN, CLIENT_TIMEOUT), () -> missing("Maven could not get " + DEPENDENCY_PLUGIN));
        Path localRepository = work.resolve("repository");
        Path settings = Files.writeString(work.resolve("settings.xml"), MavenClientSetup.settingsMirroringEverythingTo(
                endpoints.baseFor(PackageFormat.MAVEN).toString(), userRepository, Optional.empty()));

        ClientProcess.Result result = ClientProcess.run(List.of("mvn", "-B", "-q", "-s", settings.toString(),
                        "-Dmaven.repo.local=" + localRepository, DEPENDENCY_PLUGIN + ":get",
                        "-Dartifact=dev.packyard.demo:alpha:2.0.0",
                        "-DremoteRepositories=demo::default::" + endpoints.baseFor(PackageFormat.MAVEN)),
                work, List.of(), Map.of(), CLIENT_TIMEOUT);
        assertThat(result.exitCode()).as(result.tail()).isZero();

        Path group = localRepository.resolve("dev/packyard/demo");
        Path jar = group.resolve("alpha/2.0.0/alpha-2.0.0.jar");
        assertThat(jar).isRegularFile();
        assertThat(group.resolve("demo-parent/1.1.0/demo-parent-1.1.0.pom")).isRegularFile();
        assertThat(group.resolve("beta/1.1.0/beta-1.1.0.jar")).as("version managed by the parent").isRegularFile();
        assertThat(Files.readString(group.resolve("alpha/2.0.0/alpha-2.0.0.jar.sha1")).trim())
                .isEqualTo(Digests.hex("SHA-1", Files.readAllBytes(jar)));
        assertThat(registry.controls(PackageFormat.MAVEN).stats().requests()).isPositive();
    }
}
