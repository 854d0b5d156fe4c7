package dev.packyard.demo;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * How the real-client tests run Maven without it reaching the internet: every repository is mirrored to the registry
 * under test, and only Maven's own plugins come from the user's local repository (read as a file repository), since
 * neither the demo registry nor Packyard serves build plugins.
 */
public final class MavenClientSetup {
    private MavenClientSetup() {
    }

    /** settings.xml mirroring everything to {@code mirrorUrl}, with server {@code packyard} as {@code aws:token} when given. */
    public static String settingsMirroringEverythingTo(String mirrorUrl, Path userRepository, Optional<String> token) {
        return settingsMirroringEverythingTo(mirrorUrl, userRepository, token, List.of());
    }

    /** The same, with extra plugin groups searched for a prefix such as {@code hello} in {@code mvn hello:greet}. */
    public static String settingsMirroringEverythingTo(String mirrorUrl, Path userRepository, Optional<String> token,
                                                       List<String> pluginGroups) {
        String servers = token.map(t -> "  <servers><server><id>packyard</id><username>aws</username><password>" + t
                + "</password></server></servers>\n").orElse("");
        String groups = pluginGroups.isEmpty() ? "" : "  <pluginGroups>" + pluginGroups.stream()
                .map(g -> "<pluginGroup>" + g + "</pluginGroup>").reduce("", String::concat) + "</pluginGroups>\n";
        return """
                <settings>
                %s%s  <mirrors>
                    <mirror><id>packyard</id><mirrorOf>*,!local-build-plugins</mirrorOf><url>%s</url></mirror>
                  </mirrors>
                  <profiles>
                    <profile>
                      <id>local-build-plugins</id>
                      <pluginRepositories>
                        <pluginRepository>
                          <id>local-build-plugins</id>
                          <url>%s</url>
                          <releases><checksumPolicy>ignore</checksumPolicy></releases>
                          <snapshots><enabled>false</enabled></snapshots>
                        </pluginRepository>
                      </pluginRepositories>
                    </profile>
                  </profiles>
                  <activeProfiles><activeProfile>local-build-plugins</activeProfile></activeProfiles>
                </settings>
                """.formatted(servers, groups, mirrorUrl, userRepository.toUri());
    }

    /** Makes sure a plugin and what it needs are in the user's repository: offline first, then as Maven itself would. */
    public static boolean pluginAvailable(Path dir, String plugin, Duration timeout) throws Exception {
        List<String> help = List.of("mvn", "-B", "-q", plugin + ":help");
        if (ClientProcess.run(Stream.concat(help.stream(), Stream.of("-o")).toList(), dir, List.of(), Map.of(), timeout)
                .exitCode() == 0) {
            return true;
        }
        return ClientProcess.run(help, dir, List.of(), Map.of(), timeout).exitCode() == 0;
    }

    /**
     * Makes sure several plugins are in the user's repository: one offline Maven run when all are there already
     * (each Maven start costs seconds), otherwise each one as {@link #pluginAvailable} does.
     */
    public static boolean pluginsAvailable(Path dir, List<String> plugins, Duration timeout) throws Exception {
        List<String> allHelp = Stream.concat(Stream.of("mvn", "-B", "-q", "-o"), plugins.stream().map(p -> p + ":help")).toList();
        if (ClientProcess.run(allHelp, dir, List.of(), Map.of(), timeout).exitCode() == 0) {
            return true;
        }
        for (String plugin : plugins) {
            if (!pluginAvailable(dir, plugin, timeout)) {
                return false;
            }
        }
        return true;
    }

    /** Makes sure an artifact a plugin needs at run time is in the user's repository: offline first, then online. */
    public static boolean artifactAvailable(Path dir, String coordinates, Duration timeout) throws Exception {
        List<String> get = List.of("mvn", "-B", "-q", "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:get",
                "-Dartifact=" + coordinates, "-Dtransitive=false");
        if (ClientProcess.run(Stream.concat(get.stream(), Stream.of("-o")).toList(), dir, List.of(), Map.of(), timeout)
                .exitCode() == 0) {
            return true;
        }
        return ClientProcess.run(get, dir, List.of(), Map.of(), timeout).exitCode() == 0;
    }

    public static Path userLocalRepository() {
        return Optional.ofNullable(System.getProperty("maven.repo.local")).map(Path::of)
                .orElse(Path.of(System.getProperty("user.home"), ".m2", "repository"));
    }
}
