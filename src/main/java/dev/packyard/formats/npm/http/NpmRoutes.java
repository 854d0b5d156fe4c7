package dev.packyard.formats.npm.http;

import dev.packyard.server.ServerContext;
import dev.packyard.server.packages.ClientHandler;
import dev.packyard.server.packages.FormatEndpoint;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Map;

/** npm's endpoint: npm reads its errors as JSON, and yarn 1 is told how to send its token. */
public final class NpmRoutes implements FormatEndpoint {
    @Override
    public Map<HandlerType, ClientHandler> handlers(ServerContext context) {
        NpmEndpoint npm = new NpmEndpoint(context);
        return Map.of(HandlerType.GET, npm::get, HandlerType.PUT, npm::put, HandlerType.DELETE, npm::delete,
                HandlerType.POST, npm::post);
    }

    @Override
    public boolean jsonErrors() {
        return true;
    }

    @Override
    public Exception explain(Context ctx, Exception failure) {
        return YarnAuthHint.explain(ctx, failure);
    }
}
