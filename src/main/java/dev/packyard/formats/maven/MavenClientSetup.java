package dev.packyard.formats.maven;

import dev.packyard.model.PackageCoordinate;
import java.util.Optional;
import dev.packyard.service.endpoints.ClientSetup;
import dev.packyard.service.endpoints.ClientSetupRequest;
import java.util.List;

/** Maven reads the repository and its credentials from ~/.m2/settings.xml; {@code aws codeartifact login} has no Maven tool. */
final class MavenClientSetup implements ClientSetup {
    @Override
    public String title() {
        return "Maven (~/.m2/settings.xml)";
    }

    @Override
    public String id() {
        return "maven";
    }

    @Override
    public List<String> loginTools() {
        return List.of();
    }

    @Override
    public String snippet(ClientSetupRequest request) {
        String id = request.repository().domain().name() + "-" + request.repository().name();
        return """
                <!-- ~/.m2/settings.xml -->
                <settings>
                  <servers>
                    <server>
                      <id>%1$s</id>
                      <username>aws</username>
                      <password>%2$s</password>
                    </server>
                  </servers>
                  <profiles>
                    <profile>
                      <id>%1$s</id>
                      <repositories>
                        <repository>
                          <id>%1$s</id>
                          <url>%3$s</url>
                        </repository>
                      </repositories>
                    </profile>
                  </profiles>
                  <activeProfiles>
                    <activeProfile>%1$s</activeProfile>
                  </activeProfiles>
                </settings>""".formatted(id, request.token(), request.endpointUrl());
    }

    /** Resolves the artifact with Maven's own dependency plug-in, through the mirror that the settings above set. */
    @Override
    public Optional<String> installCommand(PackageCoordinate coordinate, String version) {
        return Optional.of("mvn dependency:get -Dartifact=" + coordinate.namespace() + ":" + coordinate.name() + ":" + version);
    }
}
