package dev.packyard.formats.pypi;

import dev.packyard.model.PackageCoordinate;
import java.util.Optional;
import dev.packyard.service.endpoints.ClientSetup;
import dev.packyard.service.endpoints.ClientSetupRequest;
import java.util.List;

/** pip takes the repository's simple index, with the token as the password of user "aws"; twine uploads there too. */
final class PipClientSetup implements ClientSetup {
    @Override
    public String title() {
        return "pip";
    }

    @Override
    public String id() {
        return "pip";
    }

    @Override
    public List<String> loginTools() {
        return List.of("pip", "twine");
    }

    @Override
    public String snippet(ClientSetupRequest request) {
        return "pip config set global.index-url " + request.scheme() + "aws:" + request.token() + "@"
                + request.endpointWithoutScheme() + "simple/";
    }

    @Override
    public Optional<String> installCommand(PackageCoordinate coordinate, String version) {
        return Optional.of("pip install " + coordinate.name() + "==" + version);
    }
}
