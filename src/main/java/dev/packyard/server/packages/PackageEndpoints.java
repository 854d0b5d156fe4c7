package dev.packyard.server.packages;

import dev.packyard.model.DomainId;
import dev.packyard.model.PackageFormat;
import dev.packyard.model.Repository;
import dev.packyard.server.ServerContext;
import dev.packyard.formats.maven.http.MavenEndpoint;
import dev.packyard.formats.npm.http.NpmEndpoint;
import dev.packyard.formats.npm.http.YarnAuthHint;
import dev.packyard.formats.pypi.http.PypiEndpoint;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;

/**
 * The package-manager endpoints at the URLs GetRepositoryEndpoint returns:
 * {@code /d/DOMAIN/OWNER/FORMAT/REPOSITORY/...} for npm, pypi and maven, every request authenticated by token.
 */
public final class PackageEndpoints {
    private final ServerContext context;
    private final ClientAuth auth;
    private final ClientErrors errors;

    public PackageEndpoints(ServerContext context) {
        this.context = context;
        this.auth = new ClientAuth(context.tokens());
        this.errors = new ClientErrors(context.clock());
    }

    public void register(RoutesConfig routes) {
        NpmEndpoint npm = new NpmEndpoint(context);
        add(routes, HandlerType.GET, PackageFormat.NPM, npm::get);
        add(routes, HandlerType.PUT, PackageFormat.NPM, npm::put);
        add(routes, HandlerType.DELETE, PackageFormat.NPM, npm::delete);
        add(routes, HandlerType.POST, PackageFormat.NPM, npm::post);
        PypiEndpoint pypi = new PypiEndpoint(context);
        add(routes, HandlerType.GET, PackageFormat.PYPI, pypi::get);
        add(routes, HandlerType.POST, PackageFormat.PYPI, pypi::post);
        MavenEndpoint maven = new MavenEndpoint(context);
        add(routes, HandlerType.GET, PackageFormat.MAVEN, maven::get);
        add(routes, HandlerType.HEAD, PackageFormat.MAVEN, maven::head);
        add(routes, HandlerType.PUT, PackageFormat.MAVEN, maven::put);
    }

    private void add(RoutesConfig routes, HandlerType method, PackageFormat format, ClientHandler handler) {
        String root = "/d/{domain}/{owner}/" + format.wireName() + "/{repository}";
        routes.addHttpHandler(method, root, ctx -> handle(ctx, format, handler));
        routes.addHttpHandler(method, root + "/<path>", ctx -> handle(ctx, format, handler));
    }

    private void handle(Context ctx, PackageFormat format, ClientHandler handler) {
        try {
            DomainId domain = new DomainId(ctx.pathParam("owner"), ctx.pathParam("domain"));
            auth.require(ctx.header("Authorization"), domain);
            Repository repository = context.repositories().require(domain.owner(), domain.name(), ctx.pathParam("repository"));
            String endpoint = context.endpoints().endpoint(domain.owner(), domain.name(), repository.name(),
                    format.wireName(), null, baseUrl(ctx));
            handler.handle(new ClientRequest(ctx, repository, pathBelowRepository(ctx.path()), endpoint));
        } catch (Exception e) {
            errors.respond(ctx, format == PackageFormat.NPM ? YarnAuthHint.explain(ctx, e) : e, format == PackageFormat.NPM);
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
