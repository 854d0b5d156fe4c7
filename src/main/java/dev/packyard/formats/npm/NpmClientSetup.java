package dev.packyard.formats.npm;

import dev.packyard.model.PackageCoordinate;
import java.util.Optional;
import dev.packyard.service.endpoints.ClientSetup;
import dev.packyard.service.endpoints.ClientSetupRequest;
import java.util.List;

/** npm is pointed at a repository with its registry and the token for that registry's path. */
final class NpmClientSetup implements ClientSetup {
    @Override
    public String title() {
        return "npm";
    }

    @Override
    public String id() {
        return "npm";
    }

    @Override
    public List<String> loginTools() {
        return List.of("npm");
    }

    @Override
    public String snippet(ClientSetupRequest request) {
        return "npm config set registry " + request.endpointUrl() + "\n"
                + "npm config set //" + request.endpointWithoutScheme() + ":_authToken " + request.token();
    }

    @Override
    public Optional<String> installCommand(PackageCoordinate coordinate, String version) {
        return Optional.of("npm install " + coordinate.displayName() + "@" + version);
    }
}
