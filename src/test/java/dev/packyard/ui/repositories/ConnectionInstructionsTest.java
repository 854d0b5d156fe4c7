package dev.packyard.ui.repositories;

import static org.assertj.core.api.Assertions.assertThat;

import dev.packyard.model.RepositoryId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConnectionInstructionsTest {
    private final RepositoryId team = RepositoryId.of("111122223333", "acme", "team");

    @Test
    void withARunningServerTheCommandsNameItsUrl() {
        Optional<String> server = Optional.of("http://127.0.0.1:8642");

        assertThat(ConnectionInstructions.status(server)).startsWith("The server runs at http://127.0.0.1:8642.");
        assertThat(ConnectionInstructions.awsCommands(team, "pypi", server))
                .contains("--endpoint-url http://127.0.0.1:8642 \\\n")
                .contains("--repository team --format pypi")
                .contains("get-authorization-token");
    }

    @Test
    void mavenSnippetUsesOneIdForServerAndRepository() {
        String snippet = ConnectionInstructions.maven(team);

        assertThat(snippet).contains("<id>acme-team</id>").contains("<activeProfile>acme-team</activeProfile>")
                .contains("<password><AUTH_TOKEN></password>");
    }
}
