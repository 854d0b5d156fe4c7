package dev.packyard.formats.nuget.http;

import dev.packyard.server.ServerContext;
import dev.packyard.server.packages.ClientHandler;
import dev.packyard.server.packages.FormatEndpoint;
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
}
