package dev.packyard.server.packages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.packyard.demo.ClientProcess;
import dev.packyard.demo.MavenClientSetup;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.codeartifact.model.AssetSummary;
import software.amazon.awssdk.services.codeartifact.model.PackageVersionSummary;

/**
 * The real {@code mvn} of this machine through a {@code serve --demo} child, on what a team meets on day one: a
 * project whose dependencies include a classifier jar and a zip distribution taken offline with their sources, a
 * plugin invoked by its prefix outside any project, and a SNAPSHOT deployed twice and then consumed. Maven's own
 * build plugins come from the user's local repository (fetched there first, as Maven itself would), everything else
 * through Packyard. Without {@code mvn} these tests fail: CI installs it.
 */
class MavenEndToEndTest {
    private static final Duration CLIENT_TIMEOUT = Duration.ofMinutes(4);
    private static final String DEPENDENCY_PLUGIN = "org.apache.maven.plugins:maven-dependency-plugin:3.8.1";
    /** The plugins the projects below run, pinned so that what is fetched into the user's repository is known. */
    private static final List<String> BUILD_PLUGINS = List.of(DEPENDENCY_PLUGIN,
            "org.apache.maven.plugins:maven-clean-plugin:2.5", "org.apache.maven.plugins:maven-site-plugin:3.3",
            "org.apache.maven.plugins:maven-resources-plugin:3.3.1", "org.apache.maven.plugins:maven-compiler-plugin:3.14.0",
            "org.apache.maven.plugins:maven-surefire-plugin:3.5.4", "org.apache.maven.plugins:maven-jar-plugin:3.4.2",
            "org.apache.maven.plugins:maven-install-plugin:3.1.2", "org.apache.maven.plugins:maven-deploy-plugin:3.1.2");
    /** What Maven adds to a plugin that does not name its own plexus-utils, as the demo's hello plugin does not. */
    private static final String INJECTED_PLEXUS_UTILS = "org.codehaus.plexus:plexus-utils:1.1";

    @TempDir
    static Path work;
    private static DemoServe demo;

