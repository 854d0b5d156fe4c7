package dev.packyard.server.packages;

import dev.packyard.model.SharedJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.packyard.model.RedactedFailure;
import dev.packyard.model.RedactedUrl;
import dev.packyard.server.guard.BodyTooLargeException;
import dev.packyard.service.error.CodeArtifactException;
import dev.packyard.service.error.ThrottlingException;
import dev.packyard.service.error.CorruptUpstreamFileException;
import dev.packyard.service.error.PackageNotFoundException;
import dev.packyard.service.error.PackageUnavailableException;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Package-manager error answers: 404 only for "nothing reachable has it", 503 with Retry-After when a public
 * registry is unavailable, 502 when it sent a corrupt file, 413 for an upload over the limit, 401/403/409 for
 * authentication and policy, and never a stack trace or a URL's password. npm reads the message from a JSON
 * {@code error} field; pip and Maven show plain text. A failure after part of a file was sent aborts the connection.
 */
public final class ClientErrors {
    private static final Logger LOG = LoggerFactory.getLogger(ClientErrors.class);
    private static final ObjectMapper JSON = SharedJson.MAPPER;
    private static final long DEFAULT_RETRY_SECONDS = 60;

    private final Clock clock;

    public ClientErrors(Clock clock) {
        this.clock = clock;
    }

    public void respond(Context ctx, Exception e, boolean jsonBody) {
        respond(ctx, e, jsonBody, message -> Optional.empty());
    }

    /** The same, with the body a format's client expects when {@code document} gives one for the message. */
    public void respond(Context ctx, Exception e, boolean jsonBody, Function<String, Optional<Object>> document) {
        if (ctx.res().isCommitted()) {
            abort(ctx, e);
            return;
        }
        // Bytes of a file may sit in the response buffer (a download that failed before the first flush): the
        // client gets the error alone, never part of the file with a message after it.
        ctx.res().reset();
        int status;
        String message = e.getMessage();
        Optional<BodyTooLargeException> tooLarge = BodyTooLargeException.of(ctx.req(), e);
        if (e instanceof AuthenticationRequiredException) {
            status = 401;
            ctx.header("WWW-Authenticate", "Basic realm=\"Packyard\"");
        } else if (tooLarge.isPresent()) {
            status = 413;
            message = tooLarge.get().getMessage();
        } else if (e instanceof PackageNotFoundException) {
            status = 404;
        } else if (e instanceof CorruptUpstreamFileException) {
            status = 502;
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
        } else if (cutOffUpload(e)) {
            // The client hung up in the middle of its body: an ordinary event, answered (if anyone still listens) as
            // a bad request; the publish pipeline never saw the upload, and its spool file is gone.
            LOG.info("{} {}: the request body ended early (the client hung up); nothing was stored", ctx.method(), ctx.path());
            status = 400;
            message = "The request body ended before its declared length, so the upload was cut off; nothing was stored. "
                    + "Send it again";
        } else {
            LOG.error("Unexpected failure in {} {}: {}", ctx.method(), ctx.path(), RedactedFailure.of(e));
            status = 500;
            message = "Packyard could not complete the request because of an internal error (" + e.getClass().getSimpleName()
                    + "); the details are in Packyard's log. Try again, and report it if it keeps happening";
        }
        ctx.status(status);
        message = message == null ? "HTTP " + status : RedactedUrl.inText(message);
        Optional<Object> own = document.apply(message);
        if (own.isPresent()) {
            ctx.contentType("application/json");
            try {
                ctx.result(JSON.writeValueAsBytes(own.get()));
            } catch (java.io.IOException io) {
                ctx.result(message);
            }
        } else if (jsonBody) {
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

    private static boolean cutOffUpload(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.eclipse.jetty.io.EofException) {
                return true;
            }
        }
        return false;
    }

    /**
     * The status line and part of a file are already on their way: the only honest signal left is to cut the
     * connection, so the client sees an incomplete download instead of taking the bytes for the whole file.
     */
    private static void abort(Context ctx, Exception e) {
        if (e instanceof CorruptUpstreamFileException || e instanceof PackageUnavailableException) {
            LOG.warn("Aborted the answer to {} {} after part of it was sent: {}", ctx.method(), ctx.path(),
                    RedactedUrl.inText(e.getMessage()));
        } else if (!(e instanceof java.io.IOException)) {
            LOG.error("Failure after part of the answer to {} {} was sent: {}", ctx.method(), ctx.path(), RedactedFailure.of(e));
        }
        // Closing the connection's end point (rather than failing the exchange) lets the server finish the request
        // as it does for a client that went away, without a second error.
        ServletContextRequest.getServletContextRequest(ctx.req()).getConnectionMetaData().getConnection().getEndPoint().close();
    }
}
