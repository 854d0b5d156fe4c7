package dev.packyard.service.endpoints;

import dev.packyard.model.PackageFormat;
import dev.packyard.model.Repository;
import dev.packyard.model.RepositoryId;
import dev.packyard.service.error.ValidationException;
import dev.packyard.service.repositories.RepositoryService;
import dev.packyard.service.validation.Fields;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * GetRepositoryEndpoint: the URL of a repository's package endpoint for one format, under the base URL the client
 * used to reach Packyard: {@code BASE/d/DOMAIN/OWNER/FORMAT/REPOSITORY/}.
 */
public final class RepositoryEndpoints {
    private final RepositoryService repositories;

    public RepositoryEndpoints(RepositoryService repositories) {
        this.repositories = repositories;
    }

    /**
     * GetRepositoryEndpoint as a client asks it.
     *
     * @param format       the format's wire name, as sent
     * @param endpointType ipv4 or dualstack (both answer the same here); empty when not sent
     * @param baseUrl      how the client reached Packyard
     */
    public record Request(String owner, String domain, String repository, String format, Optional<String> endpointType,
                          String baseUrl) {
    }

    public String endpoint(Request request) {
        PackageFormat f = Fields.format(request.format());
        request.endpointType().filter(t -> !t.isEmpty() && !t.equals("ipv4") && !t.equals("dualstack")).ifPresent(t -> {
            throw new ValidationException("Invalid endpointType '" + t + "': use ipv4 or dualstack");
        });
        Repository r = repositories.require(request.owner(), request.domain(), request.repository());
        return url(request.baseUrl(), r.id(), f);
    }

    /** The endpoint of an existing repository under {@code baseUrl}: {@code BASE/d/DOMAIN/OWNER/FORMAT/REPOSITORY/}. */
    public static String url(String baseUrl, RepositoryId repository, PackageFormat format) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + "/d/" + segment(repository.domain().name()) + "/" + repository.domain().owner() + "/" + format.wireName()
                + "/" + segment(repository.name()) + "/";
    }

    private static String segment(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
