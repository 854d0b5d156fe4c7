package dev.packyard.server;

import dev.packyard.service.health.ReadinessCheck;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /_packyard/health} for load balancers and orchestrators: {@code /live} answers 200 while the process serves
 * HTTP at all; {@code /ready} (and the bare path) answer 200 when every {@link ReadinessCheck} passes and 503 with
 * the reasons otherwise. No token or signature is needed (the guard lets these paths through), but the Host check
 * applies as to every request.
 */
final class HealthRoutes {
    static final String PREFIX = "/_packyard/health";

    private final List<ReadinessCheck> checks;

    HealthRoutes(List<ReadinessCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    void register(RoutesConfig routes) {
        routes.get(PREFIX, this::ready);
        routes.get(PREFIX + "/ready", this::ready);
        routes.get(PREFIX + "/live", ctx -> answer(ctx, 200, Map.of("status", "live")));
    }

    private void ready(Context ctx) {
        Map<String, String> results = new LinkedHashMap<>();
        boolean ready = true;
        for (ReadinessCheck check : checks) {
            Optional<String> problem = check.problem();
            ready &= problem.isEmpty();
            results.put(check.name(), problem.orElse("ok"));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", ready ? "ready" : "unavailable");
        body.put("live", true);
        body.put("ready", ready);
        body.put("checks", results);
        answer(ctx, ready ? 200 : 503, body);
    }

    private static void answer(Context ctx, int status, Object body) {
        ctx.status(status);
        ctx.header("Cache-Control", "no-store");
        ctx.json(body);
    }
}
