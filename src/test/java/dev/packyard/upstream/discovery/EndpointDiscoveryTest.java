package dev.packyard.upstream.discovery;

import dev.packyard.app.InstalledFormats;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.packyard.model.ExternalConnection;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each discovery source, fed from temporary home directories, variables and stand-in command outputs. */
class EndpointDiscoveryTest {
    @TempDir
    Path home;
    @TempDir
    Path mavenHome;

    private final Map<String, String> env = new HashMap<>();
    private final Map<List<String>, String> commandOutputs = new HashMap<>();
    private final CommandRunner commands = (command, timeout) -> Optional.ofNullable(commandOutputs.get(command));

    private DiscoveredEndpoint discover(ExternalConnection connection) {
        return discovery(Map.of()).discover(connection);
    }

    private EndpointDiscovery discovery(Map<ExternalConnection, String> explicit) {
        return new EndpointDiscovery(new DiscoveryEnvironment(env, home, commands, Duration.ofSeconds(5)), InstalledFormats.formats().discovery(), explicit,
                "from --upstream");
    }

    @Test
    void anExplicitSettingWinsOverEverything() {
        env.put("NPM_CONFIG_REGISTRY", "http://127.0.0.1:4873/");

        DiscoveredEndpoint npm = discovery(Map.of(ExternalConnection.NPMJS, "http://127.0.0.1:9999/npm/")).discover(ExternalConnection.NPMJS);

        assertThat(npm.url()).contains("http://127.0.0.1:9999/npm/");
        assertThat(npm.source()).isEqualTo("from --upstream");
    }

    @Test
    void npmFromTheEnvironmentVariable() {
        env.put("NPM_CONFIG_REGISTRY", "http://127.0.0.1:4873/");
        write(".npmrc", "registry=http://127.0.0.1:5000/\n");

        DiscoveredEndpoint npm = discover(ExternalConnection.NPMJS);

        assertThat(npm.url()).contains("http://127.0.0.1:4873/");
        assertThat(npm.source()).isEqualTo("from $NPM_CONFIG_REGISTRY");
    }

    @Test
    void npmFromTheUsersNpmrcIgnoringScopedRegistriesAndComments() {
        env.put("REGISTRY_PORT", "4874");
        write(".npmrc", """
                ; company settings
                @acme:registry=http://127.0.0.1:6000/
                # registry=http://127.0.0.1:1/
                registry = http://127.0.0.1:${REGISTRY_PORT}/npm/
                //127.0.0.1:4874/npm/:_authToken=secret
                """);
        commandOutputs.put(List.of("npm", "config", "get", "registry"), "http://127.0.0.1:7000/\n");

        DiscoveredEndpoint npm = discover(ExternalConnection.NPMJS);

        assertThat(npm.url()).contains("http://127.0.0.1:4874/npm/");
        assertThat(npm.source()).isEqualTo("from ~/.npmrc");
    }

    @Test
    void npmFromItsOwnConfigCommand() {
        commandOutputs.put(List.of("npm", "config", "get", "registry"), "http://127.0.0.1:7000/\n");

        DiscoveredEndpoint npm = discover(ExternalConnection.NPMJS);

        assertThat(npm.url()).contains("http://127.0.0.1:7000/");
        assertThat(npm.source()).isEqualTo("from `npm config get registry`");
    }

    @Test
    void pipFromTheEnvironmentTurnsTheSimpleIndexIntoTheBase() {
        env.put("PIP_INDEX_URL", "http://127.0.0.1:8080/simple/");

        DiscoveredEndpoint pypi = discover(ExternalConnection.PYPI);

        assertThat(pypi.url()).contains("http://127.0.0.1:8080/");
        assertThat(pypi.source()).isEqualTo("from $PIP_INDEX_URL");
    }

    @Test
    void pipFromTheUsersPipConf() {
        write(".config/pip/pip.conf", """
                [install]
                trusted-host = 127.0.0.1

                [global]
                timeout = 60
                index-url = http://127.0.0.1:3141/root/pypi/+simple/
                """);

        DiscoveredEndpoint pypi = discover(ExternalConnection.PYPI);

        assertThat(pypi.url()).contains("http://127.0.0.1:3141/root/pypi/+simple/");
        assertThat(pypi.source()).isEqualTo("from ~/.config/pip/pip.conf");
    }

    @Test
    void pipFromTheLegacyPipConfAndFromItsConfigCommand() {
        write(".pip/pip.conf", "[global]\nindex_url: http://127.0.0.1:3142/pypi/simple\n");
        assertThat(discover(ExternalConnection.PYPI).url()).contains("http://127.0.0.1:3142/pypi/");
        assertThat(discover(ExternalConnection.PYPI).source()).isEqualTo("from ~/.pip/pip.conf");

        delete(home.resolve(".pip/pip.conf"));
        commandOutputs.put(List.of("pip", "config", "get", "global.index-url"), "http://127.0.0.1:3143/simple\n");
        DiscoveredEndpoint pypi = discover(ExternalConnection.PYPI);
        assertThat(pypi.url()).contains("http://127.0.0.1:3143/");
        assertThat(pypi.source()).isEqualTo("from `pip config get global.index-url`");
    }

