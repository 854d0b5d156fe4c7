package dev.packyard.upstream.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.packyard.demo.ClientProcess;
import dev.packyard.testing.RunningServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A temporary home where the real AWS CLI has run {@code aws codeartifact login --tool npm} and {@code --tool pip}
 * against a running Packyard (domain demo, repository app), exactly as the README tells a user to. Fails, rather than
 * skips, on a machine without the AWS CLI.
 */
public record SelfLoopLogin(Path home, DiscoveryEnvironment environment, String token, String owner) {
    private static final List<String> CLIENT_PREFIXES = List.of("AWS_", "NPM_CONFIG_", "PIP_", "XDG_CONFIG_HOME");

    public static SelfLoopLogin into(RunningServer server, Path home) throws Exception {
        assertThat(ClientProcess.onPath("aws")).as("the AWS CLI must be installed for this test").isPresent();
        server.backend().catalog().domains().create("demo", null);
        server.backend().catalog().repositories().create(null, "demo", "app", null, null);
        String owner = server.backend().account().accountId();
        Map<String, String> env = new HashMap<>(System.getenv());
        env.keySet().removeIf(name -> CLIENT_PREFIXES.stream().anyMatch(p -> name.toUpperCase(Locale.ROOT).startsWith(p)));
        env.put("HOME", home.toString());
        Map<String, String> aws = Map.of("AWS_ACCESS_KEY_ID", "AKIDPACKYARDTEST", "AWS_SECRET_ACCESS_KEY", "dummy",
                "AWS_DEFAULT_REGION", "us-east-1", "AWS_CONFIG_FILE", home.resolve("aws-config").toString(),
                "AWS_SHARED_CREDENTIALS_FILE", home.resolve("aws-credentials").toString());
        Map<String, String> loginEnv = new HashMap<>(env);
        loginEnv.putAll(aws);
        for (String tool : List.of("npm", "pip")) {
            ClientProcess.Result login = ClientProcess.run(List.of("aws", "--endpoint-url", server.endpoint(), "codeartifact", "login",
                    "--tool", tool, "--domain", "demo", "--repository", "app"), home, CLIENT_PREFIXES, loginEnv, Duration.ofMinutes(2));
            assertThat(login.exitCode()).as(login.tail()).isZero();
        }
        String pipConf = Files.readString(home.resolve(".config/pip/pip.conf"));
        String token = pipConf.replaceFirst("(?s).*aws:([^@]+)@.*", "$1").trim();
        return new SelfLoopLogin(home, new DiscoveryEnvironment(env, home, new ProcessCommandRunner(env), Duration.ofSeconds(20)), token,
                owner);
    }
}
