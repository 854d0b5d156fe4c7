package dev.packyard.ui.repositories;

import dev.packyard.model.RepositoryId;
import java.util.Locale;
import java.util.Optional;

/**
 * How npm, pip and Maven are pointed at a repository. The endpoint URL and the token are placeholders until this
 * console runs the server; the AWS CLI commands that give the real values are shown with them.
 */
public final class ConnectionInstructions {
    public static final String TOKEN = "<AUTH_TOKEN>";

    private ConnectionInstructions() {
    }

    /** The sentence above the snippets: says plainly whether the values can be filled in yet. */
    public static String status(Optional<String> serverUrl) {
        return serverUrl.map(url -> "The server runs at " + url + ". Get the endpoint URL and a token with the AWS CLI "
                        + "commands below and put them in place of the placeholders.")
                .orElse("The server is not running in this console yet, so the endpoint URL and the token below are "
                        + "placeholders. Once it runs, the AWS CLI commands below give the real values.");
    }

    public static String awsCommands(RepositoryId repository, String format, Optional<String> serverUrl) {
        String endpoint = "  --endpoint-url " + serverUrl.orElse("<SERVER_URL>") + " \\\n";
        String target = "  --domain " + repository.domain().name() + " --domain-owner " + repository.domain().owner();
        return "aws codeartifact get-repository-endpoint \\\n" + endpoint + target + " \\\n"
                + "  --repository " + repository.name() + " --format " + format + "\n\n"
                + "aws codeartifact get-authorization-token \\\n" + endpoint + target + " \\\n"
                + "  --query authorizationToken --output text";
    }

    public static String npm(RepositoryId repository) {
        String url = endpoint("npm", repository);
        return "npm config set registry " + url + "\n"
                + "npm config set //" + url.replace("https://", "") + ":_authToken " + TOKEN;
    }

    public static String pip(RepositoryId repository) {
        return "pip config set global.index-url https://aws:" + TOKEN + "@"
                + endpoint("pypi", repository).replace("https://", "") + "simple/";
    }

    public static String maven(RepositoryId repository) {
        String id = repository.domain().name() + "-" + repository.name();
        String url = endpoint("maven", repository);
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
                </settings>
                """.formatted(id, TOKEN, url);
    }

    /** The placeholder for get-repository-endpoint's answer; the real URL comes from the server. */
    static String endpoint(String format, RepositoryId repository) {
        return "https://<" + format.toUpperCase(Locale.ROOT) + "_ENDPOINT_OF_" + repository.name() + ">/";
    }
}
