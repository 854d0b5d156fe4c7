package dev.packyard.demo;

import dev.packyard.model.Hashes;
import dev.packyard.model.PercentDecoding;
import dev.packyard.demo.common.DemoRequest;
import dev.packyard.demo.common.DemoResponse;
import dev.packyard.demo.common.FormatRegistry;
import dev.packyard.demo.conditions.CorruptFiles;
import dev.packyard.demo.conditions.OutageMode;
import dev.packyard.demo.conditions.RegistryConditions;
import dev.packyard.demo.conditions.SlowDrip;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

/** Serves one format's registry over HTTP, applying that registry's simulated outage, latency and slow drip. */
final class RegistryRoute implements Handler {
    private final String prefix;
    private final String displayName;
    private final FormatRegistry registry;
    private final RegistryConditions conditions;

    /** {@code prefix} is the path segment the registry lives under, e.g. "npm". */
    RegistryRoute(String prefix, String displayName, FormatRegistry registry, RegistryConditions conditions) {
        this.prefix = "/" + prefix + "/";
        this.displayName = displayName;
        this.registry = registry;
        this.conditions = conditions;
    }

    @Override
    public void handle(Context ctx) throws IOException {
        // The raw URI keeps npm's @scope%2fname intact; each format registry decodes it itself.
        String rawUri = ctx.req().getRequestURI();
        String path = rawUri.length() > prefix.length() ? rawUri.substring(prefix.length()) : "";
        conditions.countRequest(PercentDecoding.pathOrRaw(path));
        Optional<OutageMode> outage = conditions.outage();
        if (outage.isPresent()) {
            failDuringOutage(ctx, outage.get());
            return;
        }
        Duration latency = conditions.latency();
        if (!latency.isZero()) {
            long start = System.nanoTime();
            pause(latency);
            conditions.countDelay(Duration.ofNanos(System.nanoTime() - start));
        }
        String baseUrl = "http://" + DemoRegistry.HOST + ":" + ctx.req().getLocalPort() + prefix;
        DemoResponse response = registry.handle(new DemoRequest(path, ctx.header("Accept"), baseUrl));
        Optional<CorruptFiles> corruption = conditions.corruption();
        if (corruption.isPresent() && response.status() == 200 && ctx.method() == HandlerType.GET
                && CorruptFiles.isPackageFile(path) && response.body().length > 1) {
            writeCorrupt(ctx, response, corruption.get());
            return;
        }
        write(ctx, response);
    }

    private void writeCorrupt(Context ctx, DemoResponse response, CorruptFiles how) throws IOException {
        byte[] body = response.body();
        ctx.status(200);
        response.headers().forEach(ctx::header);
        ctx.contentType(response.contentType());
        OutputStream out = ctx.res().getOutputStream();
        switch (how) {
            case TRUNCATED -> {
                ctx.res().setContentLength(body.length);
                out.write(body, 0, body.length / 2);
                out.flush();
                ServletContextRequest.getServletContextRequest(ctx.req()).getConnectionMetaData().getConnection()
                        .getEndPoint().close();
            }
            case WRONG_HASH -> {
                byte[] spoiled = body.clone();
                spoiled[spoiled.length / 2] ^= 0x5a;
                ctx.res().setContentLength(spoiled.length);
                out.write(spoiled);
            }
            case WRONG_LENGTH -> {
                int shortened = body.length - Math.max(1, body.length / 10);
                ctx.res().setContentLength(shortened);
                out.write(body, 0, shortened);
            }
        }
    }

    private void failDuringOutage(Context ctx, OutageMode mode) {
        if (mode == OutageMode.DROP_CONNECTION) {
            conditions.countDropped();
            ServletContextRequest.getServletContextRequest(ctx.req()).getConnectionMetaData().getConnection()
                    .getEndPoint().close();
            return;
        }
        conditions.countRefused();
        if (mode == OutageMode.TOO_MANY_REQUESTS) {
            ctx.status(429).header("Retry-After", "30").contentType(DemoResponse.TEXT)
                    .result("The demo " + displayName + " registry is rationing its callers; retry after 30 s\n");
            return;
        }
        ctx.status(503).header("Retry-After", "30").contentType(DemoResponse.TEXT)
                .result("The demo " + displayName + " registry is in a simulated outage; try again after it recovers\n");
    }

    private void write(Context ctx, DemoResponse response) throws IOException {
        ctx.status(response.status());
        response.headers().forEach(ctx::header);
        ctx.contentType(response.contentType());
        byte[] body = response.body();
        if (response.status() == 200 && !response.headers().containsKey("ETag")) {
            // As the public registries do: a client (Packyard) that kept this body revalidates for a few headers.
            String etag = "\"" + Hashes.sha256Hex(body).substring(0, 32) + "\"";
            ctx.header("ETag", etag);
            if (etag.equals(ctx.header("If-None-Match"))) {
                ctx.status(304);
                return;
            }
        }
        Optional<SlowDrip> drip = conditions.slowDrip();
        if (ctx.method() == HandlerType.HEAD) {
            ctx.header("Content-Length", String.valueOf(body.length));
        } else if (drip.isEmpty() || body.length == 0) {
            ctx.result(body);
        } else {
            long start = System.nanoTime();
            drip(ctx, body, drip.get());
            conditions.countDelay(Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private static void drip(Context ctx, byte[] body, SlowDrip drip) throws IOException {
        ctx.res().setContentLength(body.length);
        OutputStream out = ctx.res().getOutputStream();
        for (int offset = 0; offset < body.length; offset += drip.chunkBytes()) {
            if (offset > 0) {
                pause(drip.pause());
            }
            out.write(body, offset, Math.min(drip.chunkBytes(), body.length - offset));
            out.flush();
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            // The server is stopping: answer at once instead of finishing the simulated delay.
            Thread.currentThread().interrupt();
        }
    }
}