    @Test
    void mavenFromAMirrorOfCentralInSettingsXml() {
        write(".m2/settings.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <settings xmlns="http://maven.apache.org/SETTINGS/1.2.0">
                  <mirrors>
                    <mirror>
                      <id>not-for-central</id>
                      <mirrorOf>*,!central</mirrorOf>
                      <url>http://127.0.0.1:8081/all-but-central/</url>
                    </mirror>
                    <mirror>
                      <id>team-nexus</id>
                      <name>Team Nexus</name>
                      <mirrorOf>external:*</mirrorOf>
                      <url>http://127.0.0.1:8081/repository/maven-public/</url>
                    </mirror>
                  </mirrors>
                </settings>
                """);
        env.put("MAVEN_HOME", mavenHome.toString());

        DiscoveredEndpoint maven = discover(ExternalConnection.MAVEN_CENTRAL);

        assertThat(maven.url()).contains("http://127.0.0.1:8081/repository/maven-public/");
        assertThat(maven.source()).isEqualTo("from the mirror 'team-nexus' in ~/.m2/settings.xml");
    }

    @Test
    void mavenFromTheSuperPomOfTheInstallationNamedByMavenHome() throws IOException {
        superPom(mavenHome.resolve("lib/maven-model-builder-3.9.9.jar"), "http://127.0.0.1:8082/maven2");
        env.put("MAVEN_HOME", mavenHome.toString());

        DiscoveredEndpoint maven = discover(ExternalConnection.MAVEN_CENTRAL);

        assertThat(maven.url()).contains("http://127.0.0.1:8082/maven2");
        assertThat(maven.source()).startsWith("from Maven's built-in central repository");
    }

    @Test
    void mavenFromTheSuperPomOfTheInstallationThatMvnReports() throws IOException {
        superPom(mavenHome.resolve("lib/maven-model-builder-3.x.jar"), "http://127.0.0.1:8083/maven2");
        commandOutputs.put(List.of("mvn", "-v"), """
                Apache Maven 3.8.7
                Maven home: %s
                Java version: 17.0.13, vendor: Debian
                """.formatted(mavenHome));

        assertThat(discover(ExternalConnection.MAVEN_CENTRAL).url()).contains("http://127.0.0.1:8083/maven2");
    }

    @Test
    void rubyGemsDefaultSourceOnlyWhenRubyGemsIsInstalled() {
        assertThat(discover(ExternalConnection.RUBY_GEMS_ORG).present()).isFalse();
        commandOutputs.put(List.of("gem", "--version"), "3.3.15\n");

        DiscoveredEndpoint gems = discover(ExternalConnection.RUBY_GEMS_ORG);

        assertThat(gems.url()).contains("https://rubygems.org/");
        assertThat(gems.source()).isEqualTo("RubyGems' default source (gem 3.3.15)");
    }

    @Test
    void withNothingConfiguredAConnectionHasNoEndpointAndSaysHowToSetOne() {
        List<DiscoveredEndpoint> all = discovery(Map.of()).discoverAll();

        assertThat(all).hasSize(ExternalConnection.values().length).allSatisfy(d -> {
            assertThat(d.present()).isFalse();
            assertThat(d.source()).startsWith("no endpoint").contains("--upstream " + d.connection().connectionName() + "=URL");
        });
        assertThat(all.get(0).source()).contains("~/.npmrc");
    }

    @Test
    void upstreamOptionsAreCheckedWithHelpfulMessages() {
        assertThat(UpstreamSettings.parse(List.of("public:pypi=http://127.0.0.1:8080/")))
                .containsEntry(ExternalConnection.PYPI, "http://127.0.0.1:8080/");
        assertThatThrownBy(() -> UpstreamSettings.parse(List.of("public:nope=http://127.0.0.1/")))
                .hasMessageContaining("public:npmjs");
        assertThatThrownBy(() -> UpstreamSettings.parse(List.of("public:npmjs")))
                .hasMessageContaining("NAME=URL");
        assertThatThrownBy(() -> UpstreamSettings.parse(List.of("public:npmjs=ftp://127.0.0.1/")))
                .hasMessageContaining("http://");
    }

    @Test
    void onThisMachineNpmAndMavenAreFoundFromTheUsersOwnConfiguration() {
        DiscoveryEnvironment system = DiscoveryEnvironment.system();
        boolean npmConfigured = system.commands().run(List.of("npm", "--version"), Duration.ofSeconds(20)).isPresent()
                || Files.exists(system.home().resolve(".npmrc")) || system.variable("NPM_CONFIG_REGISTRY").isPresent();
        assertTrue(npmConfigured, "npm is not installed here");
        EndpointDiscovery discovery = new EndpointDiscovery(system, InstalledFormats.formats().discovery(), Map.of(), "from --upstream");

        for (ExternalConnection connection : List.of(ExternalConnection.NPMJS, ExternalConnection.MAVEN_CENTRAL)) {
            DiscoveredEndpoint found = discovery.discover(connection);
            assertThat(found.url()).as(found.source()).hasValueSatisfying(url -> assertThat(HttpUrl.parse(url)).isNotNull());
            assertThat(found.source()).startsWith("from ");
        }
    }

    private void write(String relative, String content) {
        try {
            Path file = home.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void superPom(Path jar, String centralUrl) throws IOException {
        Files.createDirectories(jar.getParent());
        String pom = """
                <?xml version="1.0" encoding="UTF-8"?>
                <project>
                  <modelVersion>4.0.0</modelVersion>
                  <repositories>
                    <repository>
                      <id>central</id>
                      <name>Central Repository</name>
                      <url>%s</url>
                      <layout>default</layout>
                      <snapshots><enabled>false</enabled></snapshots>
                    </repository>
                  </repositories>
                </project>
                """.formatted(centralUrl);
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("org/apache/maven/model/pom-4.0.0.xml"));
            zip.write(pom.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }
}
