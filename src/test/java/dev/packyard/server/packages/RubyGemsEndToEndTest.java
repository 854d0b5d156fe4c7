package dev.packyard.server.packages;

import static dev.packyard.testing.RealClients.eventually;
import static dev.packyard.testing.RealClients.requireClient;
import static org.assertj.core.api.Assertions.assertThat;

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
import software.amazon.awssdk.services.codeartifact.model.PackageVersionSummary;

/**
 * Debian's real {@code gem} and {@code bundle} install gems with their dependencies through a {@code serve --demo}
 * child (repository {@code app}, upstream {@code gems-store} holding the connection to the demo's RubyGems), and
 * {@code gem push} publishes to it, each with a fresh HOME and GEM_HOME so nothing of the machine's Ruby set-up leaks in.
 */
class RubyGemsEndToEndTest extends DemoServeTest {
    private static final Duration CLIENT_TIMEOUT = Duration.ofMinutes(4);
    /** The user's own RubyGems and Bundler settings must not reach the clients. */
    private static final List<String> DROPPED = List.of("GEM_", "BUNDLE_", "RUBY");

    @Test
    void gemInstallsAGemWithItsDependencyChainAndSkipsThePrerelease(@TempDir Path dir) throws Exception {
        requireClient("gem");
        assertThat(demo.api().getRepositoryEndpoint(r -> r.domain("demo").repository("app").format("ruby")).repositoryEndpoint())
                .as("the source gem is given is the one get-repository-endpoint names").isEqualTo(demo.endpoint("ruby"));
        Map<String, String> env = freshRuby(dir);
        ClientProcess.Result install = gem(dir, env, "install", "greeter", "--clear-sources", "--source", sourceWithToken(),
                "--no-document");
        assertThat(install.exitCode()).as(install.tail()).isZero();
        assertThat(dir.resolve("gems/gems")).isDirectoryContaining(p -> p.getFileName().toString().equals("greeter-1.1.0"))
                .isDirectoryContaining(p -> p.getFileName().toString().equals("polite-1.1.0"))
                .isDirectoryContaining(p -> p.getFileName().toString().equals("tidy-words-1.0.0"));
        assertThat(dir.resolve("gems/gems/greeter-1.1.0/lib/greeter.rb")).content().contains("VERSION = \"1.1.0\"");

        ClientProcess.Result pre = gem(dir, env, "install", "greeter", "--pre", "--clear-sources", "--source",
                sourceWithToken(), "--no-document");
        assertThat(pre.exitCode()).as(pre.tail()).isZero();
        assertThat(dir.resolve("gems/gems/greeter-2.0.0.beta1")).isDirectory();

        // The older full index (specs.4.8.gz and its latest and prerelease forms) that gem search and gem update read.
        ClientProcess.Result search = gem(dir, env, "search", "--remote", "--all", "--clear-sources", "--source",
                sourceWithToken(), "fast-sum");
        assertThat(search.output()).as(search.tail()).contains("fast-sum (1.0.0 ruby x86_64-linux)");
        ClientProcess.Result older = gem(dir, env, "install", "polite", "-v", "1.0.0", "--clear-sources", "--source",
                sourceWithToken(), "--no-document");
        assertThat(older.exitCode()).as(older.tail()).isZero();
        ClientProcess.Result update = gem(dir, env, "update", "tidy-words", "--clear-sources", "--source", sourceWithToken(),
                "--no-document");
        assertThat(update.output()).as(update.tail()).contains("Nothing to update");

        assertThat(eventually(() -> versions("greeter"))).anySatisfy(v -> {
            assertThat(v.version()).isEqualTo("1.1.0");
            assertThat(v.origin().originTypeAsString()).isEqualTo("EXTERNAL");
        });
    }

    @Test
    void bundleInstallsAGemfileWithAPlatformGem(@TempDir Path dir) throws Exception {
        requireClient("bundle");
        Map<String, String> env = freshRuby(dir);
        Files.writeString(dir.resolve("Gemfile"), "source \"" + demo.endpoint("ruby") + "\"\n\ngem \"greeter\", \"~> 1.0\"\n"
                + "gem \"fast-sum\"\n");
        ClientProcess.Result config = bundle(dir, env, "config", "set", "--global", demo.endpoint("ruby"), "aws:" + demo.token());
        assertThat(config.exitCode()).as(config.tail()).isZero();
        ClientProcess.Result install = bundle(dir, env, "install");
        assertThat(install.exitCode()).as(install.tail()).isZero();
        String lock = Files.readString(dir.resolve("Gemfile.lock"));
        assertThat(lock).contains("remote: " + demo.endpoint("ruby"), "greeter (1.1.0)", "polite (~> 1.0)", "polite (1.1.0)",
                "tidy-words (1.0.0)", "fast-sum (1.0.0-x86_64-linux)");

        // A second resolve revalidates the compact index Bundler keeps (If-None-Match and Range) and still succeeds.
        ClientProcess.Result again = bundle(dir, env, "lock", "--update");
        assertThat(again.exitCode()).as(again.tail()).isZero();
        assertThat(again.output()).doesNotContain("MisMatchedChecksum");
    }

