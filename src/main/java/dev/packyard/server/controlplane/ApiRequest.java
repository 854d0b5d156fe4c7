package dev.packyard.server.controlplane;

import dev.packyard.service.error.ValidationException;
import io.javalin.http.Context;
import java.io.InputStream;

/** One control-plane request: identifiers from the query string, members from the JSON body. */
final class ApiRequest {
    private final Context ctx;
    private JsonBody body;

    ApiRequest(Context ctx) {
        this.ctx = ctx;
    }

    Context context() {
        return ctx;
    }

    /** A query parameter, or null when absent. */
    String query(String name) {
        return ctx.queryParam(name);
    }

    String domain() {
        return query("domain");
    }

    String domainOwner() {
        return query("domain-owner");
    }

    String repository() {
        return query("repository");
    }

    Integer queryInt(String name) {
        String v = query(name);
        if (v == null || v.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            throw new ValidationException("Invalid " + name + " '" + v + "': expected a whole number");
        }
    }

    Long queryLong(String name) {
        String v = query(name);
        if (v == null || v.isEmpty()) {
            return null;
        }
        try {
            return Long.valueOf(v);
        } catch (NumberFormatException e) {
            throw new ValidationException("Invalid " + name + " '" + v + "': expected a whole number");
        }
    }

    boolean queryBool(String name) {
        String v = query(name);
        if (v == null || v.isEmpty()) {
            return false;
        }
        if (v.equalsIgnoreCase("true")) {
            return true;
        }
        if (v.equalsIgnoreCase("false")) {
            return false;
        }
        throw new ValidationException("Invalid " + name + " '" + v + "': use true or false");
    }

    JsonBody body() {
        if (body == null) {
            body = JsonBody.parse(ctx.bodyAsBytes());
        }
        return body;
    }

    String header(String name) {
        return ctx.header(name);
    }

    InputStream rawBody() {
        return ctx.bodyInputStream();
    }

    /** The scheme, host and port the client used to reach this server. */
    String baseUrl() {
        String host = ctx.host();
        if (host == null || host.isBlank()) {
            host = ctx.req().getLocalAddr() + ":" + ctx.req().getLocalPort();
        }
        return ctx.scheme() + "://" + host;
    }
}
