package dev.packyard.server.packages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.packyard.demo.ClientProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real npm and pip revalidate the metadata they cached with the ETag Packyard gave them, and Packyard answers
 * 304: the clients' own verbose logs show the status of each request, so the test reads them.
 */
class ClientRevalidationEndToEndTest extends DemoServeTest {
    private static final Duration CLIENT_TIMEOUT = Duration.ofMinutes(3);

    @Test
    void npmRevalidatesACachedPackumentAndGets304(@TempDir Path dir) throws Exception {
        assertThat(ClientProcess.onPath("npm")).as("npm must be on the PATH").isPresent();
        String registry = demo.endpoint("npm");
        Path npmrc = Files.writeString(dir.resolve(".npmrc"), "registry=" + registry + "\n" + registry.replaceFirst("^http:", "")
                + ":_authToken=" + demo.token() + "\n");
        Map<String, String> env = Map.of("HOME", dir.toString(), "npm_config_userconfig", npmrc.toString(),
                "npm_config_globalconfig", Files.writeString(dir.resolve("global.npmrc"), "").toString(),
                "npm_config_cache", dir.resolve("npm-cache").toString(), "npm_config_update_notifier", "false");

        ClientProcess.Result first = npm(dir, env, "view", "tree-top", "version", "--loglevel", "http");
        assertThat(first.exitCode()).as(first.tail()).isZero();
        assertThat(first.output()).containsPattern("GET 200 " + registry + "tree-top \\d+ms \\(cache miss\\)");
        ClientProcess.Result second = npm(dir, env, "view", "tree-top", "version", "--loglevel", "http");
        assertThat(second.exitCode()).as(second.tail()).isZero();
        // npm logs the cached answer's status; "cache revalidated" is its word for a 304 to its If-None-Match.
        assertThat(second.output()).as("npm's cache revalidated with If-None-Match")
                .containsPattern("GET 200 " + registry + "tree-top \\d+ms \\(cache revalidated\\)");
    }

    @Test
    void pipRevalidatesACachedSimplePageAndGets304(@TempDir Path dir) throws Exception {
        assertThat(ClientProcess.onPath("python3")).as("python3 must be on the PATH").isPresent();
        String index = demo.endpoint("pypi").replaceFirst("^http://", "http://aws:" + demo.token() + "@") + "simple/";
        Map<String, String> env = Map.of("HOME", dir.toString(), "PIP_CONFIG_FILE", "/dev/null");
        // pip caches only what it fetched from a secure origin or a trusted host: plain http to 127.0.0.1 needs the latter.
        List<String> download = List.of("download", "--no-deps", "--disable-pip-version-check", "--trusted-host", "127.0.0.1", "--cache-dir",
                dir.resolve("pip-cache").toString(), "--index-url", index, "-d", dir.resolve("files").toString(), "-vvv", "fetchy");

        ClientProcess.Result first = pip(dir, env, download);
        assertThat(first.exitCode()).as(first.tail()).isZero();
        assertThat(first.output()).contains("\"GET " + simplePath() + " HTTP/1.1\" 200");
        ClientProcess.Result second = pip(dir, env, download);
        assertThat(second.exitCode()).as(second.tail()).isZero();
        assertThat(second.output()).as("pip's cache revalidated with If-None-Match").contains("\"GET " + simplePath() + " HTTP/1.1\" 304");
        assertThat(second.output()).doesNotContain("Skipping page");
        assertThat(dir.resolve("files/fetchy-1.1.0-py3-none-any.whl")).isRegularFile();
    }

    private static String simplePath() {
        return "/d/demo/" + demo.owner() + "/pypi/app/simple/fetchy/";
    }

    private static ClientProcess.Result npm(Path dir, Map<String, String> env, String... args) throws Exception {
        return ClientProcess.run(Stream.concat(Stream.of("npm"), Stream.of(args)).toList(), dir, List.of("npm_config_"), env,
                CLIENT_TIMEOUT);
    }

    private static ClientProcess.Result pip(Path dir, Map<String, String> env, List<String> args) throws Exception {
        return ClientProcess.run(Stream.concat(Stream.of("python3", "-m", "pip"), args.stream()).toList(), dir, List.of("PIP_"), env,
                CLIENT_TIMEOUT);
    }
}
