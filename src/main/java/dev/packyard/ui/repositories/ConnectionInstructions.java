package dev.packyard.ui.repositories;

import dev.packyard.model.PackageFormat;
import dev.packyard.model.RepositoryId;
import dev.packyard.service.endpoints.RepositoryEndpoints;
import java.util.Locale;
import java.util.Optional;

/**
 * How npm, pip and Maven are pointed at a repository, ready to paste: the real endpoint URL of this console's server
 * (with its scheme) and, once "Create token" was used, the token; placeholders only where a value is not known.
 */
public final class ConnectionInstructions {
    public static final String TOKEN = "<AUTH_TOKEN>";

    private final RepositoryId repository;
    private final Optional<String> serverUrl;
    private final Optional<String> token;

    public ConnectionInstructions(RepositoryId repository, Optional<String> serverUrl, Optional<String> token) {
        this.repository = repository;
        this.serverUrl = serverUrl;
        this.token = token;
    }

    /** The sentence above the snippets: says plainly which values are real and what is still to do. */
    public String status() {
        if (serverUrl.isEmpty()) {
            return "The server is not running in this console yet, so the endpoint URLs and the token below are "
                    + "placeholders. Once it runs, this tab shows the real ones.";
        }
        return "Ready to paste: the endpoints are this console's server at " + serverUrl.get() + ". "
                + (token.isPresent() ? "The token below was created for domain " + repository.domain().name()
                + " and is valid for 12 hours; keep it to yourself."
                : "Use the aws codeartifact login lines, or Create token to fill the token into the other commands.");
    }

    /** One {@code aws codeartifact login} per tool: the one step that configures a client completely. */
    public String login() {
        StringBuilder out = new StringBuilder();
        for (String tool : new String[] {"npm", "pip", "twine"}) {
            out.append("aws codeartifact login --tool ").append(tool).append(" --endpoint-url ")
                    .append(serverUrl.orElse("<SERVER_URL>")).append(" --domain ").append(repository.domain().name())
                    .append(" --domain-owner ").append(repository.domain().owner()).append(" --repository ")
                    .append(repository.name()).append('\n');
        }
        return out.toString().stripTrailing();
    }

    public String npm() {
        String url = endpoint(PackageFormat.NPM);
        return "npm config set registry " + url + "\n"
                + "npm config set //" + withoutScheme(url) + ":_authToken " + token.orElse(TOKEN);
    }

    public String pip() {
        String url = endpoint(PackageFormat.PYPI);
        return "pip config set global.index-url " + scheme(url) + "aws:" + token.orElse(TOKEN) + "@" + withoutScheme(url)
                + "simple/";
    }

    public String maven() {
        String id = repository.domain().name() + "-" + repository.name();
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
                </settings>""".formatted(id, token.orElse(TOKEN), endpoint(PackageFormat.MAVEN));
    }

    /** The URL get-repository-endpoint returns for this repository, or a placeholder while no server runs. */
    String endpoint(PackageFormat format) {
        return serverUrl.map(base -> RepositoryEndpoints.url(base, repository, format))
                .orElse("http://<" + format.wireName().toUpperCase(Locale.ROOT) + "_ENDPOINT_OF_" + repository.name() + ">/");
    }

    private static String scheme(String url) {
        int at = url.indexOf("://");
        return at < 0 ? "" : url.substring(0, at + 3);
    }

    private static String withoutScheme(String url) {
        int at = url.indexOf("://");
        return at < 0 ? url : url.substring(at + 3);
    }
}
