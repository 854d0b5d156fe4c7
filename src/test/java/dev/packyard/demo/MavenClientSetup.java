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
        String servers = token.map(t -> "  <servers><server><id>packyard</id><username>aws</username><password>" + t
                + "</password></server></servers>\n").orElse("");
        return """
                <settings>
                %s  <mirrors>
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
                """.formatted(servers, mirrorUrl, userRepository.toUri());
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

    public static Path userLocalRepository() {
        return Optional.ofNullable(System.getProperty("maven.repo.local")).map(Path::of)
                .orElse(Path.of(System.getProperty("user.home"), ".m2", "repository"));
    }
}
