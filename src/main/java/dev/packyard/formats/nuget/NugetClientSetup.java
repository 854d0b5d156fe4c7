package dev.packyard.formats.nuget;

import dev.packyard.service.endpoints.ClientSetup;
import dev.packyard.service.endpoints.ClientSetupRequest;
import java.util.List;

/** dotnet and nuget take the repository's service index as a source, with user "aws" and the token as password. */
final class NugetClientSetup implements ClientSetup {
    @Override
    public String title() {
        return "NuGet (dotnet, nuget)";
    }

    @Override
    public String id() {
        return "nuget";
    }

    @Override
    public List<String> loginTools() {
        return List.of("dotnet", "nuget");
    }

    @Override
    public String snippet(ClientSetupRequest request) {
        String name = request.repository().domain().name() + "/" + request.repository().name();
        return "dotnet nuget add source " + request.endpointUrl() + "v3/index.json --name " + name
                + " --username aws --password " + request.token() + " --store-password-in-clear-text\n"
                + "dotnet nuget push PACKAGE.nupkg --source " + name + " --api-key unused";
    }
}
