package dev.packyard.service.endpoints;

import dev.packyard.model.PackageFormat;
import dev.packyard.model.Repository;
import dev.packyard.model.RepositoryId;
import dev.packyard.service.error.ValidationException;
import dev.packyard.service.repositories.RepositoryService;
import dev.packyard.service.validation.Fields;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * GetRepositoryEndpoint: the URL of a repository's package endpoint for one format, under the base URL the client
 * used to reach Packyard: {@code BASE/d/DOMAIN/OWNER/FORMAT/REPOSITORY/}.
 */
public final class RepositoryEndpoints {
    private final RepositoryService repositories;

    public RepositoryEndpoints(RepositoryService repositories) {
        this.repositories = repositories;
    }

    public String endpoint(String owner, String domain, String repository, String format, String endpointType,
                           String baseUrl) {
        PackageFormat f = Fields.format(format);
        if (endpointType != null && !endpointType.isEmpty() && !endpointType.equals("ipv4")
                && !endpointType.equals("dualstack")) {
            throw new ValidationException("Invalid endpointType '" + endpointType + "': use ipv4 or dualstack");
        }
        Repository r = repositories.require(owner, domain, repository);
        return url(baseUrl, r.id(), f);
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
