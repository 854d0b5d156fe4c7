package dev.packyard.upstream.discovery;

import dev.packyard.app.InstalledFormats;
import static org.assertj.core.api.Assertions.assertThat;

import dev.packyard.model.ExternalConnection;
import dev.packyard.testing.RunningServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's own step, {@code aws codeartifact login --tool npm|pip} against a real Packyard, writes Packyard's
 * endpoints into ~/.npmrc and pip.conf (the pip one with the token inside). Discovery, run as the next start runs it,
 * must pass over both and fall back to the clients' built-in defaults, saying what it skipped without the token.
 */
class SelfLoopDiscoveryTest {
    @TempDir
    static Path dir;
    private static RunningServer server;
    private static SelfLoopLogin login;

    @BeforeAll
    static void loginAsTheReadmeSays() throws Exception {
        server = RunningServer.start(dir.resolve("data"));
        login = SelfLoopLogin.into(server, Files.createDirectories(dir.resolve("home")));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static EndpointDiscovery discovery() {
        return new EndpointDiscovery(login.environment(), InstalledFormats.formats().discovery(), Map.of(), "--upstream", ThisPackyard.listeningOn("127.0.0.1", server.port()));
    }

    @Test
    void theNpmrcThatLoginWroteIsSkippedAndNpmsBuiltInRegistryIsUsed() throws Exception {
        assertThat(Files.readString(login.home().resolve(".npmrc"))).contains(server.endpoint() + "/d/demo/");

        DiscoveredEndpoint npm = discovery().discover(ExternalConnection.NPMJS);

        assertThat(npm.url()).hasValueSatisfying(url -> assertThat(url).doesNotContain("127.0.0.1").startsWith("https://"));
        assertThat(npm.source()).startsWith("from npm's built-in default registry; skipped ~/.npmrc (" + server.endpoint() + "/d/demo/")
                .contains("`npm config get registry`").contains("this Packyard itself");
    }

    @Test
    void thePipIndexWithTheTokenInsideIsSkippedWithoutShowingTheTokenAndPipsDefaultIndexIsUsed() throws Exception {
        String pipConf = Files.readString(login.home().resolve(".config/pip/pip.conf"));
        assertThat(pipConf).contains("aws:" + login.token() + "@127.0.0.1:" + server.port());

        DiscoveredEndpoint pypi = discovery().discover(ExternalConnection.PYPI);

        assertThat(pypi.url()).hasValueSatisfying(url -> assertThat(url).doesNotContain("127.0.0.1").startsWith("https://"));
        assertThat(pypi.source()).startsWith("from pip's built-in default index; skipped ~/.config/pip/pip.conf (http://127.0.0.1:"
                + server.port() + "/d/demo/").doesNotContain(login.token()).doesNotContain("aws:");
    }

    @Test
    void anEndpointPathOfAnyPackyardIsSkippedEvenOnAnotherPort() {
        ThisPackyard elsewhere = ThisPackyard.listeningOn("127.0.0.1", server.port() + 1);

        assertThat(elsewhere.owns(server.endpoint() + "/d/demo/" + login.owner() + "/npm/app/")).isTrue();
        assertThat(elsewhere.owns("http://localhost:" + (server.port() + 1) + "/anything/")).isTrue();
        assertThat(elsewhere.owns("http://127.0.0.1:4873/")).isFalse();
        assertThat(elsewhere.owns("http://127.0.0.1:4873/d/not-an-endpoint/")).isFalse();
    }

    @Test
    void withEverySourcePointingAtPackyardThereIsNoEndpointAndTheReasonSaysSo() {
        Map<String, String> env = new java.util.HashMap<>(login.environment().env());
        env.put("NPM_CONFIG_REGISTRY", server.endpoint() + "/d/demo/" + login.owner() + "/npm/app/");
        CommandRunner nothing = (command, timeout) -> java.util.Optional.empty();
        EndpointDiscovery onlySelf = new EndpointDiscovery(new DiscoveryEnvironment(env, login.home(), nothing, Duration.ofSeconds(5)),
                InstalledFormats.formats().discovery(), Map.of(), "--upstream", ThisPackyard.listeningOn("127.0.0.1", server.port()));

        DiscoveredEndpoint npm = onlySelf.discover(ExternalConnection.NPMJS);

        assertThat(npm.present()).isFalse();
        assertThat(npm.source()).startsWith("no endpoint: ").contains("skipped $NPM_CONFIG_REGISTRY (" + server.endpoint())
                .contains("and ~/.npmrc (").contains("--upstream public:npmjs=URL");
        assertThat(List.of(npm.source())).noneMatch(s -> s.contains(login.token()));
    }
}
