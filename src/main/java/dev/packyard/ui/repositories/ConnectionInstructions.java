package dev.packyard.ui.repositories;

import dev.packyard.model.PackageFormat;
import dev.packyard.model.RepositoryId;
import dev.packyard.service.endpoints.ClientSetup;
import dev.packyard.service.endpoints.ClientSetupRequest;
import dev.packyard.service.endpoints.ClientSetups;
import dev.packyard.service.endpoints.RepositoryEndpoints;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How each installed format's package managers are pointed at a repository, ready to paste: the real endpoint URL of
 * this console's server (with its scheme) and, once "Create token" was used, the token; placeholders only where a
 * value is not known. The snippets' text comes from the format plug-ins' {@link ClientSetup}.
 */
public final class ConnectionInstructions {
    public static final String TOKEN = "<AUTH_TOKEN>";

    /** One format's snippet under its heading. */
    public record Snippet(String id, String title, String text) {
    }

    private final RepositoryId repository;
    private final Optional<String> serverUrl;
    private final Optional<String> token;
    private final Map<PackageFormat, ClientSetup> setups;

    public ConnectionInstructions(RepositoryId repository, Optional<String> serverUrl, Optional<String> token,
                                  ClientSetups setups) {
        this.repository = repository;
        this.serverUrl = serverUrl;
        this.token = token;
        this.setups = setups.byFormat();
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
        for (ClientSetup setup : setups.values()) {
            for (String tool : setup.loginTools()) {
                out.append("aws codeartifact login --tool ").append(tool).append(" --endpoint-url ")
                        .append(serverUrl.orElse("<SERVER_URL>")).append(" --domain ").append(repository.domain().name())
                        .append(" --domain-owner ").append(repository.domain().owner()).append(" --repository ")
                        .append(repository.name()).append('\n');
            }
        }
        return out.toString().stripTrailing();
    }

    /** Every installed format's snippet, in the formats' order. */
    public List<Snippet> snippets() {
        List<Snippet> out = new ArrayList<>();
        setups.forEach((format, setup) -> out.add(new Snippet(setup.id(), setup.title(),
                setup.snippet(new ClientSetupRequest(repository, endpoint(format), token.orElse(TOKEN))))));
        return out;
    }

    /** The snippet named {@code id} (for example "pip"), or an empty text when no installed format has it. */
    public String snippet(String id) {
        return snippets().stream().filter(s -> s.id().equals(id)).map(Snippet::text).findFirst().orElse("");
    }

    /** The URL get-repository-endpoint returns for this repository, or a placeholder while no server runs. */
    String endpoint(PackageFormat format) {
        return serverUrl.map(base -> RepositoryEndpoints.url(base, repository, format))
                .orElse("http://<" + format.wireName().toUpperCase(Locale.ROOT) + "_ENDPOINT_OF_" + repository.name() + ">/");
    }
}
