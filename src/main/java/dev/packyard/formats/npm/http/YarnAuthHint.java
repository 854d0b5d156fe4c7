package dev.packyard.formats.npm.http;

import dev.packyard.server.packages.AuthenticationRequiredException;
import io.javalin.http.Context;

/**
 * yarn 1 sends the npm token only for scoped packages unless {@code always-auth} is set for the registry, so an
 * unscoped package or a tarball arrives without credentials. Packyard still asks for a token on every request, as
 * CodeArtifact does; yarn shows the answer's message, so the 401 names the exact line to add to {@code .npmrc}.
 */
public final class YarnAuthHint {
    private YarnAuthHint() {
    }

    /** The failure as it is, or for yarn 1 without credentials, with the line that makes yarn send them. */
    public static Exception explain(Context ctx, Exception failure) {
        String agent = ctx.header("User-Agent");
        if (!(failure instanceof AuthenticationRequiredException) || ctx.header("Authorization") != null
                || agent == null || !agent.startsWith("yarn/1.")) {
            return failure;
        }
        String registry = "//" + ctx.host() + "/d/" + ctx.pathParam("domain") + "/" + ctx.pathParam("owner") + "/npm/"
                + ctx.pathParam("repository") + "/";
        return new AuthenticationRequiredException("yarn 1 sent no token: it sends the one in .npmrc for unscoped packages "
                + "and tarballs only with always-auth. Add this line to .npmrc, next to the _authToken line: "
                + registry + ":always-auth=true");
    }
}
