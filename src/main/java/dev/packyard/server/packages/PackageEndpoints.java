package dev.packyard.server.packages;

import dev.packyard.service.endpoints.RepositoryEndpoints;
import dev.packyard.model.DomainId;
import dev.packyard.model.PackageFormat;
import dev.packyard.model.Repository;
import dev.packyard.server.ServerContext;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Map;

/**
 * The package-manager endpoints at the URLs GetRepositoryEndpoint returns:
 * {@code /d/DOMAIN/OWNER/FORMAT/REPOSITORY/...} for every format plug-in's {@link FormatEndpoint}, every request
 * authenticated by token.
 */
public final class PackageEndpoints {
    private final ServerContext context;
    private final ClientAuth auth;
    private final ClientErrors errors;
    private final Map<PackageFormat, FormatEndpoint> formats;

    public PackageEndpoints(ServerContext context, Map<PackageFormat, FormatEndpoint> formats) {
        this.context = context;
        this.formats = Map.copyOf(formats);
        this.auth = new ClientAuth(context.access().tokens());
        this.errors = new ClientErrors(context.clock());
    }

    public void register(RoutesConfig routes) {
        formats.forEach((format, endpoint) -> endpoint.handlers(context)
                .forEach((method, handler) -> add(routes, method, format, endpoint, handler)));
    }

    private void add(RoutesConfig routes, HandlerType method, PackageFormat format, FormatEndpoint endpoint,
                     ClientHandler handler) {
        String root = "/d/{domain}/{owner}/" + format.wireName() + "/{repository}";
        routes.addHttpHandler(method, root, ctx -> handle(ctx, format, endpoint, handler));
        routes.addHttpHandler(method, root + "/<path>", ctx -> handle(ctx, format, endpoint, handler));
    }

    private void handle(Context ctx, PackageFormat format, FormatEndpoint endpoint, ClientHandler handler) {
        try {
            DomainId domain = new DomainId(ctx.pathParam("owner"), ctx.pathParam("domain"));
            auth.require(endpoint.authorization(ctx), domain);
            Repository repository = context.catalog().repositories().require(domain.owner(), domain.name(), ctx.pathParam("repository"));
            String endpointUrl = RepositoryEndpoints.url(baseUrl(ctx), repository.id(), format);
            handler.handle(new ClientRequest(ctx, repository, pathBelowRepository(ctx.path()), endpointUrl));
        } catch (Exception e) {
            errors.respond(ctx, endpoint.explain(ctx, e), endpoint.jsonErrors(), message -> endpoint.errorDocument(ctx, message));
        }
    }

    /** The raw path after {@code /d/DOMAIN/OWNER/FORMAT/REPOSITORY/}: everything after the sixth slash. */
    static String pathBelowRepository(String requestPath) {
        int index = -1;
        for (int i = 0; i < 6; i++) {
            index = requestPath.indexOf('/', index + 1);
            if (index < 0) {
                return "";
            }
        }
        return requestPath.substring(index + 1);
    }

    private static String baseUrl(Context ctx) {
        String host = ctx.host();
        if (host == null || host.isBlank()) {
            host = ctx.req().getLocalAddr() + ":" + ctx.req().getLocalPort();
        }
        return ctx.scheme() + "://" + host;
    }
}
