package dev.packyard.server.controlplane;

import dev.packyard.model.RedactedFailure;
import dev.packyard.model.RedactedUrl;
import dev.packyard.server.guard.BodyTooLargeException;
import dev.packyard.service.error.CodeArtifactException;
import dev.packyard.service.error.InternalServerException;
import dev.packyard.service.error.ThrottlingException;
import dev.packyard.service.error.ValidationException;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.router.EndpointNotFound;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into a CodeArtifact error response: the HTTP status of the error type, the
 * {@code x-amzn-ErrorType} header and a JSON body with the message. Unexpected failures are logged with their
 * details and reported as InternalServerException with a message that leaks nothing.
 */
final class ErrorResponses {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

    private ErrorResponses() {
    }

    static void handle(Exception e, Context ctx) {
        Optional<BodyTooLargeException> tooLarge = BodyTooLargeException.of(ctx.req(), e);
        if (tooLarge.isPresent()) {
            write(ctx, new ValidationException(tooLarge.get().getMessage(), ValidationException.Reason.OTHER), 413);
            return;
        }
        CodeArtifactException error = translate(e, ctx);
        write(ctx, error, error.httpStatus());
    }

    private static CodeArtifactException translate(Exception e, Context ctx) {
        if (e instanceof CodeArtifactException known) {
            if (known instanceof InternalServerException) {
                LOG.error("Internal error in {} {} (request {}): {}", ctx.method(), ctx.path(), requestId(ctx),
                        RedactedUrl.inText(known.getMessage()));
            }
            return known;
        }
        if (e instanceof EndpointNotFound) {
            return new ValidationException("Packyard has no operation " + ctx.method() + " " + ctx.path() + ": check the "
                    + "method and path; Packyard serves CodeArtifact's control-plane operations under /v1/ "
                    + "(use the AWS CLI or an AWS SDK with --endpoint-url)", ValidationException.Reason.UNKNOWN_OPERATION);
        }
        if (e instanceof HttpResponseException http && http.getStatus() < 500) {
            return new ValidationException("The request was refused: " + http.getMessage(), ValidationException.Reason.OTHER);
        }
        LOG.error("Unexpected failure in {} {} (request {}): {}", ctx.method(), ctx.path(), requestId(ctx), RedactedFailure.of(e));
        return new InternalServerException("Packyard could not complete the request because of an internal error; "
                + "the details are in Packyard's log under request id " + requestId(ctx) + ". Try again, and report it "
                + "if it keeps happening");
    }

    private static void write(Context ctx, CodeArtifactException error, int status) {
        if (error instanceof ThrottlingException t) {
            ctx.header("Retry-After", Integer.toString(t.retryAfterSeconds()));
        }
        ctx.header("x-amzn-ErrorType", error.errorType());
        ctx.status(status);
        ctx.contentType("application/json");
        ctx.result(ErrorBody.json(error));
    }

    static String requestId(Context ctx) {
        String id = ctx.attribute(ControlPlane.REQUEST_ID);
        return id == null ? "-" : id;
    }
}
