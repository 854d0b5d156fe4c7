package dev.packyard.formats.npm.http;

import dev.packyard.model.SharedJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.Repository;
import dev.packyard.server.ServerContext;
import dev.packyard.server.packages.ClientRequest;
import dev.packyard.service.error.PackageNotFoundException;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;

/**
 * The registry-level npm API below a repository's endpoint ({@code -/...}): {@code npm ping} (and so {@code npm
 * doctor}), {@code npm whoami}, {@code npm search}, {@code npm dist-tag}, and {@code npm audit}, which CodeArtifact does
 * not support. Every request has passed token authentication before it gets here.
 */
final class NpmRegistryApi {
    private static final ObjectMapper JSON = SharedJson.MAPPER;
    private static final String DIST_TAGS = "/dist-tags";
    private static final String SERVED = "Packyard's npm endpoint answers -/ping, -/whoami, -/v1/search and "
            + "-/package/NAME/dist-tags[/TAG] below the repository; ";

    private final NpmDistTags distTags;
    private final NpmSearch search;

    NpmRegistryApi(ServerContext context, NpmDocuments documents, NpmTaggedViews views) {
        this.distTags = new NpmDistTags(context, documents, views);
        this.search = new NpmSearch(context);
    }

    static boolean handles(String rawPath) {
        return NpmPath.decode(rawPath).startsWith("-/");
    }

    void get(ClientRequest request) throws Exception {
        String path = NpmPath.decode(request.path());
        Context ctx = request.ctx();
        switch (path) {
            case "-/ping" -> answer(ctx, Map.of());
            case "-/whoami" -> answer(ctx, Map.of("username", identity(request.repository())));
            case "-/v1/search" -> answer(ctx, search.search(request.repository().id(), ctx.queryParam("text"),
                    ctx.queryParam("size"), ctx.queryParam("from")));
            default -> {
                DistTagPath tags = DistTagPath.parse(path).filter(p -> p.tag().isEmpty()).orElseThrow(() -> unknown(path));
                answer(ctx, distTags.list(request, tags.coordinate()));
            }
        }
    }

    void put(ClientRequest request) throws Exception {
        String path = NpmPath.decode(request.path());
        DistTagPath tags = DistTagPath.parse(path).filter(p -> p.tag().isPresent()).orElseThrow(() -> unknown(path));
        answer(request.ctx(), distTags.add(request, tags.coordinate(), tags.tag().orElseThrow()));
    }

    void delete(ClientRequest request) throws Exception {
        String path = NpmPath.decode(request.path());
        DistTagPath tags = DistTagPath.parse(path).filter(p -> p.tag().isPresent()).orElseThrow(() -> unknown(path));
        answer(request.ctx(), distTags.remove(request, tags.coordinate(), tags.tag().orElseThrow()));
    }

    void post(ClientRequest request) {
        String path = NpmPath.decode(request.path());
        if (path.startsWith("-/npm/v1/security/")) {
            throw NpmUnsupported.audit();
        }
        throw unknown(path);
    }

    /**
     * Packyard's tokens belong to no IAM user (CodeArtifact answers with the user behind the token): the identity is
     * user {@code aws}, as pip and Maven send it, of the domain the token opens, written {@code aws@DOMAIN-OWNER}
     * like the first label of a CodeArtifact endpoint's host.
     */
    static String identity(Repository repository) {
        return "aws@" + repository.domain().name() + "-" + repository.domain().owner();
    }

    private static void answer(Context ctx, Object body) throws Exception {
        ctx.status(200);
        ctx.contentType("application/json");
        ctx.result(JSON.writeValueAsBytes(body));
    }

    private static PackageNotFoundException unknown(String path) {
        return new PackageNotFoundException(SERVED + "'" + path + "' with this method is not one of them");
    }

    /** {@code -/package/NAME/dist-tags} or {@code -/package/NAME/dist-tags/TAG}, already percent-decoded. */
    record DistTagPath(PackageCoordinate coordinate, Optional<String> tag) {
        private static final String PREFIX = "-/package/";

        static Optional<DistTagPath> parse(String path) {
            if (!path.startsWith(PREFIX)) {
                return Optional.empty();
            }
            int at = path.lastIndexOf(DIST_TAGS);
            if (at <= PREFIX.length()) {
                return Optional.empty();
            }
            String rest = path.substring(at + DIST_TAGS.length());
            if (!rest.isEmpty() && (!rest.startsWith("/") || rest.length() == 1)) {
                return Optional.empty();
            }
            PackageCoordinate coordinate = NpmPath.coordinate(path.substring(PREFIX.length(), at));
            return Optional.of(new DistTagPath(coordinate, rest.isEmpty() ? Optional.empty() : Optional.of(rest.substring(1))));
        }
    }
}
