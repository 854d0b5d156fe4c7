package dev.packyard.ui.repositories;

import static org.assertj.core.api.Assertions.assertThat;

import dev.packyard.app.InstalledFormats;
import dev.packyard.model.RepositoryId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Connect tab's Cargo snippet: the repository as a sparse registry, its token asked from the AWS CLI, never pasted. */
class CargoConnectInstructionsTest {
    private final RepositoryId team = RepositoryId.of("111122223333", "acme", "team");

    @Test
    void theSnippetNamesTheSparseIndexAndTheAwsCliAsCredentialProvider() {
        ConnectionInstructions instructions = new ConnectionInstructions(team, Optional.of("http://127.0.0.1:8642"),
                Optional.of("tok123"), InstalledFormats.formats().clientSetups());

        assertThat(instructions.snippet("cargo"))
                .contains("[registries.acme-team]")
                .contains("index = \"sparse+http://127.0.0.1:8642/d/acme/111122223333/cargo/team/\"")
                .contains("credential-provider = \"cargo:token-from-stdout aws --endpoint-url http://127.0.0.1:8642 codeartifact "
                        + "get-authorization-token --domain acme --domain-owner 111122223333 --query authorizationToken --output text\"")
                .contains("cargo publish --registry acme-team")
                .doesNotContain("tok123");
        assertThat(instructions.login().lines()).noneMatch(line -> line.contains("--tool cargo"));
    }
}