    @BeforeAll
    static void start() throws Exception {
        assertThat(ClientProcess.onPath("mvn")).as("mvn on the PATH").isPresent();
        Path scratch = Files.createDirectories(work.resolve("scratch"));
        assertThat(MavenClientSetup.pluginsAvailable(scratch, BUILD_PLUGINS, CLIENT_TIMEOUT)).as("Maven can get " + BUILD_PLUGINS)
                .isTrue();
        assertThat(MavenClientSetup.artifactAvailable(scratch, INJECTED_PLEXUS_UTILS, CLIENT_TIMEOUT))
                .as("Maven can get " + INJECTED_PLEXUS_UTILS).isTrue();
        demo = DemoServe.start(Files.createDirectories(work.resolve("serve")).resolve("data"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (demo != null) {
            demo.close();
        }
    }

    @Test
    void goOfflineTakesAClassifierJarAndAZipDistributionAndTheSourcesComeToo(@TempDir Path dir) throws Exception {
        Path local = dir.resolve("repository");
        Path settings = settings(dir, List.of());
        Path project = Files.createDirectories(dir.resolve("project"));
        Files.writeString(project.resolve("pom.xml"), pom("com.example.offline", "offline-app", "1.0.0", "pom", """
                  <dependencies>
                    <dependency><groupId>dev.packyard.demo</groupId><artifactId>epsilon</artifactId><version>1.0.0</version></dependency>
                    <dependency><groupId>dev.packyard.demo</groupId><artifactId>epsilon</artifactId><version>1.0.0</version>
                      <classifier>linux-x86_64</classifier></dependency>
                    <dependency><groupId>dev.packyard.demo</groupId><artifactId>epsilon</artifactId><version>1.0.0</version>
                      <classifier>bin</classifier><type>zip</type></dependency>
                  </dependencies>
                """));

        ClientProcess.Result offline = mvn(project, settings, local, DEPENDENCY_PLUGIN + ":go-offline", DEPENDENCY_PLUGIN + ":sources");
        assertThat(offline.exitCode()).as(offline.tail()).isZero();
        Path version = local.resolve("dev/packyard/demo/epsilon/1.0.0");
        try (ZipFile classifier = new ZipFile(version.resolve("epsilon-1.0.0-linux-x86_64.jar").toFile());
             ZipFile distribution = new ZipFile(version.resolve("epsilon-1.0.0-bin.zip").toFile());
             ZipFile sources = new ZipFile(version.resolve("epsilon-1.0.0-sources.jar").toFile())) {
            assertThat(classifier.getEntry("native/linux-x86_64/libepsilon.so")).isNotNull();
            assertThat(distribution.getEntry("epsilon-1.0.0/bin/epsilon")).isNotNull();
            assertThat(sources.getEntry("dev/packyard/demo/epsilon/About.java")).isNotNull();
        }
        assertThat(version.resolve("epsilon-1.0.0.jar")).isRegularFile();

        assertThat(eventually(() -> assets("dev.packyard.demo", "epsilon", "1.0.0"), 5)).as("every file kept as an asset")
                .map(AssetSummary::name).contains("epsilon-1.0.0.pom", "epsilon-1.0.0.jar", "epsilon-1.0.0-linux-x86_64.jar",
                        "epsilon-1.0.0-bin.zip", "epsilon-1.0.0-sources.jar");
    }

    @Test
    void aPluginPrefixResolvesThroughTheGroupMetadataOutsideAnyProject(@TempDir Path dir) throws Exception {
        Path local = dir.resolve("repository");
        Path settings = settings(dir, List.of("dev.packyard.demo.plugins"));
        Path noProject = Files.createDirectories(dir.resolve("no-project"));

        ClientProcess.Result greet = mvn(noProject, settings, local, "hello:greet");
        assertThat(greet.exitCode()).as(greet.tail()).isZero();
        assertThat(greet.output()).contains("Hello from the Packyard demo plugin").doesNotContain("No plugin found for prefix");
        assertThat(local.resolve("dev/packyard/demo/plugins/maven-metadata-packyard.xml")).content()
                .contains("<prefix>hello</prefix>");
        assertThat(local.resolve("dev/packyard/demo/plugins/hello-maven-plugin/1.0.0/hello-maven-plugin-1.0.0.jar")).isRegularFile();
    }

    @Test
    void aSnapshotDeployedTwiceIsConsumedAtItsNewestBuild(@TempDir Path dir) throws Exception {
        Path settings = settings(dir, List.of());
        Path project = Files.createDirectories(dir.resolve("rw-app"));
        Path resources = Files.createDirectories(project.resolve("src/main/resources"));
        Files.writeString(project.resolve("pom.xml"), pom("com.example.rw", "rw-app", "1.0.0-SNAPSHOT", "jar", """
                  <properties><project.build.sourceEncoding>UTF-8</project.build.sourceEncoding></properties>
                  <distributionManagement>
                    <snapshotRepository><id>packyard</id><url>%s</url></snapshotRepository>
                  </distributionManagement>
                """.formatted(endpoint())));
        Path deployerRepository = dir.resolve("deployer-repository");
        for (String build : List.of("build one", "build two")) {
            Files.writeString(resources.resolve("build.txt"), build + "\n");
            ClientProcess.Result deploy = mvn(project, settings, deployerRepository, "-DskipTests", "deploy");
            assertThat(deploy.exitCode()).as(build + ": " + deploy.tail()).isZero();
        }
        List<PackageVersionSummary> versions = demo.api().listPackageVersions(r -> r.domain("demo").repository("app").format("maven")
                .namespace("com.example.rw").packageValue("rw-app")).versions();
        assertThat(versions).singleElement().satisfies(v -> {
            assertThat(v.version()).isEqualTo("1.0.0-SNAPSHOT");
            assertThat(v.statusAsString()).isEqualTo("Published");
        });
        assertThat(assets("com.example.rw", "rw-app", "1.0.0-SNAPSHOT")).map(AssetSummary::name)
                .filteredOn(name -> name.endsWith(".jar")).hasSize(2).allMatch(name -> name.matches("rw-app-1\\.0\\.0-\\d{8}\\.\\d{6}-[12]\\.jar"));

        Path consumer = Files.createDirectories(dir.resolve("consumer"));
        Files.writeString(consumer.resolve("pom.xml"), pom("com.example.rw", "consumer", "1.0.0", "pom", """
                  <repositories>
                    <repository><id>team-snapshots</id><url>%s</url><snapshots><enabled>true</enabled></snapshots></repository>
                  </repositories>
                  <dependencies>
                    <dependency><groupId>com.example.rw</groupId><artifactId>rw-app</artifactId><version>1.0.0-SNAPSHOT</version></dependency>
                  </dependencies>
                """.formatted(endpoint())));
        Path consumerRepository = dir.resolve("consumer-repository");
        ClientProcess.Result resolve = mvn(consumer, settings, consumerRepository, DEPENDENCY_PLUGIN + ":resolve");
        assertThat(resolve.exitCode()).as(resolve.tail()).isZero();
        Path resolved = consumerRepository.resolve("com/example/rw/rw-app/1.0.0-SNAPSHOT/rw-app-1.0.0-SNAPSHOT.jar");
        try (ZipFile jar = new ZipFile(resolved.toFile())) {
            assertThat(new String(jar.getInputStream(jar.getEntry("build.txt")).readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo("build two\n");
        }
    }

    /** A project's POM with the build plugins pinned; {@code body} is the rest of the project element. */
    private static String pom(String groupId, String artifactId, String version, String packaging, String body) {
        return "<project xmlns=\"http://maven.apache.org/POM/4.0.0\">\n  <modelVersion>4.0.0</modelVersion>\n"
                + "  <groupId>" + groupId + "</groupId>\n  <artifactId>" + artifactId + "</artifactId>\n"
                + "  <version>" + version + "</version>\n  <packaging>" + packaging + "</packaging>\n"
                + body + pinnedPlugins() + "\n</project>\n";
    }

    private static String pinnedPlugins() {
        StringBuilder xml = new StringBuilder("  <build><pluginManagement><plugins>\n");
        for (String plugin : BUILD_PLUGINS) {
            String[] gav = plugin.split(":");
            xml.append("    <plugin><groupId>").append(gav[0]).append("</groupId><artifactId>").append(gav[1])
                    .append("</artifactId><version>").append(gav[2]).append("</version></plugin>\n");
        }
        return xml.append("  </plugins></pluginManagement></build>").toString();
    }

    private static Path settings(Path dir, List<String> pluginGroups) throws Exception {
        return Files.writeString(dir.resolve("settings.xml"), MavenClientSetup.settingsMirroringEverythingTo(endpoint(),
                MavenClientSetup.userLocalRepository(), Optional.of(demo.token()), pluginGroups));
    }

    private static String endpoint() {
        return demo.endpoint("maven");
    }

    private static ClientProcess.Result mvn(Path dir, Path settings, Path localRepository, String... args) throws Exception {
        return ClientProcess.run(Stream.concat(Stream.of("mvn", "-B", "-q", "-s", settings.toString(),
                "-Dmaven.repo.local=" + localRepository), Stream.of(args)).toList(), dir, List.of(), Map.of(), CLIENT_TIMEOUT);
    }

    private static List<AssetSummary> assets(String namespace, String name, String version) {
        try {
            return demo.api().listPackageVersionAssets(r -> r.domain("demo").repository("app").format("maven").namespace(namespace)
                    .packageValue(name).packageVersion(version)).assets();
        } catch (software.amazon.awssdk.services.codeartifact.model.ResourceNotFoundException notYetVisible) {
            return List.of();
        }
    }

    /** Fetched files become assets after persistence, which --timing immediate makes quick but not instant. */
    private static List<AssetSummary> eventually(java.util.function.Supplier<List<AssetSummary>> listing, int atLeast)
            throws InterruptedException {
        for (int attempt = 0; attempt < 60; attempt++) {
            List<AssetSummary> found = listing.get();
            if (found.size() >= atLeast) {
                return found;
            }
            Thread.sleep(500);
        }
        return listing.get();
    }
}
