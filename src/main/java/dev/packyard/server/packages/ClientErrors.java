package dev.packyard.server.packages;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.packyard.service.error.CodeArtifactException;
import dev.packyard.service.error.ThrottlingException;
import dev.packyard.upstream.fetch.PackageNotFoundException;
import dev.packyard.upstream.fetch.PackageUnavailableException;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Package-manager error answers: 404 only for "nothing reachable has it", 503 with Retry-After when a public
 * registry is unavailable, 401/403/409 for authentication and policy, and never a stack trace. npm reads the
 * message from a JSON {@code error} field; pip and Maven show plain text.
 */
public final class ClientErrors {
    private static final Logger LOG = LoggerFactory.getLogger(ClientErrors.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long DEFAULT_RETRY_SECONDS = 60;

    private final Clock clock;

    public ClientErrors(Clock clock) {
        this.clock = clock;
    }

    public void respond(Context ctx, Exception e, boolean jsonBody) {
        int status;
        String message = e.getMessage();
        if (e instanceof AuthenticationRequiredException) {
            status = 401;
            ctx.header("WWW-Authenticate", "Basic realm=\"Packyard\"");
        } else if (e instanceof PackageNotFoundException) {
            status = 404;
        } else if (e instanceof PackageUnavailableException u) {
            status = 503;
            long seconds = u.retryAfter().map(at -> Math.max(1, Duration.between(clock.instant(), at).toSeconds()))
                    .orElse(DEFAULT_RETRY_SECONDS);
            ctx.header("Retry-After", Long.toString(seconds));
        } else if (e instanceof CodeArtifactException known) {
            status = known.httpStatus();
            if (known instanceof ThrottlingException t) {
                ctx.header("Retry-After", Integer.toString(t.retryAfterSeconds()));
            }
        } else if (e instanceof BadRequestException) {
            status = 400;
        } else if (e instanceof UnsupportedCommandException) {
            status = 405;
        } else {
            LOG.error("Unexpected failure in {} {}", ctx.method(), ctx.path(), e);
            status = 500;
            message = "Packyard could not complete the request because of an internal error (" + e.getClass().getSimpleName()
                    + "); the details are in Packyard's log. Try again, and report it if it keeps happening";
        }
        ctx.status(status);
        if (message == null) {
            message = "HTTP " + status;
        }
        if (jsonBody) {
            ctx.contentType("application/json");
            try {
                ctx.result(JSON.writeValueAsBytes(Map.of("error", message)));
            } catch (java.io.IOException io) {
                ctx.result(message);
            }
        } else {
            ctx.contentType("text/plain; charset=utf-8");
            ctx.result(message + "\n");
        }
    }
}
