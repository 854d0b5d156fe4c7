package dev.packyard.server.packages;

import dev.packyard.server.ServerContext;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Map;
import java.util.Optional;

/**
 * A format plug-in's package-manager endpoint: what it answers below {@code /d/DOMAIN/OWNER/FORMAT/REPOSITORY/}.
 * {@link PackageEndpoints} authenticates each request and finds the repository before a handler sees it.
 */
public interface FormatEndpoint {
    /** One handler per HTTP method the format's clients use, made once when the server starts. */
    Map<HandlerType, ClientHandler> handlers(ServerContext context);

    /**
     * The credentials of a request, as an {@code Authorization} header value; most clients send that header, a format
     * whose clients carry the token elsewhere (NuGet's {@code X-NuGet-ApiKey}) says so here. Null when there are none.
     */
    default String authorization(Context ctx) {
        return ctx.header("Authorization");
    }

    /** Whether the format's clients read error answers as JSON (npm does) rather than plain text. */
    default boolean jsonErrors() {
        return false;
    }

    /**
     * The JSON document an error answer carries when this request's client reads a shape of its own (Cargo's web API
     * reads {@code {"errors":[{"detail":...}]}}); empty keeps {@link #jsonErrors}' choice.
     */
    default Optional<Object> errorDocument(Context ctx, String message) {
        return Optional.empty();
    }

    /** A chance to turn a failure into one the format's clients explain better; most formats keep it as it is. */
    default Exception explain(Context ctx, Exception failure) {
        return failure;
    }
}
