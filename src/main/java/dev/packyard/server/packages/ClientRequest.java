package dev.packyard.server.packages;

import dev.packyard.model.Repository;
import io.javalin.http.Context;

/**
 * One authenticated package-manager request: the repository named by the URL, the path below the repository's
 * endpoint as the client sent it (still percent-encoded), and the endpoint's own URL for links in answers.
 */
public record ClientRequest(Context ctx, Repository repository, String path, String endpointUrl) {
}