    @Test
    void gemPushPublishesAndRefusesWhatTheRegistryOrTheRepositoryHas(@TempDir Path dir) throws Exception {
        requireClient("gem");
        Map<String, String> env = freshRuby(dir);
        Path built = buildGem(dir, env, "team-tool", "0.1.0", "greeter", "~> 1.1");
        Map<String, String> pushEnv = new HashMap<>(env);
        pushEnv.put("GEM_HOST_API_KEY", demo.token());
        ClientProcess.Result push = gem(dir, pushEnv, "push", built.toString(), "--host", host());
        assertThat(push.exitCode()).as(push.tail()).isZero();
        assertThat(push.output()).contains("Successfully registered gem: team-tool (0.1.0)");

        ClientProcess.Result again = gem(dir, pushEnv, "push", built.toString(), "--host", host());
        assertThat(again.output()).as(again.tail()).contains("already exists").doesNotContain("Successfully registered");

        // No test fetches slow-math, so only the public registry's listing can refuse it (409).
        Path taken = buildGem(dir, env, "slow-math", "1.0.1", null, null);
        ClientProcess.Result refused = gem(dir, pushEnv, "push", taken.toString(), "--host", host());
        assertThat(refused.output()).as(refused.tail()).contains("1.0.1").doesNotContain("Successfully registered");

        Map<String, String> consumer = freshRuby(Files.createDirectories(dir.resolve("consumer")));
        ClientProcess.Result install = gem(dir, consumer, "install", "team-tool", "--clear-sources", "--source",
                sourceWithToken(), "--no-document");
        assertThat(install.exitCode()).as(install.tail()).isZero();
        assertThat(dir.resolve("consumer/gems/gems/team-tool-0.1.0/lib/team_tool.rb")).isRegularFile();
        assertThat(dir.resolve("consumer/gems/gems/greeter-1.1.0")).isDirectory();

        assertThat(versions("team-tool")).singleElement().satisfies(v -> {
            assertThat(v.origin().originTypeAsString()).isEqualTo("INTERNAL");
            assertThat(v.statusAsString()).isEqualTo("Published");
        });
    }

    /** A gem built by the real {@code gem build} from a gemspec, as a developer builds one before pushing it. */
    private static Path buildGem(Path dir, Map<String, String> env, String name, String version, String dependency,
                                 String requirement) throws Exception {
        Path project = Files.createDirectories(dir.resolve("src-" + name));
        String module = name.replace('-', '_');
        Files.createDirectories(project.resolve("lib"));
        Files.writeString(project.resolve("lib/" + module + ".rb"), "module Built; VERSION = \"" + version + "\"; end\n");
        Files.writeString(project.resolve(name + ".gemspec"), "Gem::Specification.new do |s|\n"
                + "  s.name = \"" + name + "\"\n  s.version = \"" + version + "\"\n  s.summary = \"Built by the end-to-end test\"\n"
                + "  s.authors = [\"Packyard test\"]\n  s.license = \"MIT\"\n  s.files = [\"lib/" + module + ".rb\"]\n"
                + (dependency == null ? "" : "  s.add_runtime_dependency \"" + dependency + "\", \"" + requirement + "\"\n")
                + "end\n");
        ClientProcess.Result build = gem(project, env, "build", name + ".gemspec");
        assertThat(build.exitCode()).as(build.tail()).isZero();
        return project.resolve(name + "-" + version + ".gem");
    }

    private static Map<String, String> freshRuby(Path dir) throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        Path gems = Files.createDirectories(dir.resolve("gems"));
        return new HashMap<>(Map.of("HOME", home.toString(), "GEM_HOME", gems.toString(), "GEM_PATH", gems.toString(),
                "BUNDLE_USER_HOME", home.resolve(".bundle").toString(), "BUNDLE_PATH", dir.resolve("bundle").toString()));
    }

    /** The source with Basic credentials in it, the way gem takes them. */
    private static String sourceWithToken() {
        return demo.endpoint("ruby").replace("http://", "http://aws:" + demo.token() + "@");
    }

    /** gem push joins its host and api/v1/gems with a slash of its own. */
    private static String host() {
        String endpoint = demo.endpoint("ruby");
        return endpoint.substring(0, endpoint.length() - 1);
    }

    private static ClientProcess.Result gem(Path dir, Map<String, String> env, String... args) throws Exception {
        return ClientProcess.run(Stream.concat(Stream.of("gem"), Stream.of(args)).toList(), dir, DROPPED, env, CLIENT_TIMEOUT);
    }

    private static ClientProcess.Result bundle(Path dir, Map<String, String> env, String... args) throws Exception {
        return ClientProcess.run(Stream.concat(Stream.of("bundle"), Stream.of(args)).toList(), dir, DROPPED, env, CLIENT_TIMEOUT);
    }

    private static List<PackageVersionSummary> versions(String name) {
        try {
            return demo.api().listPackageVersions(r -> r.domain("demo").repository("app").format("ruby").packageValue(name))
                    .versions();
        } catch (software.amazon.awssdk.services.codeartifact.model.ResourceNotFoundException e) {
            return List.of();
        }
    }
}
