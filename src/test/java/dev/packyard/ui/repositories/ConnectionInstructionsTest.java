package dev.packyard.ui.repositories;

import dev.packyard.service.endpoints.ClientSetups;
import dev.packyard.app.InstalledFormats;
import static org.assertj.core.api.Assertions.assertThat;

import dev.packyard.model.RepositoryId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConnectionInstructionsTest {
    private static final ClientSetups SETUPS = InstalledFormats.formats().clientSetups();
    private final RepositoryId team = RepositoryId.of("111122223333", "acme", "team");
    private final Optional<String> server = Optional.of("http://127.0.0.1:8642");

    @Test
    void withARunningServerEverySnippetHasTheRealEndpointWithItsSchemeAndALoginLinePerTool() {
        ConnectionInstructions instructions = new ConnectionInstructions(team, server, Optional.empty(), SETUPS);

        assertThat(instructions.status()).startsWith("Ready to paste: the endpoints are this console's server at http://127.0.0.1:8642.");
        assertThat(instructions.snippet("npm")).isEqualTo("npm config set registry http://127.0.0.1:8642/d/acme/111122223333/npm/team/\n"
                + "npm config set //127.0.0.1:8642/d/acme/111122223333/npm/team/:_authToken <AUTH_TOKEN>");
        assertThat(instructions.snippet("pip")).isEqualTo("pip config set global.index-url "
                + "http://aws:<AUTH_TOKEN>@127.0.0.1:8642/d/acme/111122223333/pypi/team/simple/");
        assertThat(instructions.snippet("maven")).contains("<url>http://127.0.0.1:8642/d/acme/111122223333/maven/team/</url>")
                .contains("<id>acme-team</id>").contains("<activeProfile>acme-team</activeProfile>");
        assertThat(instructions.login().lines()).containsExactly(
                "aws codeartifact login --tool npm --endpoint-url http://127.0.0.1:8642 --domain acme --domain-owner 111122223333 --repository team",
                "aws codeartifact login --tool pip --endpoint-url http://127.0.0.1:8642 --domain acme --domain-owner 111122223333 --repository team",
                "aws codeartifact login --tool twine --endpoint-url http://127.0.0.1:8642 --domain acme --domain-owner 111122223333 --repository team",
                "aws codeartifact login --tool dotnet --endpoint-url http://127.0.0.1:8642 --domain acme --domain-owner 111122223333 --repository team",
                "aws codeartifact login --tool nuget --endpoint-url http://127.0.0.1:8642 --domain acme --domain-owner 111122223333 --repository team");
        assertThat(instructions.snippet("nuget")).isEqualTo("dotnet nuget add source "
                + "http://127.0.0.1:8642/d/acme/111122223333/nuget/team/v3/index.json --name acme/team --username aws "
                + "--password <AUTH_TOKEN> --store-password-in-clear-text\n"
                + "dotnet nuget push PACKAGE.nupkg --source acme/team --api-key unused");
    }

    @Test
    void aCreatedTokenIsFilledIntoEverySnippet() {
        ConnectionInstructions instructions = new ConnectionInstructions(team, server, Optional.of("tok123"), SETUPS);

        assertThat(instructions.snippet("npm")).endsWith(":_authToken tok123").doesNotContain("<AUTH_TOKEN>");
        assertThat(instructions.snippet("pip")).contains("http://aws:tok123@127.0.0.1:8642/");
        assertThat(instructions.snippet("maven")).contains("<password>tok123</password>");
        assertThat(instructions.status()).contains("valid for 12 hours");
    }
}
