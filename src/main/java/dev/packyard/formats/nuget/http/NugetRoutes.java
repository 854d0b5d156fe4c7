package dev.packyard.formats.nuget.http;

import dev.packyard.server.ServerContext;
import dev.packyard.server.packages.ClientHandler;
import dev.packyard.server.packages.FormatEndpoint;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Map;

/** The HTTP methods NuGet clients send to a feed: GET for the v3 resources, PUT to push, DELETE to unlist, POST to relist. */
public final class NugetRoutes implements FormatEndpoint {
    @Override
    public Map<HandlerType, ClientHandler> handlers(ServerContext context) {
        NugetEndpoint nuget = new NugetEndpoint(context);
        return Map.of(HandlerType.GET, nuget::get, HandlerType.PUT, nuget::put, HandlerType.DELETE, nuget::delete,
                HandlerType.POST, nuget::post);
    }

    /**
     * The source's credentials when the client sends them; otherwise the API key, so {@code dotnet nuget push -k TOKEN}
     * works without a configured source. A key that is no token is refused with the usual 401 and Basic challenge,
     * after which the client retries with the source's credentials.
     */
    @Override
    public String authorization(Context ctx) {
        String authorization = ctx.header("Authorization");
        String apiKey = ctx.header("X-NuGet-ApiKey");
        if ((authorization == null || authorization.isBlank()) && apiKey != null && !apiKey.isBlank()) {
            return "Bearer " + apiKey.trim();
        }
        return authorization;
    }
}
