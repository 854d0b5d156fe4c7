package dev.packyard.demo;

import dev.packyard.model.SharedJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.packyard.demo.common.UnknownPackageException;
import dev.packyard.demo.conditions.CorruptFiles;
import dev.packyard.demo.conditions.OutageMode;
import dev.packyard.demo.conditions.RegistryStats;
import dev.packyard.demo.conditions.SlowDrip;
import dev.packyard.model.PackageFormat;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;

/**
 * The demo's HTTP controls under {@code /_demo/}, for the console and for tests in other processes:
 * <pre>
 * GET    /_demo/status                               every registry's conditions and counters
 * POST   /_demo/{registry}/outage?mode=503|drop      DELETE recovers
 * POST   /_demo/{registry}/latency?millis=N          DELETE removes it
 * POST   /_demo/{registry}/slow-drip?chunkBytes=N&amp;pauseMillis=M   DELETE removes it
 * POST   /_demo/{registry}/corrupt?mode=truncated|wrong-hash|wrong-length   DELETE repairs the files
 * POST   /_demo/{registry}/publish?package=NAME      publishes the next patch version
 * GET    /_demo/{registry}/packages                  names and versions
 * GET    /_demo/{registry}/stats                     counters, also per path; DELETE resets them
 * </pre>
 * {registry} is a demo format's wire name (npm, pypi, maven, nuget...). Every control request must carry this run's
 * secret in the {@value #SECRET_HEADER} header (the console knows it; {@code serve --demo} writes it to the data
 * directory), so a web page the user happens to open cannot drive the demo.
 */
final class ControlRoutes {
    public static final String SECRET_HEADER = "X-Packyard-Demo-Secret";
    private static final String ROOT = "/_demo/";

    private final Map<PackageFormat, RegistryControls> controls;
    private final byte[] secret;
    private final ObjectMapper json = SharedJson.MAPPER;

    ControlRoutes(Map<PackageFormat, RegistryControls> controls, String secret) {
        this.controls = controls;
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    void register(RoutesConfig routes) {
        routes.before(ROOT + "*", ctx -> {
            String given = ctx.header(SECRET_HEADER);
            if (given == null || !MessageDigest.isEqual(secret, given.getBytes(StandardCharsets.UTF_8))) {
                send(ctx, 403, error("The demo controls need this run's secret in the " + SECRET_HEADER + " header: "
                        + "the console passes it; 'serve --demo' writes it to demo-control-secret in its data directory"));
                ctx.skipRemainingHandlers();
            }
        });
        routes.post(ROOT + "{registry}/corrupt", ctx -> act(ctx, c -> {
            c.corruptFiles(CorruptFiles.fromWireName(param(ctx, "mode", "wrong-hash")));
            return status(c);
        }));
        routes.delete(ROOT + "{registry}/corrupt", ctx -> act(ctx, c -> {
            c.repairFiles();
            return status(c);
        }));
        routes.get(ROOT + "status", ctx -> {
            ObjectNode all = json.createObjectNode();
            controls.forEach((format, c) -> all.set(format.wireName(), status(c)));
            send(ctx, 200, all);
        });
        routes.post(ROOT + "{registry}/outage", ctx -> act(ctx, c -> {
            c.goDown(OutageMode.fromWireName(param(ctx, "mode", "503")));
            return status(c);
        }));
        routes.delete(ROOT + "{registry}/outage", ctx -> act(ctx, c -> {
            c.recover();
            return status(c);
        }));
        routes.post(ROOT + "{registry}/latency", ctx -> act(ctx, c -> {
            c.setLatency(Duration.ofMillis(number(param(ctx, "millis", null), "millis")));
            return status(c);
        }));
        routes.delete(ROOT + "{registry}/latency", ctx -> act(ctx, c -> {
            c.setLatency(Duration.ZERO);
            return status(c);
        }));
        routes.post(ROOT + "{registry}/slow-drip", ctx -> act(ctx, c -> {
            c.setSlowDrip(new SlowDrip((int) number(param(ctx, "chunkBytes", "512"), "chunkBytes"),
                    Duration.ofMillis(number(param(ctx, "pauseMillis", "100"), "pauseMillis"))));
            return status(c);
        }));
        routes.delete(ROOT + "{registry}/slow-drip", ctx -> act(ctx, c -> {
            c.stopSlowDrip();
            return status(c);
        }));
        routes.post(ROOT + "{registry}/publish", ctx -> act(ctx, c -> {
            String name = param(ctx, "package", null);
            ObjectNode published = json.createObjectNode().put("registry", c.format().wireName()).put("package", name);
            return published.put("version", c.publishNextVersion(name));
        }));
        routes.get(ROOT + "{registry}/packages", ctx -> act(ctx, c -> {
            ObjectNode packages = json.createObjectNode();
            c.packageNames().forEach(name -> c.versions(name).forEach(packages.putArray(name)::add));
            return packages;
        }));
        routes.get(ROOT + "{registry}/stats", ctx -> act(ctx, c -> {
            ObjectNode stats = stats(c.stats());
            ObjectNode byPath = stats.putObject("requestsByPath");
            c.stats().requestsByPath().forEach(byPath::put);
            return stats;
        }));
        routes.delete(ROOT + "{registry}/stats", ctx -> act(ctx, c -> {
            c.resetStats();
            return stats(c.stats());
        }));
    }

    private void act(Context ctx, Function<RegistryControls, ObjectNode> action) {
        String name = ctx.pathParam("registry");
        RegistryControls target = PackageFormat.fromWireName(name).map(controls::get).orElse(null);
        if (target == null) {
            send(ctx, 404, error("There is no demo registry '" + name + "': use one of " + controls.keySet().stream()
                    .map(PackageFormat::wireName).sorted().collect(java.util.stream.Collectors.joining(", "))));
            return;
        }
        try {
            send(ctx, 200, action.apply(target));
        } catch (UnknownPackageException e) {
            send(ctx, 404, error(e.getMessage()));
        } catch (IllegalArgumentException e) {
            send(ctx, 400, error(e.getMessage()));
        }
    }

    private ObjectNode status(RegistryControls c) {
        ObjectNode node = json.createObjectNode();
        node.put("outage", c.outage().map(OutageMode::wireName).orElse(null));
        node.put("latencyMillis", c.latency().toMillis());
        c.slowDrip().ifPresentOrElse(
                drip -> node.putObject("slowDrip").put("chunkBytes", drip.chunkBytes())
                        .put("pauseMillis", drip.pause().toMillis()),
                () -> node.putNull("slowDrip"));
        node.put("corruptFiles", c.corruption().map(CorruptFiles::wireName).orElse(null));
        node.set("stats", stats(c.stats()));
        return node;
    }

    private ObjectNode stats(RegistryStats stats) {
        return json.createObjectNode().put("requests", stats.requests()).put("refused", stats.refused())
                .put("dropped", stats.dropped()).put("delayed", stats.delayed())
                .put("injectedDelayMillis", stats.injectedDelay().toMillis());
    }

    private ObjectNode error(String message) {
        return json.createObjectNode().put("error", message);
    }

    private static String param(Context ctx, String name, String fallback) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            if (fallback == null) {
                throw new IllegalArgumentException("Query parameter '" + name + "' is required");
            }
            return fallback;
        }
        return value;
    }

    private static long number(String text, String name) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + name + "' must be a whole number, not '" + text + "'");
        }
    }

    private void send(Context ctx, int status, ObjectNode body) {
        try {
            ctx.status(status).contentType("application/json").result(json.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A control response could not be written as JSON", e);
        }
    }
}
